#include "rotation/EndRotationDialog.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>

namespace rongpei {

EndRotationDialog::EndRotationDialog(const QString &cadreName, const QString &hostPlace, QDate firstDay,
                                     QDate today, QDate proposedEnd, bool proposeStay, QWidget *parent)
    : QDialog(parent)
    , m_lastDay(new QDateEdit(proposedEnd, this))
    , m_stay(new QCheckBox(tr("%1 &stays in the host post: %2").arg(cadreName, hostPlace), this))
{
    setWindowTitle(tr("End rotation: %1").arg(cadreName));
    m_lastDay->setObjectName(QStringLiteral("lastDay"));
    m_lastDay->setCalendarPopup(true);
    m_lastDay->setDateRange(firstDay, today); // an actual last day, not a plan
    m_stay->setObjectName(QStringLiteral("stays"));
    m_stay->setChecked(proposeStay);
    m_stay->setToolTip(tr("Changes the cadre's post in the roster and writes it to the post history from the "
                          "day after the rotation ends."));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("End rotation"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *form = new QFormLayout(this);
    form->addRow(tr("&Last day:"), m_lastDay);
    form->addRow(m_stay);
    form->addRow(buttons);
}

QDate EndRotationDialog::lastDay() const
{
    return m_lastDay->date();
}

bool EndRotationDialog::staysInHostPost() const
{
    return m_stay->isChecked();
}

} // namespace rongpei
