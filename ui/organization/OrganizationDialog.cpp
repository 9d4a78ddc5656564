#include "organization/OrganizationDialog.h"

#include "common/Localization.h"

#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>

namespace rongpei {

OrganizationDialog::OrganizationDialog(const QString &title, Organization unit, const QString &parentName,
                                       const QList<OrganizationKind> &kinds, QDate today, Saver saver,
                                       QWidget *parent)
    : RecordDialog(parent)
    , m_unit(std::move(unit))
    , m_saver(std::move(saver))
    , m_kind(new QComboBox(this))
    , m_name(new QLineEdit(m_unit.name, this))
    , m_recordsStart(new QDateEdit(this))
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

    // A branch's 启用日期: the calendar and hour requirements count from it.
    m_recordsStart->setObjectName(OrganizationField::recordsStart);
    m_recordsStart->setCalendarPopup(true);
    m_recordsStart->setDisplayFormat(displayDateFormat());
    m_recordsStart->setMaximumDate(today);
    m_recordsStart->setDate(m_unit.recordsStart.isValid() ? m_unit.recordsStart : today);
    m_recordsStart->setToolTip(tr("The 三会一课 calendar and the hour requirements count from this day; "
                                  "set it earlier to record older sessions."));
    addCheckedRow(tr("Records &start:"), m_recordsStart, OrganizationField::recordsStart);
    showRecordsStart();
    connect(m_kind, &QComboBox::currentIndexChanged, this, &OrganizationDialog::showRecordsStart);
    m_name->setFocus();
}

void OrganizationDialog::showRecordsStart()
{
    const bool branch =
        static_cast<OrganizationKind>(m_kind->currentData().toInt()) == OrganizationKind::Branch;
    form()->setRowVisible(m_recordsStart->parentWidget(), branch); // the row's cell holds the field
}

void OrganizationDialog::save()
{
    Organization unit = m_unit;
    unit.kind = static_cast<OrganizationKind>(m_kind->currentData().toInt());
    unit.name = m_name->text();
    unit.recordsStart = unit.kind == OrganizationKind::Branch ? m_recordsStart->date() : QDate();
    m_saver(unit);
}

} // namespace rongpei
