#pragma once

#include "common/RecordDialog.h"
#include "study/StudyRules.h"

class QCheckBox;
class QComboBox;
class QLineEdit;

namespace rongpei {

class StudyRuleRepository;

/// Adds or edits a kind of study session: its name, whether its roll call is for party
/// members, and how its hours are counted.
class StudyKindDialog final : public RecordDialog
{
    Q_OBJECT

public:
    StudyKindDialog(StudyRuleRepository &rules, const StudyKind &kind, QWidget *parent = nullptr);

    StudyKind kind() const;
    /// The id of the saved kind, once Save has succeeded.
    qint64 savedId() const { return m_savedId; }
    QString errorText(const QString &fieldKey) const { return errors().textFor(fieldKey); }

protected:
    void save() override;

private:
    StudyRuleRepository &m_rules;
    StudyKind m_original;
    qint64 m_savedId = 0;
    QLineEdit *m_name;
    QCheckBox *m_membersOnly;
    QComboBox *m_conversion;
};

} // namespace rongpei
