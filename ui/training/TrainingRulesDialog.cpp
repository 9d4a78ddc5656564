#include "training/TrainingRulesDialog.h"

#include "training/TrainingClassRepository.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QSpinBox>

namespace rongpei {

namespace {

QSpinBox *spinBox(QWidget *parent, const QString &name, int low, int high, int value,
                  const QString &suffix = {})
{
    auto *box = new QSpinBox(parent);
    box->setObjectName(name);
    box->setRange(low, high);
    box->setValue(value);
    box->setSuffix(suffix);
    return box;
}

} // namespace

TrainingRulesDialog::TrainingRulesDialog(TrainingClassRepository &classes, QWidget *parent)
    : RecordDialog(parent)
    , m_classes(classes)
{
    const TrainingRules rules = classes.rules();
    // The ranges are wider than allowed so that the repository's message explains the limit.
    m_absenceNumerator = spinBox(this, QStringLiteral("absenceNumerator"), 0, 99, rules.absenceNumerator);
    m_absenceDenominator =
        spinBox(this, QStringLiteral("absenceDenominator"), 0, 99, rules.absenceDenominator);
    m_jointMinPercent =
        spinBox(this, QStringLiteral("jointMinPercent"), 0, 100, rules.jointMinPercent, tr(" %"));
    m_followUpDays = spinBox(this, QStringLiteral("followUpDays"), 0, 9999, rules.followUpDays, tr(" days"));
    setWindowTitle(tr("Rules for training classes"));

    auto *fraction = new QWidget(this);
    auto *fractionLayout = new QHBoxLayout(fraction);
    fractionLayout->setContentsMargins(0, 0, 0, 0);
    fractionLayout->addWidget(m_absenceNumerator);
    fractionLayout->addWidget(new QLabel(tr("of every"), fraction));
    fractionLayout->addWidget(m_absenceDenominator);
    fractionLayout->addStretch();
    fraction->setToolTip(tr("《干部教育培训工作条例》 art. 15: one seventh"));

    addCheckedRow(tr("&Leave and absence above:"), fraction, QStringLiteral("absence"));
    form()->addRow(
        QString(),
        new QLabel(tr("of an off-the-job class's hours: the participant does not complete it."), this));
    addCheckedRow(tr("A &joint class warns below:"), m_jointMinPercent, QStringLiteral("jointMinPercent"));
    form()->addRow(QString(), new QLabel(tr("of its cohort from either track."), this));
    addCheckedRow(tr("&Follow-up due after:"), m_followUpDays, QStringLiteral("followUpDays"));
    form()->addRow(QString(), new QLabel(tr("the end of an off-the-job class."), this));
    m_absenceNumerator->setFocus();
}

TrainingRules TrainingRulesDialog::rules() const
{
    TrainingRules rules;
    rules.absenceNumerator = m_absenceNumerator->value();
    rules.absenceDenominator = m_absenceDenominator->value();
    rules.jointMinPercent = m_jointMinPercent->value();
    rules.followUpDays = m_followUpDays->value();
    return rules;
}

void TrainingRulesDialog::save()
{
    m_classes.updateRules(rules());
}

} // namespace rongpei
