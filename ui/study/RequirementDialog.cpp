#include "study/RequirementDialog.h"

#include "common/EnumCombo.h"
#include "study/RuleDialogFields.h"

#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QSpinBox>

namespace rongpei {

RequirementDialog::RequirementDialog(const HourRequirement &requirement, const QList<StudyKind> &kinds,
                                     Saver saver, QWidget *parent)
    : RecordDialog(parent)
    , m_original(requirement)
    , m_saver(std::move(saver))
    , m_category(enumCombo<CadreCategory>(this, QStringLiteral("category")))
    , m_periodYears(new QSpinBox(this))
    , m_minimumHours(new QDoubleSpinBox(this))
    , m_countedKinds(new QListWidget(this))
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

    m_countedKinds->setObjectName(QStringLiteral("countedKinds"));
    m_countedKinds->setToolTip(
        tr("Only the hours of sessions of the ticked kinds count toward the requirement: "
           "the regulations count 集中学习培训 and 脱产培训, not branch meetings."));
    for (const StudyKind &kind : kinds) {
        auto *item = new QListWidgetItem(kind.name, m_countedKinds);
        item->setData(Qt::UserRole, kind.uuid);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
        item->setCheckState(requirement.counts(kind) ? Qt::Checked : Qt::Unchecked);
    }
    m_countedKinds->setMaximumHeight(m_countedKinds->sizeHintForRow(0) * 8 + 4);
    connect(m_countedKinds, &QListWidget::itemChanged, this,
            [this] { errors().clearField(StudyRuleField::countedKinds); });

    form()->addRow(tr("&Cadres:"), m_category);
    addCheckedRow(tr("&Period (years):"), m_periodYears, StudyRuleField::periodYears);
    addCheckedRow(tr("&Minimum hours:"), m_minimumHours, StudyRuleField::hours);
    addCheckedRow(tr("&Kinds counted:"), m_countedKinds, StudyRuleField::countedKinds);
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
    // Kinds this dialog does not list (deleted since) stay counted, so a restored kind counts again.
    QStringList listed;
    QStringList counted;
    for (int row = 0; row < m_countedKinds->count(); ++row) {
        const QString uuid = m_countedKinds->item(row)->data(Qt::UserRole).toString();
        listed.append(uuid);
        if (m_countedKinds->item(row)->checkState() == Qt::Checked)
            counted.append(uuid);
    }
    for (const QString &uuid : std::as_const(m_original.countedKinds))
        if (!listed.contains(uuid))
            counted.append(uuid);
    r.countedKinds = counted;
    r.source = m_source->toPlainText();
    return r;
}

void RequirementDialog::save()
{
    m_saver(requirement());
}

} // namespace rongpei
