#include "study/StudyKindDialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLineEdit>

namespace rongpei {

StudyKindDialog::StudyKindDialog(const StudyKind &kind, const QList<HourConversion> &conversions, Saver saver,
                                 QWidget *parent)
    : RecordDialog(parent)
    , m_original(kind)
    , m_saver(std::move(saver))
    , m_name(new QLineEdit(kind.name, this))
    , m_membersOnly(new QCheckBox(tr("The roll call is for the branch's party &members"), this))
    , m_conversion(new QComboBox(this))
    , m_yearlyCap(new QDoubleSpinBox(this))
{
    setWindowTitle(kind.id > 0 ? tr("Edit kind of session: %1").arg(kind.name) : tr("New kind of session"));

    m_name->setObjectName(QStringLiteral("name"));
    m_name->setMaxLength(40);
    m_name->setMinimumWidth(m_name->fontMetrics().averageCharWidth() * 40);
    m_membersOnly->setObjectName(QStringLiteral("membersOnly"));
    m_membersOnly->setChecked(kind.membersOnly);
    m_membersOnly->setToolTip(tr("When ticked, a new session's roll call starts with the host branch's "
                                 "party members only; otherwise with all its cadres."));
    m_conversion->setObjectName(QStringLiteral("conversion"));
    for (const HourConversion &conversion : conversions)
        m_conversion->addItem(conversion.name, conversion.id);
    m_conversion->setCurrentIndex(kind.conversionId > 0 ? m_conversion->findData(kind.conversionId)
                                                        : (m_conversion->count() > 0 ? 0 : -1));

    m_yearlyCap->setObjectName(QStringLiteral("yearlyCap"));
    m_yearlyCap->setRange(0, 1000); // the repository decides what is allowed
    m_yearlyCap->setDecimals(1);
    m_yearlyCap->setSingleStep(1);
    m_yearlyCap->setSpecialValueText(tr("No cap"));
    m_yearlyCap->setValue(kind.yearlyCap);
    m_yearlyCap->setToolTip(tr("Hours of this kind, from sessions and classes together, count toward the "
                               "hour requirements up to this many a calendar year (online study, say)."));

    addCheckedRow(tr("&Name:"), m_name, StudyRuleField::name);
    form()->addRow(QString(), m_membersOnly);
    addCheckedRow(tr("&Hours counted by:"), m_conversion, StudyRuleField::hours);
    addCheckedRow(tr("Counted at most (per &year):"), m_yearlyCap, StudyRuleField::yearlyCap);
    m_name->setFocus();
}

StudyKind StudyKindDialog::kind() const
{
    StudyKind k = m_original;
    k.name = m_name->text();
    k.membersOnly = m_membersOnly->isChecked();
    k.conversionId = m_conversion->currentData().toLongLong();
    k.yearlyCap = m_yearlyCap->value();
    return k;
}

void StudyKindDialog::save()
{
    m_saver(kind());
}

} // namespace rongpei
