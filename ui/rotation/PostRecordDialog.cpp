#include "rotation/PostRecordDialog.h"

#include "common/BranchCombo.h"
#include "common/EnumCombo.h"
#include "common/OptionalDateEdit.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLineEdit>

namespace rongpei {

PostRecordDialog::PostRecordDialog(const PostRecord &record, const QList<Organization> &units, Saver saver,
                                   QWidget *parent)
    : RecordDialog(parent)
    , m_original(record)
    , m_units(units)
    , m_saver(std::move(saver))
    , m_effectiveOn(new OptionalDateEdit(this))
    , m_branch(new QComboBox(this))
    , m_department(new QComboBox(this))
    , m_unitName(new QLineEdit(record.unitName, this))
    , m_post(new QLineEdit(record.post, this))
    , m_level(enumCombo<CadreLevel>(this, QStringLiteral("level")))
    , m_notes(new QLineEdit(record.notes, this))
{
    setWindowTitle(record.id > 0 ? tr("Edit post") : tr("Add an earlier post"));
    m_effectiveOn->setObjectName(QStringLiteral("effectiveOn"));
    m_effectiveOn->setOptionalDate(record.effectiveOn);
    m_effectiveOn->setToolTip(tr("The day the post took effect; leave it unknown for a post held since a day "
                                 "nobody recorded."));
    m_branch->setObjectName(QStringLiteral("branch"));
    fillBranchCombo(m_branch, units);
    m_branch->insertItem(0, tr("(a unit outside the enterprise)"), qint64(0));
    m_branch->setCurrentIndex(qMax(0, m_branch->findData(record.heldBranchId)));
    m_department->setObjectName(QStringLiteral("department"));
    m_unitName->setObjectName(QStringLiteral("unitName"));
    m_unitName->setPlaceholderText(tr("The unit's name, when it is outside the enterprise"));
    m_post->setObjectName(QStringLiteral("post"));
    m_post->setMaxLength(200);
    m_post->setMinimumWidth(m_post->fontMetrics().averageCharWidth() * 40);
    selectEnum(m_level, record.level);
    m_notes->setObjectName(QStringLiteral("notes"));
    fillDepartments();
    m_department->setCurrentIndex(qMax(0, m_department->findData(record.departmentId)));

    addCheckedRow(tr("In effect &from:"), m_effectiveOn, PostField::effectiveOn);
    addCheckedRow(tr("Party &branch:"), m_branch, PostField::unit);
    form()->addRow(tr("&Department:"), m_department);
    form()->addRow(tr("&Unit outside:"), m_unitName);
    addCheckedRow(tr("&Post:"), m_post, PostField::post);
    form()->addRow(tr("&Level:"), m_level);
    addCheckedRow(tr("&Notes:"), m_notes, PostField::notes);
    connect(m_branch, &QComboBox::currentIndexChanged, this, &PostRecordDialog::fillDepartments);
    m_effectiveOn->setFocus();
}

void PostRecordDialog::fillDepartments()
{
    const qint64 branch = m_branch->currentData().toLongLong();
    m_department->clear();
    m_department->addItem(tr("(none)"), qint64(0));
    for (const Organization &unit : std::as_const(m_units))
        if (unit.kind == OrganizationKind::Department && unit.branchId == branch && branch > 0)
            m_department->addItem(unit.name, unit.id);
    m_department->setEnabled(branch > 0);
    m_unitName->setEnabled(branch == 0);
}

PostRecord PostRecordDialog::record() const
{
    PostRecord r = m_original;
    r.effectiveOn = m_effectiveOn->optionalDate();
    r.heldBranchId = m_branch->currentData().toLongLong();
    r.departmentId = m_department->currentData().toLongLong();
    r.unitName = r.heldBranchId > 0 ? QString() : m_unitName->text();
    r.post = m_post->text();
    r.level = selectedEnum<CadreLevel>(m_level);
    r.notes = m_notes->text();
    return r;
}

void PostRecordDialog::save()
{
    m_saver(record());
}

} // namespace rongpei
