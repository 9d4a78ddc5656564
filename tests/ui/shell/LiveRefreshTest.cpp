// Live refresh: two windows on one file see each other's changes, and an edit never silently
// overwrites a change made meanwhile.
#include "GuiTestSupport.h"
#include "TestSupport.h"
#include "Workspace.h"
#include "common/RecordTable.h"
#include "history/RecycleBinPage.h"
#include "roster/CadreDialog.h"
#include "roster/CadreFilterProxy.h"
#include "roster/CadreRepository.h"
#include "roster/CadreTableModel.h"
#include "roster/RosterPage.h"
#include "shell/MainWindow.h"
#include "storage/ChangeWatcher.h"

#include <QLineEdit>
#include <QPointer>
#include <QTableView>

using namespace rongpei;
using namespace rongpei::test;

namespace {

/// This window on a file with 张敏 (A001) and 李强 (A002), and another connection to the same file:
/// what another RongPei window or rongpei-cli would be.
struct TwoWindows
{
    FreshShellSettings freshSettings;
    TemporaryWorkspace temp;
    SmallOrganization org = SmallOrganization::create(temp.workspace());
    qint64 zhang = temp.workspace().cadres().add(
        sampleCadre(org.firstBranch, QStringLiteral("A001"), QStringLiteral("张敏")));
    qint64 li = temp.workspace().cadres().add(
        sampleCadre(org.firstBranch, QStringLiteral("A002"), QStringLiteral("李强")));
    MainWindow window{temp.workspace()};
    RosterPage *roster = window.page<RosterPage>();
    FixedClock otherClock{QDateTime(QDate(2026, 11, 24), QTime(10, 5))};
    Workspace other{temp.path(), Database::OpenMode::MustExist, otherClock};

    TwoWindows()
    {
        window.show();
        window.activateWindow();
        REQUIRE(QTest::qWaitForWindowActive(&window));
        window.showPage(roster);
        REQUIRE(waitUntil([this] { return roster->isLoaded(); }));
    }

    void select(qint64 id)
    {
        selectSourceRow(roster->table(), roster->proxy(),
                        roster->proxy()->sourceModel()->index(roster->model()->rowOf(id), 0));
    }

    QString nameShown(qint64 id) const
    {
        const int row = roster->model()->rowOf(id);
        return row < 0 ? QString() : roster->model()->cadreAt(row).name;
    }

    void changeInOther(qint64 id, const std::function<void(Cadre &)> &change)
    {
        Cadre cadre = *other.cadres().find(id);
        change(cadre);
        other.cadres().update(cadre);
    }
};

} // namespace

TEST_CASE("Another window's changes show by themselves, keeping the clerk's selection", "[ui][journal]")
{
    TwoWindows w;
    w.select(w.li);
    REQUIRE(selectedRecordId(w.roster->table()) == w.li);

    w.changeInOther(w.zhang, [](Cadre &cadre) { cadre.name = QStringLiteral("张敏华"); });
    const qint64 wang =
        w.other.cadres().add(sampleCadre(w.org.firstBranch, QStringLiteral("A003"), QStringLiteral("王芳")));
    // No F5 and no call to check(): the window's own timer notices.
    REQUIRE(waitUntil([&w] { return w.roster->proxy()->rowCount() == 3; }));
    REQUIRE(waitUntil([&w] { return w.nameShown(w.zhang) == QStringLiteral("张敏华"); }));
    CHECK(w.nameShown(wang) == QStringLiteral("王芳"));
    CHECK(selectedRecordId(w.roster->table()) == w.li);

    w.other.cadres().remove(wang);
    REQUIRE(waitUntil([&w] { return w.roster->proxy()->rowCount() == 2; }));
    CHECK(selectedRecordId(w.roster->table()) == w.li);

    // This window's own changes are shown by their own signals, not announced a second time, also
    // when they are read together with another window's.
    w.temp.workspace().cadres().remove(w.zhang);
    CHECK_FALSE(w.window.changeWatcher()->check());
    CHECK(w.roster->proxy()->rowCount() == 1);
    std::vector<JournalEntry> announced;
    QObject::connect(w.window.changeWatcher(), &ChangeWatcher::foreignChanges, &w.window,
                     [&announced](const std::vector<JournalEntry> &entries) { announced = entries; });
    w.temp.workspace().cadres().add(
        sampleCadre(w.org.firstBranch, QStringLiteral("A004"), QStringLiteral("赵磊")));
    w.other.cadres().add(sampleCadre(w.org.firstBranch, QStringLiteral("A005"), QStringLiteral("孙丽")));
    CHECK(w.window.changeWatcher()->check());
    REQUIRE(announced.size() == 1);
    CHECK(announced.front().value(QStringLiteral("name")) == QStringLiteral("孙丽"));
    CHECK(w.roster->proxy()->rowCount() == 3);
}

