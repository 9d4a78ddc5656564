#include "rotation/ExchangeRulesDialog.h"

#include "common/ErrorMessageBox.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QGridLayout>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace rongpei {

ExchangeRulesDialog::ExchangeRulesDialog(ExchangeRuleRepository &rules, QWidget *parent)
    : QDialog(parent)
    , m_repository(rules)
{
    setWindowTitle(tr("Exchange rules"));
    auto *intro = new QLabel(
        tr("A cadre of a level whose rule applies and who has held the same post for the years set here "
           "appears on the exchange-due list. 《党政领导干部交流工作规定》 sets ten years in one post for "
           "leading cadres of the Party and government; enterprises commonly follow it (参照) for leadership "
           "posts. A level without a rule is not listed."),
        this);
    intro->setWordWrap(true);
    auto *grid = new QGridLayout;
    grid->addWidget(new QLabel(tr("Level"), this), 0, 0);
    grid->addWidget(new QLabel(tr("Rule applies"), this), 0, 1);
    grid->addWidget(new QLabel(tr("Years in one post"), this), 0, 2);
    int row = 1;
    for (const ExchangeRule &rule : rules.rules()) {
        auto *applies = new QCheckBox(this);
        applies->setObjectName(QStringLiteral("applies_") + enumCode(rule.level));
        applies->setChecked(rule.applies);
        auto *years = new QSpinBox(this);
        years->setObjectName(QStringLiteral("years_") + enumCode(rule.level));
        years->setRange(ExchangeRuleRepository::minYears, ExchangeRuleRepository::maxYears);
        years->setValue(rule.years);
        years->setSuffix(tr(" years"));
        auto *model = new QPushButton(
            tr("Model: %n years", nullptr, ExchangeRuleRepository::leadershipModelYears), this);
        model->setToolTip(tr("Apply the ten years of 《党政领导干部交流工作规定》 to this level"));
        connect(model, &QPushButton::clicked, this, [applies, years] {
            applies->setChecked(true);
            years->setValue(ExchangeRuleRepository::leadershipModelYears);
        });
        grid->addWidget(new QLabel(enumLabel(rule.level), this), row, 0);
        grid->addWidget(applies, row, 1, Qt::AlignCenter);
        grid->addWidget(years, row, 2);
        grid->addWidget(model, row, 3);
        m_levels.append(rule.level);
        m_applies.append(applies);
        m_years.append(years);
        ++row;
    }
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &ExchangeRulesDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(grid);
    layout->addWidget(buttons);
}

QList<ExchangeRule> ExchangeRulesDialog::rules() const
{
    QList<ExchangeRule> result;
    for (qsizetype i = 0; i < m_levels.size(); ++i)
        result.append({m_levels.at(i), m_applies.at(i)->isChecked(), m_years.at(i)->value()});
    return result;
}

void ExchangeRulesDialog::accept()
{
    try {
        m_repository.setRules(rules());
    } catch (const std::exception &error) {
        showErrorMessage(this, windowTitle(), error);
        return;
    }
    QDialog::accept();
}

} // namespace rongpei
