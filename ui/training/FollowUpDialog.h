#pragma once

#include "common/RecordDialog.h"
#include "training/Feedback.h"

#include <functional>

class QDateEdit;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;

namespace rongpei {

/// The supervisor's rating (1–5) of how a participant applies a completed class on the job, with
/// the day, who rated and notes.
class FollowUpDialog final : public RecordDialog
{
    Q_OBJECT

public:
    using Saver = std::function<void(const FollowUp &followUp)>;

    FollowUpDialog(const FollowUp &followUp, const QString &subject, Saver saver, QWidget *parent = nullptr);

    FollowUp followUp() const;

protected:
    void save() override;

private:
    FollowUp m_original;
    Saver m_saver;
    QSpinBox *m_rating;
    QDateEdit *m_ratedOn;
    QLineEdit *m_ratedBy;
    QPlainTextEdit *m_notes;
};

} // namespace rongpei
