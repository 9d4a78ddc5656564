#include "organization/OrganizationDialog.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>

namespace rongpei {

OrganizationDialog::OrganizationDialog(const QString &title, Organization unit, const QString &parentName,
                                       const QList<OrganizationKind> &kinds, Saver saver, QWidget *parent)
    : RecordDialog(parent)
    , m_unit(std::move(unit))
    , m_saver(std::move(saver))
    , m_kind(new QComboBox(this))
    , m_name(new QLineEdit(m_unit.name, this))
{
    setWindowTitle(title);
    m_kind->setObjectName(OrganizationField::kind);
    for (OrganizationKind kind : kinds)
        m_kind->addItem(enumLabel(kind), static_cast<int>(kind));
    m_kind->setCurrentIndex(qMax(0, m_kind->findData(static_cast<int>(m_unit.kind))));
    m_kind->setEnabled(kinds.size() > 1);
    m_name->setObjectName(OrganizationField::name);
    m_name->setMaxLength(60);
    m_name->setMinimumWidth(m_name->fontMetrics().averageCharWidth() * 40);

    if (!parentName.isEmpty())
        form()->addRow(tr("Belongs to:"), new QLabel(parentName, this));
    addCheckedRow(tr("&Kind:"), m_kind, OrganizationField::kind);
    addCheckedRow(tr("Unit &name:"), m_name, OrganizationField::name);
    m_name->setFocus();
}

void OrganizationDialog::save()
{
    Organization unit = m_unit;
    unit.kind = static_cast<OrganizationKind>(m_kind->currentData().toInt());
    unit.name = m_name->text();
    m_saver(unit);
}

} // namespace rongpei
