#pragma once

#include "common/RecordDialog.h"
#include "organization/Organization.h"
#include "study/StudyRules.h"

class QComboBox;
class QPlainTextEdit;

namespace rongpei {

class StudyRuleRepository;

/// Adds or edits a 三会一课 rule: how often a kind of meeting must be held, by every
/// branch or by one branch in particular.
class MeetingRuleDialog final : public RecordDialog
{
    Q_OBJECT

public:
    /// `organizations`: the organisation tree, whose branches may be chosen.
    MeetingRuleDialog(StudyRuleRepository &rules, const QList<Organization> &organizations,
                      const MeetingRule &rule, QWidget *parent = nullptr);

    MeetingRule rule() const;
    /// The id of the saved rule, once Save has succeeded.
    qint64 savedId() const { return m_savedId; }
    QString errorText(const QString &fieldKey) const { return errors().textFor(fieldKey); }

protected:
    void save() override;

private:
    StudyRuleRepository &m_rules;
    MeetingRule m_original;
    qint64 m_savedId = 0;
    QComboBox *m_kind;
    QComboBox *m_branch;
    QComboBox *m_frequency;
    QPlainTextEdit *m_source;
};

} // namespace rongpei
