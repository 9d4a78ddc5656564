#pragma once

#include "common/RecordDialog.h"
#include "training/FeedbackEntryModel.h"

#include <functional>

class QTableView;

namespace rongpei {

/// Enters a class's paper feedback forms from the keyboard: one row per form; typing 1–5 in a
/// rating sets it and moves on, Tab moves between cells, Delete clears. All forms are saved
/// together or none.
class FeedbackDialog final : public RecordDialog
{
    Q_OBJECT

public:
    /// Saves the forms; throws ValidationError or DatabaseError to refuse them.
    using Saver = std::function<void(const QList<FeedbackForm> &forms)>;

    FeedbackDialog(const QString &className, FeedbackEntryModel *model, Saver saver,
                   QWidget *parent = nullptr);

    QTableView *table() const { return m_table; }
    FeedbackEntryModel *model() const { return m_model; }

protected:
    void save() override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void removeSelectedForms();

    FeedbackEntryModel *m_model;
    QTableView *m_table;
    Saver m_saver;
};

} // namespace rongpei
