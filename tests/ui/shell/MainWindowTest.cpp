#include "shell/MainWindow.h"

#include "GuiTestSupport.h"
#include "TestSupport.h"
#include "common/BackgroundJob.h"
#include "organization/OrganizationPage.h"
#include "organization/OrganizationRepository.h"
#include "organization/OrganizationTreeModel.h"
#include "roster/CadreDialog.h"
#include "roster/CadreFilterProxy.h"
#include "roster/CadreRepository.h"
#include "roster/RosterPage.h"
#include "study/StudySessionRepository.h"

#include <QApplication>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QTableView>
#include <QTest>
#include <QThreadPool>
#include <QTimer>
#include <QTreeView>

using namespace rongpei;
using namespace rongpei::test;

namespace {

struct OpenWindow
{
    FreshShellSettings freshSettings;
    TemporaryWorkspace temp;
    SmallOrganization org = SmallOrganization::create(temp.workspace());
    MainWindow window{temp.workspace()};

    OpenWindow()
    {
        window.show();
        activate();
    }

    void activate()
    {
        window.activateWindow();
        REQUIRE(QTest::qWaitForWindowActive(&window));
    }

    CadreDialog *openDialog()
    {
        auto *dialog = window.findChild<CadreDialog *>();
        REQUIRE(dialog != nullptr);
        REQUIRE(dialog->isVisible());
        return dialog;
    }

    template <typename T = QLineEdit>
    static T *field(QWidget *dialog, const QString &name)
    {
        auto *widget = dialog->findChild<T *>(name);
        REQUIRE(widget != nullptr);
        return widget;
    }

    /// Lets a closed dialog go, and gives the focus back to the main window as a window manager would.
    void waitForDialogClosed()
    {
        QTest::qWait(0);
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
        activate();
    }
};

} // namespace

