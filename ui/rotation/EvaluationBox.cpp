#include "rotation/EvaluationBox.h"

#include "common/EnumCombo.h"

#include <QDateEdit>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QSpinBox>

namespace rongpei {

EvaluationBox::EvaluationBox(EvaluationStage stage, QWidget *parent)
    : QGroupBox(enumLabel(stage), parent)
    , m_day(new QDateEdit(this))
    , m_grade(enumCombo<EvaluationGrade>(this, QStringLiteral("grade")))
    , m_hostComments(new QPlainTextEdit(this))
    , m_homeOpinion(new QPlainTextEdit(this))
{
    setObjectName(enumCode(stage));
    setCheckable(true);
    setToolTip(tr("Tick to record the host unit's evaluation at this stage."));
    m_day->setObjectName(QStringLiteral("evaluatedOn"));
    m_day->setCalendarPopup(true);
    auto *ratings = new QHBoxLayout;
    const QStringList names{tr("Integrity"), tr("Ability"), tr("Diligence"), tr("Performance"),
                            tr("Probity")};
    const QStringList keys{QStringLiteral("integrity"), QStringLiteral("ability"),
                           QStringLiteral("diligence"), QStringLiteral("performance"),
                           QStringLiteral("probity")};
    for (int i = 0; i < 5; ++i) {
        auto *spin = new QSpinBox(this);
        spin->setObjectName(keys.at(i));
        spin->setRange(1, 5);
        spin->setToolTip(tr("%1, from 1 (poor) to 5 (excellent)").arg(names.at(i)));
        auto *label = new QLabel(names.at(i), this);
        label->setBuddy(spin);
        ratings->addWidget(label);
        ratings->addWidget(spin);
        m_ratings[static_cast<size_t>(i)] = spin;
    }
    ratings->addStretch(1);
    for (QPlainTextEdit *text : {m_hostComments, m_homeOpinion}) {
        text->setTabChangesFocus(true);
        text->setFixedHeight(text->fontMetrics().lineSpacing() * 3 + 12);
    }
    m_hostComments->setObjectName(QStringLiteral("hostComments"));
    m_homeOpinion->setObjectName(QStringLiteral("homeOpinion"));
    auto *form = new QFormLayout(this);
    form->addRow(tr("Evaluated &on:"), m_day);
    form->addRow(tr("&Grade:"), m_grade);
    form->addRow(tr("Ratings:"), ratings);
    form->addRow(tr("Host unit's &comments:"), m_hostComments);
    form->addRow(tr("Home unit's o&pinion:"), m_homeOpinion);
}

void EvaluationBox::setEvaluation(const std::optional<RotationEvaluation> &evaluation, QDate defaultDay)
{
    const RotationEvaluation shown = evaluation.value_or(RotationEvaluation{});
    setChecked(evaluation.has_value());
    m_day->setDate(shown.evaluatedOn.isValid() ? shown.evaluatedOn : defaultDay);
    selectEnum(m_grade, shown.grade);
    const std::array<int, 5> values{shown.integrity, shown.ability, shown.diligence, shown.performance,
                                    shown.probity};
    for (size_t i = 0; i < values.size(); ++i)
        m_ratings[i]->setValue(values[i]);
    m_hostComments->setPlainText(shown.hostComments);
    m_homeOpinion->setPlainText(shown.homeOpinion);
}

std::optional<RotationEvaluation> EvaluationBox::evaluation() const
{
    if (!isChecked())
        return std::nullopt;
    RotationEvaluation e;
    e.evaluatedOn = m_day->date();
    e.grade = selectedEnum<EvaluationGrade>(m_grade);
    e.integrity = m_ratings[0]->value();
    e.ability = m_ratings[1]->value();
    e.diligence = m_ratings[2]->value();
    e.performance = m_ratings[3]->value();
    e.probity = m_ratings[4]->value();
    e.hostComments = m_hostComments->toPlainText();
    e.homeOpinion = m_homeOpinion->toPlainText();
    return e;
}

} // namespace rongpei