TEST_CASE("Saving a cadre another window changed meanwhile asks first, and never overwrites silently",
          "[ui][journal]")
{
    TwoWindows w;
    w.select(w.zhang);
    w.roster->editSelected();
    QPointer<CadreDialog> dialog = w.window.findChild<CadreDialog *>();
    REQUIRE(dialog);
    const QString originalPost = w.temp.workspace().cadres().find(w.zhang)->post;
    REQUIRE(originalPost != QStringLiteral("车间主任"));
    auto *post = dialog->findChild<QLineEdit *>(CadreField::post);
    REQUIRE(post != nullptr);
    post->clear();
    typeText(post, QStringLiteral("车间主任"));

    w.changeInOther(w.zhang, [](Cadre &cadre) { cadre.phone = QStringLiteral("13800001111"); });

    // Go on editing: nothing is saved, the dialog stays.
    MessageBoxAnswerer answers;
    answers.answer(QMessageBox::Cancel);
    dialog->accept();
    REQUIRE(answers.texts.size() == 1);
    CHECK(answers.texts.first().contains(QStringLiteral("10:05")));
    CHECK(dialog->isVisible());
    CHECK(w.temp.workspace().cadres().find(w.zhang)->post == originalPost);

    // Reload theirs: the dialog closes unsaved and opens again with the other window's phone.
    answers.answer(QMessageBox::Discard);
    dialog->accept();
    REQUIRE(waitUntil([&dialog] { return dialog.isNull(); }));
    QPointer<CadreDialog> reloaded;
    REQUIRE(
        waitUntil([&w, &reloaded] { return (reloaded = w.window.findChild<CadreDialog *>()) != nullptr; }));
    CHECK(reloaded->findChild<QLineEdit *>(CadreField::phone)->text() == QStringLiteral("13800001111"));
    CHECK(w.temp.workspace().cadres().find(w.zhang)->post == originalPost);

    // Changed again meanwhile, and this time saved over: the clerk's edit wins, on purpose.
    reloaded->findChild<QLineEdit *>(CadreField::post)->clear();
    typeText(reloaded->findChild<QLineEdit *>(CadreField::post), QStringLiteral("车间主任"));
    w.changeInOther(w.zhang, [](Cadre &cadre) { cadre.notes = QStringLiteral("另一窗口的备注"); });
    answers.answer(QMessageBox::Save);
    reloaded->accept();
    REQUIRE(answers.texts.size() == 3);
    const Cadre saved = *w.temp.workspace().cadres().find(w.zhang);
    CHECK(saved.post == QStringLiteral("车间主任"));
    CHECK(saved.phone == QStringLiteral("13800001111"));
}

TEST_CASE("A clerk restores a deleted cadre from the recycle bin, and the roster shows it again",
          "[ui][journal][bin]")
{
    TwoWindows w;
    const Cadre zhang = *w.temp.workspace().cadres().find(w.zhang);
    w.temp.workspace().cadres().remove(w.zhang);
    REQUIRE(waitUntil([&w] { return w.roster->proxy()->rowCount() == 1; }));

    auto *bin = w.window.page<RecycleBinPage>();
    REQUIRE(bin != nullptr);
    w.window.showPage(bin);
    REQUIRE(bin->recordCount() == 1);
    bin->table()->setFocus();
    bin->table()->selectRow(0);
    QTest::keyClick(bin->table(), Qt::Key_Return); // Enter restores
    CHECK(bin->recordCount() == 0);
    const std::optional<Cadre> back = w.temp.workspace().cadres().find(w.zhang);
    REQUIRE(back);
    CHECK(back->uuid == zhang.uuid);
    CHECK(back->name == zhang.name);
    CHECK(w.roster->proxy()->rowCount() == 2); // announced to the roster, without F5

    // A deletion in another window reaches the bin too; emptying it asks first.
    w.other.cadres().remove(w.li);
    REQUIRE(waitUntil([bin] { return bin->recordCount() == 1; }));
    MessageBoxAnswerer answers;
    answers.answer(QMessageBox::Yes);
    bin->emptyBin();
    CHECK(answers.texts.size() == 1);
    CHECK(bin->recordCount() == 0);
}