TEST_CASE("A clerk adds a cadre, finds it, deletes it and undoes the deletion", "[ui][roster]")
{
    OpenWindow w;
    RosterPage *roster = w.window.page<RosterPage>();
    w.window.showPage(roster);
    REQUIRE(waitUntil([roster] { return roster->isLoaded(); }));
    CadreRepository &cadres = w.temp.workspace().cadres();

    // Ctrl+N opens the dialog; the fields are filled by typing.
    QTest::keyClick(&w.window, Qt::Key_N, Qt::ControlModifier);
    CadreDialog *dialog = w.openDialog();
    typeText(OpenWindow::field(dialog, CadreField::name), QStringLiteral("张敏"));
    QTest::keyClicks(OpenWindow::field(dialog, CadreField::employeeNumber), QStringLiteral("HY900001"));
    typeText(OpenWindow::field(dialog, CadreField::post), QStringLiteral("组织委员"));
    QTest::keyClicks(OpenWindow::field(dialog, CadreField::phone), QStringLiteral("13912345678"));
    QTest::keyClick(OpenWindow::field(dialog, CadreField::phone), Qt::Key_Return);
    w.waitForDialogClosed();

    REQUIRE(cadres.count() == 1);
    const Cadre saved = cadres.all().first();
    CHECK(saved.name == QStringLiteral("张敏"));
    CHECK(saved.employeeNumber == QStringLiteral("HY900001"));
    CHECK(saved.post == QStringLiteral("组织委员"));
    CHECK(saved.branchId > 0);
    CHECK(roster->proxy()->rowCount() == 1);

    // Search as you type: by number, by part of the name, and a miss.
    QTest::keyClick(&w.window, Qt::Key_F, Qt::ControlModifier);
    CHECK(roster->searchBox()->hasFocus());
    QTest::keyClicks(roster->searchBox(), QStringLiteral("hy9000"));
    CHECK(roster->proxy()->rowCount() == 1);
    roster->searchBox()->clear();
    typeText(roster->searchBox(), QStringLiteral("敏"));
    CHECK(roster->proxy()->rowCount() == 1);
    typeText(roster->searchBox(), QStringLiteral("华"));
    CHECK(roster->proxy()->rowCount() == 0);
    roster->searchBox()->clear();
    typeText(roster->searchBox(), QStringLiteral("张敏"));
    REQUIRE(roster->proxy()->rowCount() == 1);

    // Delete asks first; No keeps the cadre, Yes deletes it.
    roster->table()->setFocus();
    roster->table()->selectRow(0);
    MessageBoxAnswerer answers;
    answers.answer(QMessageBox::No);
    QTest::keyClick(roster->table(), Qt::Key_Delete);
    CHECK(cadres.count() == 1);
    w.activate();
    answers.answer(QMessageBox::Yes);
    QTest::keyClick(roster->table(), Qt::Key_Delete);
    w.activate();
    REQUIRE(answers.texts.size() == 2);
    CHECK(answers.texts.last().contains(QStringLiteral("张敏")));
    CHECK(cadres.count() == 0);
    CHECK(roster->proxy()->rowCount() == 0);

    // Ctrl+Z restores the cadre with its identity; Ctrl+Shift+Z deletes it again.
    QTest::keyClick(&w.window, Qt::Key_Z, Qt::ControlModifier);
    REQUIRE(cadres.count() == 1);
    CHECK(cadres.all().first().uuid == saved.uuid);
    CHECK(roster->proxy()->rowCount() == 1);
    QTest::keyClick(&w.window, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    CHECK(cadres.count() == 0);
    QTest::keyClick(&w.window, Qt::Key_Z, Qt::ControlModifier);
    CHECK(cadres.count() == 1);
    // Undoing the addition too empties the roster.
    QTest::keyClick(&w.window, Qt::Key_Z, Qt::ControlModifier);
    CHECK(cadres.count() == 0);
}

TEST_CASE("Deleting a cadre on a roll call is refused before the question, naming the roll calls",
          "[ui][roster]")
{
    OpenWindow w;
    CadreRepository &cadres = w.temp.workspace().cadres();
    const qint64 id =
        cadres.add(sampleCadre(w.org.firstBranch, QStringLiteral("A001"), QStringLiteral("李强")));
    const qint64 kind = studyKind(w.temp.workspace(), QStringLiteral("theme_day"));
    w.temp.workspace().studySessions().add(sampleSession(kind, w.org.firstBranch, QDate(2026, 3, 2), {id}));
    w.temp.workspace().studySessions().add(sampleSession(kind, w.org.firstBranch, QDate(2026, 4, 6), {id}));
    RosterPage *roster = w.window.page<RosterPage>();
    w.window.showPage(roster);
    REQUIRE(waitUntil([roster] { return roster->isLoaded(); }));
    roster->table()->setFocus();
    roster->table()->selectRow(0);

    MessageBoxAnswerer answers;
    answers.answer(QMessageBox::Ok);
    QTest::keyClick(roster->table(), Qt::Key_Delete);
    w.activate();
    REQUIRE(answers.texts.size() == 1); // the refusal only: no "are you sure?" first
    CHECK(answers.texts.first().contains(QStringLiteral("李强")));
    CHECK(answers.texts.first().contains(QStringLiteral("roll calls of 2 study sessions")));
    CHECK(cadres.count() == 1);
    CHECK_FALSE(roster->undoStack()->canUndo());
}

TEST_CASE("A refused cadre keeps the dialog open with the message on the field", "[ui][roster]")
{
    OpenWindow w;
    CadreRepository &cadres = w.temp.workspace().cadres();
    cadres.add(sampleCadre(w.org.firstBranch, QStringLiteral("A001"), QStringLiteral("李强")));
    w.window.showPage(w.window.page<RosterPage>());
    REQUIRE(waitUntil([&w] { return w.window.page<RosterPage>()->isLoaded(); }));

    QTest::keyClick(&w.window, Qt::Key_N, Qt::ControlModifier);
    CadreDialog *dialog = w.openDialog();
    QTest::keyClicks(OpenWindow::field(dialog, CadreField::employeeNumber), QStringLiteral("a001"));
    QTest::keyClick(OpenWindow::field(dialog, CadreField::employeeNumber), Qt::Key_Return);
    CHECK(dialog->isVisible());
    CHECK(dialog->errorText(CadreField::name).size() > 0);
    CHECK(dialog->errorText(CadreField::employeeNumber).contains(QStringLiteral("李强")));
    CHECK(dialog->focusWidget() == OpenWindow::field(dialog, CadreField::name)); // the first wrong field
    CHECK(cadres.count() == 1);

    typeText(OpenWindow::field(dialog, CadreField::name), QStringLiteral("王芳"));
    // A fixed field's message goes at once; the one still wrong keeps its own.
    CHECK(dialog->errorText(CadreField::name).isEmpty());
    CHECK_FALSE(dialog->errorText(CadreField::employeeNumber).isEmpty());
    OpenWindow::field(dialog, CadreField::employeeNumber)->clear();
    QTest::keyClicks(OpenWindow::field(dialog, CadreField::employeeNumber), QStringLiteral("A002"));
    QTest::keyClick(OpenWindow::field(dialog, CadreField::employeeNumber), Qt::Key_Return);
    w.waitForDialogClosed();
    CHECK(cadres.count() == 2);
}

TEST_CASE("Enter edits the selected cadre and Ctrl+Z takes the edit back", "[ui][roster]")
{
    OpenWindow w;
    CadreRepository &cadres = w.temp.workspace().cadres();
    const qint64 id = cadres.add(sampleCadre(w.org.firstBranch, QStringLiteral("A001")));
    RosterPage *roster = w.window.page<RosterPage>();
    w.window.showPage(roster);
    REQUIRE(waitUntil([roster] { return roster->isLoaded(); }));
    roster->table()->setFocus();
    roster->table()->selectRow(0);
    QTest::keyClick(roster->table(), Qt::Key_Return);
    CadreDialog *dialog = w.openDialog();
    QLineEdit *post = OpenWindow::field(dialog, CadreField::post);
    post->selectAll();
    typeText(post, QStringLiteral("总会计师"));
    QTest::keyClick(post, Qt::Key_Return);
    w.waitForDialogClosed();
    CHECK(cadres.find(id)->post == QStringLiteral("总会计师"));

    QTest::keyClick(&w.window, Qt::Key_Z, Qt::ControlModifier);
    CHECK(cadres.find(id)->post == QStringLiteral("财务主管"));
}

TEST_CASE("The organisation page builds the tree and refuses to delete a unit in use", "[ui][organization]")
{
    OpenWindow w;
    OrganizationPage *page = w.window.page<OrganizationPage>();
    w.window.showPage(page);
    OrganizationRepository &units = w.temp.workspace().organizations();
    w.temp.workspace().cadres().add(sampleCadre(w.org.secondBranch, QStringLiteral("A001")));

    // Read when first shown, the tree keeps the unit names' column stretched across the view.
    CHECK(page->tree()->header()->sectionResizeMode(OrganizationTreeModel::NameColumn) ==
          QHeaderView::Stretch);
    CHECK(page->tree()->model()->columnCount() == OrganizationTreeModel::ColumnCount);

    // The enterprise is selected from the start, so Add unit has a place to add to.
    CHECK(page->tree()->currentIndex().data().toString() == QStringLiteral("华远集团"));

    // Add a branch under the committee.
    page->selectUnit(w.org.committee);
    QTest::keyClick(&w.window, Qt::Key_N, Qt::ControlModifier);
    auto *name = page->findChild<QLineEdit *>(OrganizationField::name);
    REQUIRE(name != nullptr);
    typeText(name, QStringLiteral("第三党支部"));
    QTest::keyClick(name, Qt::Key_Return);
    w.waitForDialogClosed();
    REQUIRE(units.count() == 8);
    const auto all = units.all();
    const auto found = std::find_if(
        all.begin(), all.end(), [](const Organization &o) { return o.name == QStringLiteral("第三党支部"); });
    REQUIRE(found != all.end());
    const Organization added = *found;
    CHECK(added.name == QStringLiteral("第三党支部"));
    CHECK(added.kind == OrganizationKind::Branch);
    CHECK(added.parentId == w.org.committee);

    // The tree and the details count the cadre at its branch and every unit above.
    auto *details = page->findChild<QLabel *>(QStringLiteral("organizationDetails"));
    REQUIRE(details != nullptr);
    page->selectUnit(w.org.committee);
    CHECK(details->text().contains(QStringLiteral("including units below:</td><td>1</td>")));
    w.temp.workspace().cadres().add(sampleCadre(w.org.firstBranch, QStringLiteral("A002")));
    CHECK(page->tree()->model()->index(0, 2).data().toInt() == 2); // the enterprise, at the root
    CHECK(details->text().contains(QStringLiteral("including units below:</td><td>2</td>")));
    CHECK(details->text().contains(QStringLiteral("华远集团 › 集团党委")));

    // A branch with a cadre cannot be deleted; the message says why, before asking anything.
    page->selectUnit(w.org.secondBranch);
    page->tree()->setFocus();
    MessageBoxAnswerer answers;
    answers.answer(QMessageBox::Ok);
    QTest::keyClick(page->tree(), Qt::Key_Delete);
    REQUIRE(answers.texts.size() == 1);
    CHECK(answers.texts.at(0).contains(QStringLiteral("第二党支部")));
    CHECK(answers.texts.at(0).contains(QStringLiteral("1")));
    CHECK(units.find(w.org.secondBranch).has_value());
    w.activate();

    // The new, empty branch can be deleted, and Ctrl+Z brings it back with its id and place.
    page->selectUnit(added.id);
    page->tree()->setFocus();
    answers.answer(QMessageBox::Yes);
    QTest::keyClick(page->tree(), Qt::Key_Delete);
    CHECK_FALSE(units.find(added.id).has_value());
    w.activate();
    QTest::keyClick(&w.window, Qt::Key_Z, Qt::ControlModifier);
    REQUIRE(units.find(added.id).has_value());
    CHECK(units.find(added.id)->uuid == added.uuid);
    CHECK(units.find(added.id)->parentId == w.org.committee);
    // Redo deletes it again.
    QTest::keyClick(&w.window, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    CHECK_FALSE(units.find(added.id).has_value());
}

TEST_CASE("Renaming, moving and adding units are undone and redone with Ctrl+Z", "[ui][organization][undo]")
{
    OpenWindow w;
    OrganizationPage *page = w.window.page<OrganizationPage>();
    w.window.showPage(page);
    OrganizationRepository &units = w.temp.workspace().organizations();
    const QString officeName = units.find(w.org.office)->name;

    // Rename through the dialog (Enter opens it).
    page->selectUnit(w.org.office);
    page->tree()->setFocus();
    QTest::keyClick(page->tree(), Qt::Key_Return);
    auto *name = page->findChild<QLineEdit *>(OrganizationField::name);
    REQUIRE(name != nullptr);
    name->selectAll();
    typeText(name, QStringLiteral("党建工作部"));
    QTest::keyClick(name, Qt::Key_Return);
    w.waitForDialogClosed();
    CHECK(units.find(w.org.office)->name == QStringLiteral("党建工作部"));
    QTest::keyClick(&w.window, Qt::Key_Z, Qt::ControlModifier);
    CHECK(units.find(w.org.office)->name == officeName);
    QTest::keyClick(&w.window, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    CHECK(units.find(w.org.office)->name == QStringLiteral("党建工作部"));

    // A department moved to another branch takes its cadres along; undo brings both back.
    const qint64 cadre = w.temp.workspace().cadres().add([&] {
        Cadre c = sampleCadre(w.org.firstBranch, QStringLiteral("M001"));
        c.departmentId = w.org.office;
        return c;
    }());
    page->selectUnit(w.org.office);
    bool chosen = false;
    QTimer::singleShot(0, [&chosen] {
        auto *choice = qobject_cast<QInputDialog *>(QApplication::activeModalWidget());
        if (!choice)
            return;
        const QStringList places = choice->comboBoxItems();
        for (const QString &place : places)
            if (place.endsWith(QStringLiteral("第二党支部"))) {
                choice->setTextValue(place);
                chosen = true;
            }
        choice->accept();
    });
    page->moveSelected();
    REQUIRE(chosen);
    w.activate();
    CHECK(units.find(w.org.office)->parentId == w.org.secondBranch);
    CHECK(w.temp.workspace().cadres().find(cadre)->branchId == w.org.secondBranch);
    QTest::keyClick(&w.window, Qt::Key_Z, Qt::ControlModifier);
    CHECK(units.find(w.org.office)->parentId == w.org.firstBranch);
    CHECK(w.temp.workspace().cadres().find(cadre)->branchId == w.org.firstBranch);

    // Adding through Ctrl+N is undone by removing the unit.
    page->selectUnit(w.org.committee);
    QTest::keyClick(&w.window, Qt::Key_N, Qt::ControlModifier);
    name = page->findChild<QLineEdit *>(OrganizationField::name);
    REQUIRE(name != nullptr);
    typeText(name, QStringLiteral("第九党支部"));
    QTest::keyClick(name, Qt::Key_Return);
    w.waitForDialogClosed();
    CHECK(units.count() == 8);
    QTest::keyClick(&w.window, Qt::Key_Z, Qt::ControlModifier);
    CHECK(units.count() == 7);
}

TEST_CASE("The roster is read off the GUI thread when first shown, and read again if it changed meanwhile",
          "[ui][roster]")
{
    OpenWindow w;
    CadreRepository &cadres = w.temp.workspace().cadres();
    cadres.add(sampleCadre(w.org.firstBranch, QStringLiteral("A001")));
    RosterPage *roster = w.window.page<RosterPage>();
    CHECK_FALSE(roster->isLoaded()); // not shown yet: nothing read

    w.window.showPage(roster);
    // The reader has read one cadre; its result waits in the event queue while a second is added.
    BackgroundJob::threadPool()->waitForDone();
    cadres.add(sampleCadre(w.org.firstBranch, QStringLiteral("A002"), QStringLiteral("王芳")));
    REQUIRE(waitUntil([roster] { return roster->isLoaded(); }));
    CHECK(roster->proxy()->rowCount() == 2);
}
