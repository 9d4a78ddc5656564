#include "study/RequirementDialog.h"

#include "common/EnumCombo.h"
#include "study/RuleDialogFields.h"

#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QPlainTextEdit>
#include <QSpinBox>

namespace rongpei {

RequirementDialog::RequirementDialog(const HourRequirement &requirement, Saver saver, QWidget *parent)
    : RecordDialog(parent)
    , m_original(requirement)
    , m_saver(std::move(saver))
    , m_category(enumCombo<CadreCategory>(this, QStringLiteral("category")))
    , m_periodYears(new QSpinBox(this))
    , m_minimumHours(new QDoubleSpinBox(this))
    , m_source(sourceEdit(this))
{
    setWindowTitle(requirement.id > 0 ? tr("Edit hour requirement") : tr("New hour requirement"));

    m_periodYears->setObjectName(QStringLiteral("periodYears"));
    m_periodYears->setRange(1, 10);
    m_periodYears->setToolTip(
        tr("1: each calendar year on its own. More: a rolling window ending with the year looked at."));
    // The repository decides what is allowed; the box only keeps the value a number.
    m_minimumHours->setObjectName(QStringLiteral("minimumHours"));
    m_minimumHours->setRange(0, 10000);
    m_minimumHours->setDecimals(1);
    m_minimumHours->setSingleStep(0.5);

    form()->addRow(tr("&Cadres:"), m_category);
    addCheckedRow(tr("&Period (years):"), m_periodYears, StudyRuleField::periodYears);
    addCheckedRow(tr("&Minimum hours:"), m_minimumHours, StudyRuleField::hours);
    form()->addRow(tr("&Source:"), m_source);

    selectEnum(m_category, requirement.category);
    m_periodYears->setValue(requirement.periodYears);
    m_minimumHours->setValue(requirement.minimumHours);
    m_source->setPlainText(requirement.source);
    m_category->setFocus();
}

HourRequirement RequirementDialog::requirement() const
{
    HourRequirement r = m_original;
    r.category = selectedEnum<CadreCategory>(m_category);
    r.periodYears = m_periodYears->value();
    r.minimumHours = m_minimumHours->value();
    r.source = m_source->toPlainText();
    return r;
}

void RequirementDialog::save()
{
    m_saver(requirement());
}

} // namespace rongpei
