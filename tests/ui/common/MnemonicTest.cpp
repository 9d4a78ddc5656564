// Alt+letter reaches one field or command: no two labels, buttons or menu items of one dialog or
// menu share their underlined letter.
#include "GuiTestSupport.h"
#include "TestSupport.h"
#include "organization/OrganizationDialog.h"
#include "organization/OrganizationRepository.h"
#include "roster/CadreDialog.h"
#include "roster/CadreRepository.h"
#include "shell/MainWindow.h"
#include "study/OpeningHoursDialog.h"
#include "study/OpeningHoursRepository.h"
#include "study/SessionDialog.h"
#include "study/StudyRuleRepository.h"

#include <QAbstractButton>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>

using namespace rongpei;
using namespace rongpei::test;

namespace {

/// The letter after a single '&', lower-cased; none for "&&" or no mnemonic.
std::optional<QChar> mnemonicOf(const QString &text)
{
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text.at(i) != u'&')
            continue;
        if (text.at(i + 1) == u'&') {
            ++i;
            continue;
        }
        return text.at(i + 1).toLower();
    }
    return std::nullopt;
}

/// Texts sharing a letter, as "letter: first / second"; empty when all differ.
QStringList clashes(const QStringList &texts)
{
    QHash<QChar, QString> seen;
    QStringList found;
    for (const QString &text : texts) {
        const std::optional<QChar> letter = mnemonicOf(text);
        if (!letter)
            continue;
        if (seen.contains(*letter))
            found.append(QStringLiteral("%1: %2 / %3").arg(*letter).arg(seen.value(*letter), text));
        else
            seen.insert(*letter, text);
    }
    return found;
}

QStringList dialogTexts(const QWidget *dialog)
{
    QStringList texts;
    for (const QLabel *label : dialog->findChildren<QLabel *>())
        if (label->buddy())
            texts.append(label->text());
    for (const QAbstractButton *button : dialog->findChildren<QAbstractButton *>())
        if (button->isVisibleTo(dialog))
            texts.append(button->text());
    return texts;
}

} // namespace

TEST_CASE("The record dialogs have one field per underlined letter", "[ui][mnemonic]")
{
    TemporaryWorkspace temp;
    const auto org = SmallOrganization::create(temp.workspace());
    const QList<Organization> units = temp.workspace().organizations().all();
    CadreDialog cadre(units, Cadre(), QDate(2026, 11, 24), [](const Cadre &) {});
    CHECK(clashes(dialogTexts(&cadre)) == QStringList());

    SessionDialogData data;
    data.kinds = temp.workspace().studyRules().kinds();
    data.conversions = temp.workspace().studyRules().conversions();
    data.units = units;
    data.today = QDate(2026, 11, 24);
    StudySession session;
    session.branchId = org.firstBranch;
    SessionDialog dialog(data, session, [](const StudySession &) {});
    CHECK(clashes(dialogTexts(&dialog)) == QStringList());

    Organization branch;
    branch.kind = OrganizationKind::Branch;
    OrganizationDialog unit(QStringLiteral("新增单位"), branch, QStringLiteral("集团党委"),
                            {OrganizationKind::Branch}, QDate(2026, 11, 24), [](const Organization &) {});
    CHECK(clashes(dialogTexts(&unit)) == QStringList());

    Cadre someone = sampleCadre(org.firstBranch, QStringLiteral("A001"));
    someone.id = temp.workspace().cadres().add(someone);
    OpeningHoursDialog opening(temp.workspace().openingHours(), someone, QDate(2026, 11, 24));
    CHECK(clashes(dialogTexts(&opening)) == QStringList());
}

TEST_CASE("Each menu has one item per underlined letter", "[ui][mnemonic]")
{
    FreshShellSettings fresh;
    TemporaryWorkspace temp;
    MainWindow window(temp.workspace());
    QStringList titles;
    for (QAction *menuAction : window.menuBar()->actions()) {
        titles.append(menuAction->text());
        QStringList items;
        for (const QAction *action : menuAction->menu()->actions())
            items.append(action->text());
        INFO(menuAction->text().toStdString());
        CHECK(clashes(items) == QStringList());
    }
    CHECK(clashes(titles) == QStringList());
}
