#pragma once

#include <QDialog>

class QListWidget;
class QListWidgetItem;

namespace rongpei {

class FeedbackRepository;

/// The questions of the feedback form, for an administrator: the five built in and those added;
/// a question is worded anew, retired (unchecked: no longer asked, its ratings kept) or removed
/// while no form rated it.
class FeedbackQuestionsDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit FeedbackQuestionsDialog(FeedbackRepository &feedback, QWidget *parent = nullptr);

    QListWidget *list() const { return m_list; }

public slots:
    void addQuestion();
    void rewordSelected();
    void removeSelected();

private:
    void fill(qint64 selectId = 0);
    void toggleActive(QListWidgetItem *item);
    qint64 selectedId() const;

    FeedbackRepository &m_feedback;
    QListWidget *m_list;
};

} // namespace rongpei
