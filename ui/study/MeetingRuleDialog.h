#pragma once

#include "common/RecordDialog.h"
#include "organization/Organization.h"
#include "study/StudyRules.h"

#include <functional>

class QComboBox;
class QPlainTextEdit;

namespace rongpei {

/// Adds or edits a 三会一课 rule: how often a kind of meeting must be held, by every
/// branch or by one branch in particular. Stays open with the message on the field until
/// the saver accepts the rule.
class MeetingRuleDialog final : public RecordDialog
{
    Q_OBJECT

public:
    /// Saves the rule; throws ValidationError or DatabaseError to refuse it.
    using Saver = std::function<void(const MeetingRule &rule)>;

    /// `kinds`: the kinds of session to choose from; `organizations`: the organisation tree,
    /// whose branches may be chosen.
    MeetingRuleDialog(const MeetingRule &rule, const QList<StudyKind> &kinds,
                      const QList<Organization> &organizations, Saver saver, QWidget *parent = nullptr);

    /// The rule as the fields now describe it.
    MeetingRule rule() const;
    QString errorText(const QString &fieldKey) const { return errors().textFor(fieldKey); }

protected:
    void save() override;

private:
    MeetingRule m_original;
    Saver m_saver;
    QComboBox *m_kind;
    QComboBox *m_branch;
    QComboBox *m_frequency;
    QPlainTextEdit *m_source;
};

} // namespace rongpei
