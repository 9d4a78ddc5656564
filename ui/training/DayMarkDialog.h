#pragma once

#include "training/TrainingClass.h"

#include <QDialog>

class QComboBox;
class QDoubleSpinBox;
class QLineEdit;

namespace rongpei {

/// A mark for one or more participants on class days: the status, and for leave or absence the
/// hours missed (half a day's leave is half the day's hours) and the reason.
class DayMarkDialog final : public QDialog
{
    Q_OBJECT

public:
    /// `dayHours`: the longest of the days marked, which bounds the hours missed.
    DayMarkDialog(const DayMark &mark, double dayHours, QWidget *parent = nullptr);

    DayMark mark() const;

private:
    void updateFields();

    QComboBox *m_status;
    QDoubleSpinBox *m_missedHours;
    QLineEdit *m_excuse;
};

} // namespace rongpei
