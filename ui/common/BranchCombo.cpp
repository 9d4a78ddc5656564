#include "common/BranchCombo.h"

#include <QCollator>
#include <QComboBox>
#include <QCompleter>
#include <QLineEdit>

#include <algorithm>

namespace rongpei {

namespace {

void fillCombo(QComboBox *combo, const QList<Organization> &units, const QList<OrganizationKind> &kinds)
{
    QList<const Organization *> chosen;
    for (const Organization &unit : units)
        if (kinds.contains(unit.kind))
            chosen.append(&unit);
    // In the order of `kinds`; ICU's Chinese collation orders Han characters by pinyin.
    QCollator collator(QLocale(QLocale::Chinese, QLocale::China));
    std::stable_sort(chosen.begin(), chosen.end(),
                     [&collator, &kinds](const Organization *a, const Organization *b) {
                         if (a->kind != b->kind)
                             return kinds.indexOf(a->kind) < kinds.indexOf(b->kind);
                         return collator.compare(a->name, b->name) < 0;
                     });
    for (const Organization *unit : std::as_const(chosen))
        combo->addItem(unit->name, unit->id);

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

} // namespace rongpei
