#include "common/BranchCombo.h"

#include <QCollator>
#include <QComboBox>
#include <QCompleter>
#include <QLineEdit>

#include <algorithm>
#include <functional>

namespace rongpei {

namespace {

void fillCombo(QComboBox *combo, const QList<Organization> &units, const QList<OrganizationKind> &kinds,
               const std::function<QString(const Organization &)> &label = &Organization::name)
{
    QList<const Organization *> chosen;
    for (const Organization &unit : units)
        if (kinds.contains(unit.kind))
            chosen.append(&unit);
    // In the order of `kinds`; ICU's Chinese collation orders Han characters by pinyin.
    QCollator collator(QLocale(QLocale::Chinese, QLocale::China));
    std::stable_sort(chosen.begin(), chosen.end(),
                     [&collator, &kinds, &label](const Organization *a, const Organization *b) {
                         if (a->kind != b->kind)
                             return kinds.indexOf(a->kind) < kinds.indexOf(b->kind);
                         return collator.compare(label(*a), label(*b)) < 0;
                     });
    for (const Organization *unit : std::as_const(chosen))
        combo->addItem(label(*unit), unit->id);

    combo->setEditable(true);
    combo->setInsertPolicy(QComboBox::NoInsert);
    combo->completer()->setCompletionMode(QCompleter::PopupCompletion);
    combo->completer()->setFilterMode(Qt::MatchContains);
    combo->completer()->setCaseSensitivity(Qt::CaseInsensitive);
    QObject::connect(combo->lineEdit(), &QLineEdit::editingFinished, combo, [combo] {
        const int typed = combo->findText(combo->currentText(), Qt::MatchFixedString);
        if (typed >= 0)
            combo->setCurrentIndex(typed);
        else
            combo->setEditText(combo->itemText(combo->currentIndex()));
    });
}

} // namespace

void fillBranchCombo(QComboBox *combo, const QList<Organization> &units)
{
    fillCombo(combo, units, {OrganizationKind::Branch});
}

void fillHostCombo(QComboBox *combo, const QList<Organization> &units)
{
    fillCombo(combo, units, {OrganizationKind::Branch, OrganizationKind::Committee});
}

void fillPlanningUnitCombo(QComboBox *combo, const QList<Organization> &units)
{
    fillCombo(combo, units,
              {OrganizationKind::Enterprise, OrganizationKind::Committee, OrganizationKind::Branch});
}

QString unitLabel(const Organization &unit, const QList<Organization> &units)
{
    if (unit.kind != OrganizationKind::Department)
        return unit.name;
    for (const Organization &branch : units)
        if (branch.id == unit.branchId)
            return QStringLiteral("%1 / %2").arg(branch.name, unit.name);
    return unit.name;
}

void fillAnyUnitCombo(QComboBox *combo, const QList<Organization> &units)
{
    fillCombo(combo, units,
              {OrganizationKind::Enterprise, OrganizationKind::Committee, OrganizationKind::Branch,
               OrganizationKind::Department},
              [&units](const Organization &unit) { return unitLabel(unit, units); });
}

} // namespace rongpei
