#include "training/DayMarkDialog.h"

#include "common/EnumCombo.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QVBoxLayout>

namespace rongpei {

DayMarkDialog::DayMarkDialog(const DayMark &mark, double dayHours, QWidget *parent)
    : QDialog(parent)
    , m_status(enumCombo<AttendanceStatus>(this, QStringLiteral("status")))
    , m_missedHours(new QDoubleSpinBox(this))
    , m_excuse(new QLineEdit(mark.excuse, this))
{
    setWindowTitle(tr("Mark attendance"));
    selectEnum(m_status, mark.status);
    m_missedHours->setObjectName(QStringLiteral("missedHours"));
    m_missedHours->setRange(0, dayHours);
    m_missedHours->setDecimals(1);
    m_missedHours->setSingleStep(0.5);
    m_missedHours->setValue(mark.missedHours > 0 ? mark.missedHours : dayHours);
    m_missedHours->setToolTip(tr("Hours of the day on leave or absent: half a day's leave is half the day's "
                                 "hours"));
    m_excuse->setObjectName(QStringLiteral("excuse"));
    m_excuse->setMaxLength(100);
    m_excuse->setPlaceholderText(tr("Reason for the leave"));

    auto *form = new QFormLayout;
    form->addRow(tr("&Attendance:"), m_status);
    form->addRow(tr("Hours &missed:"), m_missedHours);
    form->addRow(tr("&Reason:"), m_excuse);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_status, &QComboBox::currentIndexChanged, this, &DayMarkDialog::updateFields);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
    updateFields();
}

void DayMarkDialog::updateFields()
{
    const AttendanceStatus status = selectedEnum<AttendanceStatus>(m_status);
    const bool missing = status == AttendanceStatus::Excused || status == AttendanceStatus::Absent;
    m_missedHours->setEnabled(missing);
    m_excuse->setEnabled(status == AttendanceStatus::Excused);
}

DayMark DayMarkDialog::mark() const
{
    DayMark mark;
    mark.status = selectedEnum<AttendanceStatus>(m_status);
    mark.missedHours = m_missedHours->isEnabled() ? m_missedHours->value() : 0;
    mark.excuse = m_excuse->isEnabled() ? m_excuse->text().trimmed() : QString();
    return mark;
}

} // namespace rongpei
