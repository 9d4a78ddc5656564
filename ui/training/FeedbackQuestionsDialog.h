#pragma once

#include "common/ListEditorDialog.h"

class QListWidgetItem;

namespace rongpei {

class FeedbackRepository;

/// The questions of the feedback form, for an administrator: the five built in and those added;
/// a question is worded anew, retired (unchecked: no longer asked, its ratings kept) or removed
/// while no form rated it.
class FeedbackQuestionsDialog final : public ListEditorDialog
{
    Q_OBJECT

public:
    explicit FeedbackQuestionsDialog(FeedbackRepository &feedback, QWidget *parent = nullptr);

public slots:
    void addItem() override;
    void renameSelected() override;
    void removeSelected() override;

private:
    void fill(qint64 selectId = 0);
    void toggleActive(QListWidgetItem *item);

    FeedbackRepository &m_feedback;
};

} // namespace rongpei
