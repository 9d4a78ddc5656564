#include "common/BranchCombo.h"

#include <QCollator>
#include <QComboBox>
#include <QCompleter>
#include <QLineEdit>

#include <algorithm>

namespace rongpei {

void fillBranchCombo(QComboBox *combo, const QList<Organization> &units)
{
    QList<const Organization *> branches;
    for (const Organization &unit : units)
        if (unit.kind == OrganizationKind::Branch)
            branches.append(&unit);
    // ICU's Chinese collation orders Han characters by pinyin.
    QCollator collator(QLocale(QLocale::Chinese, QLocale::China));
    std::stable_sort(branches.begin(), branches.end(),
                     [&collator](const Organization *a, const Organization *b) {
                         return collator.compare(a->name, b->name) < 0;
                     });
    for (const Organization *branch : std::as_const(branches))
        combo->addItem(branch->name, branch->id);

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

} // namespace rongpei
