#pragma once

#include "common/RecordDialog.h"
#include "study/StudyRules.h"

class QComboBox;
class QDoubleSpinBox;
class QPlainTextEdit;
class QSpinBox;

namespace rongpei {

class StudyRuleRepository;

/// Adds or edits an hour requirement (学时要求): who it applies to, over how many years,
/// the minimum hours and the regulation it comes from.
class RequirementDialog final : public RecordDialog
{
    Q_OBJECT

public:
    RequirementDialog(StudyRuleRepository &rules, const HourRequirement &requirement,
                      QWidget *parent = nullptr);

    HourRequirement requirement() const;
    /// The id of the saved requirement, once Save has succeeded.
    qint64 savedId() const { return m_savedId; }
    QString errorText(const QString &fieldKey) const { return errors().textFor(fieldKey); }

protected:
    void save() override;

private:
    StudyRuleRepository &m_rules;
    HourRequirement m_original;
    qint64 m_savedId = 0;
    QComboBox *m_category;
    QSpinBox *m_periodYears;
    QDoubleSpinBox *m_minimumHours;
    QPlainTextEdit *m_source;
};

} // namespace rongpei
