#pragma once

#include "rotation/ExchangeRules.h"

#include <QDialog>

#include <array>

class QCheckBox;
class QSpinBox;

namespace rongpei {

/// The administrator's exchange rules: for each level, whether a cadre who held one post N years
/// is due for an exchange, and N. The ten years of 《党政领导干部交流工作规定》 is offered as the
/// model for leadership posts.
class ExchangeRulesDialog final : public QDialog
{
    Q_OBJECT

public:
    ExchangeRulesDialog(ExchangeRuleRepository &rules, QWidget *parent = nullptr);

    QList<ExchangeRule> rules() const;

public slots:
    void accept() override;

private:
    ExchangeRuleRepository &m_repository;
    QList<CadreLevel> m_levels;
    QList<QCheckBox *> m_applies;
    QList<QSpinBox *> m_years;
};

} // namespace rongpei
