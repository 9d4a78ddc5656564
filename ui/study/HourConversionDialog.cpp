#include "study/HourConversionDialog.h"

#include "common/EnumCombo.h"
#include "study/RuleDialogFields.h"

#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QPlainTextEdit>

namespace rongpei {

HourConversionDialog::HourConversionDialog(const HourConversion &conversion, Saver saver, QWidget *parent)
    : RecordDialog(parent)
    , m_original(conversion)
    , m_saver(std::move(saver))
    , m_name(new QLineEdit(conversion.name, this))
    , m_method(enumCombo<ConversionMethod>(this, QStringLiteral("method")))
    , m_hours(new QDoubleSpinBox(this))
    , m_source(sourceEdit(this))
{
    setWindowTitle(conversion.id > 0 ? tr("Edit hour conversion: %1").arg(conversion.name)
                                     : tr("New hour conversion"));

    m_name->setObjectName(QStringLiteral("name"));
    m_name->setMaxLength(40);
    // The repository decides what is allowed; the box only keeps the value a number.
    m_hours->setObjectName(QStringLiteral("hours"));
    m_hours->setRange(0, 24);
    m_hours->setDecimals(1);
    m_hours->setSingleStep(0.5);
    m_hours->setToolTip(tr("The hours every session of this kind earns, whatever its length."));

    addCheckedRow(tr("&Name:"), m_name, StudyRuleField::name);
    form()->addRow(tr("&Method:"), m_method);
    addCheckedRow(tr("Fixed &hours:"), m_hours, StudyRuleField::hours);
    form()->addRow(tr("&Source:"), m_source);

    selectEnum(m_method, conversion.method);
    m_hours->setValue(conversion.hours);
    m_source->setPlainText(conversion.source);
    updateHours();

    connect(m_method, &QComboBox::currentIndexChanged, this, &HourConversionDialog::updateHours);
    m_name->setFocus();
}

HourConversion HourConversionDialog::conversion() const
{
    HourConversion c = m_original;
    c.name = m_name->text();
    c.method = selectedEnum<ConversionMethod>(m_method);
    c.hours = c.method == ConversionMethod::Fixed ? m_hours->value() : 0;
    c.source = m_source->toPlainText();
    return c;
}

void HourConversionDialog::save()
{
    m_saver(conversion());
}

void HourConversionDialog::updateHours()
{
    m_hours->setEnabled(selectedEnum<ConversionMethod>(m_method) == ConversionMethod::Fixed);
}

} // namespace rongpei
