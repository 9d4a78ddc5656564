#include "study/MeetingRuleDialog.h"

#include "common/EnumCombo.h"
#include "study/RuleDialogFields.h"

#include <QComboBox>
#include <QFormLayout>
#include <QPlainTextEdit>

namespace rongpei {

MeetingRuleDialog::MeetingRuleDialog(const MeetingRule &rule, const QList<StudyKind> &kinds,
                                     const QList<Organization> &organizations, Saver saver, QWidget *parent)
    : RecordDialog(parent)
    , m_original(rule)
    , m_saver(std::move(saver))
    , m_kind(new QComboBox(this))
    , m_branch(new QComboBox(this))
    , m_frequency(enumCombo<MeetingFrequency>(this, QStringLiteral("frequency")))
    , m_source(sourceEdit(this))
{
    setWindowTitle(rule.id > 0 ? tr("Edit meeting rule") : tr("New meeting rule"));

    m_kind->setObjectName(QStringLiteral("kind"));
    for (const StudyKind &kind : kinds)
        m_kind->addItem(kind.name, kind.id);
    m_branch->setObjectName(QStringLiteral("branch"));
    for (const Organization &organization : organizations)
        if (organization.kind == OrganizationKind::Branch)
            m_branch->addItem(organization.name, organization.id);
    m_branch->model()->sort(0);
    m_branch->insertItem(0, tr("Every branch"), qint64(0));
    m_branch->setToolTip(tr("A rule for one branch overrides the rule for every branch."));

    addCheckedRow(tr("&Kind of meeting:"), m_kind, StudyRuleField::kind);
    addCheckedRow(tr("&Branch:"), m_branch, StudyRuleField::branch);
    form()->addRow(tr("&Frequency:"), m_frequency);
    form()->addRow(tr("&Source:"), m_source);

    m_kind->setCurrentIndex(rule.kindId > 0 ? m_kind->findData(rule.kindId) : (m_kind->count() > 0 ? 0 : -1));
    m_branch->setCurrentIndex(qMax(0, m_branch->findData(rule.branchId)));
    selectEnum(m_frequency, rule.frequency);
    m_source->setPlainText(rule.source);
    m_kind->setFocus();
}

MeetingRule MeetingRuleDialog::rule() const
{
    MeetingRule r = m_original;
    r.kindId = m_kind->currentData().toLongLong();
    r.branchId = m_branch->currentData().toLongLong();
    r.frequency = selectedEnum<MeetingFrequency>(m_frequency);
    r.source = m_source->toPlainText();
    return r;
}

void MeetingRuleDialog::save()
{
    m_saver(rule());
}

} // namespace rongpei
