#pragma once

#include "training/FeedbackSummary.h"

#include <QDialog>

class QTableWidget;

namespace rongpei {

/// A course's feedback over the years: per year of its classes, the forms, the response rate, the
/// mean of each question and of all, and how many gave each mark.
class CourseFeedbackDialog final : public QDialog
{
    Q_OBJECT

public:
    CourseFeedbackDialog(const QString &courseTitle, const QList<YearFeedback> &years,
                         QWidget *parent = nullptr);

    QTableWidget *table() const { return m_table; }

private:
    QTableWidget *m_table;
};

} // namespace rongpei
