#include "rotation/RotationPage.h"

#include "GuiTestSupport.h"
#include "TestSupport.h"
#include "common/TableRoles.h"
#include "roster/CadrePickerDialog.h"
#include "roster/CadreRepository.h"
#include "roster/PostHistoryRepository.h"
#include "rotation/EndRotationDialog.h"
#include "rotation/ExchangeDuePage.h"
#include "rotation/ExchangeRules.h"
#include "rotation/PostHistoryDialog.h"
#include "rotation/RotationDialog.h"
#include "rotation/RotationRepository.h"
#include "rotation/RotationTableModel.h"
#include "rotation/RotationTimeline.h"
#include "shell/MainWindow.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <QTimer>

using namespace rongpei;
using namespace rongpei::test;

namespace {

/// A window over a party-affairs cadre of the first branch and an operations cadre of the second.
struct RotationWindow
{
    FreshShellSettings freshSettings;
    TemporaryWorkspace temp;
    SmallOrganization org = SmallOrganization::create(temp.workspace());
    qint64 party = 0;
    qint64 operations = 0;
    std::unique_ptr<MainWindow> window;

    RotationWindow()
    {
        Cadre a = sampleCadre(org.firstBranch, QStringLiteral("R001"), QStringLiteral("王党务"));
        a.track = Track::Party;
        a.post = QStringLiteral("党务专员");
        a.hiredOn = QDate(2012, 4, 1);
        party = temp.workspace().cadres().add(a);
        Cadre b = sampleCadre(org.secondBranch, QStringLiteral("R002"), QStringLiteral("李经营"));
        b.post = QStringLiteral("生产部经理");
        operations = temp.workspace().cadres().add(b);
        window = std::make_unique<MainWindow>(temp.workspace());
        window->show();
        window->activateWindow();
        REQUIRE(QTest::qWaitForWindowActive(window.get()));
    }

    RotationPage *showPage()
    {
        auto *page = window->page<RotationPage>();
        REQUIRE(page != nullptr);
        window->showPage(page);
        return page;
    }
};

template <typename T>
T *child(QWidget *parent, const QString &name)
{
    auto *widget = parent->findChild<T *>(name);
    REQUIRE(widget != nullptr);
    return widget;
}

/// Chooses the first cadre of the picker that opens next whose row mentions `name`.
void pickNextCadre(const QString &name)
{
    QTimer::singleShot(0, [name] {
        auto *picker = qobject_cast<CadrePickerDialog *>(QApplication::activeModalWidget());
        REQUIRE(picker != nullptr);
        typeText(picker->searchBox(), name);
        QTableView *table = picker->table();
        REQUIRE(waitUntil([table] { return table->model()->rowCount() == 1; }));
        table->setCurrentIndex(table->model()->index(0, 0));
        picker->accept();
    });
}

void save(QDialog *dialog)
{
    auto *buttons = dialog->findChild<QDialogButtonBox *>();
    REQUIRE(buttons != nullptr);
    QTest::mouseClick(buttons->button(QDialogButtonBox::Save), Qt::LeftButton);
}

} // namespace

TEST_CASE(
    "An officer plans a rotation across the tracks, sees it listed, opens it and ends it in the host post",
    "[ui][rotation]")
{
    RotationWindow w;
    RotationPage *page = w.showPage();
    QTest::keyClick(w.window.get(), Qt::Key_N, Qt::ControlModifier);
    auto *dialog = waitForChild<RotationDialog>(w.window.get());
    REQUIRE(dialog != nullptr);
    pickNextCadre(QStringLiteral("王党务"));
    QTest::mouseClick(child<QPushButton>(dialog, QStringLiteral("chooseCadre")), Qt::LeftButton);
    CHECK(child<QLineEdit>(dialog, QStringLiteral("fromPost"))->text() == QStringLiteral("党务专员"));
    auto *host = child<QComboBox>(dialog, QStringLiteral("toUnit"));
    host->setCurrentIndex(host->findData(w.org.production));
    child<QDateEdit>(dialog, QStringLiteral("plannedStart"))->setDate(QDate(2026, 3, 1));
    child<QDateEdit>(dialog, QStringLiteral("plannedEnd"))->setDate(QDate(2026, 2, 1));
    save(dialog); // the host post is missing and the end is before the start
    REQUIRE(dialog->isVisible());
    CHECK_FALSE(dialog->errorText(RotationField::toPost).isEmpty());
    CHECK_FALSE(dialog->errorText(RotationField::plannedEnd).isEmpty());
    CHECK(w.temp.workspace().rotations().count() == 0);

    typeText(child<QLineEdit>(dialog, QStringLiteral("toPost")), QStringLiteral("生产部副经理"));
    CHECK(child<QLabel>(dialog, QStringLiteral("direction"))
              ->text()
              .contains(enumLabel(RotationDirection::PartyToOperations)));
    child<QDateEdit>(dialog, QStringLiteral("plannedEnd"))->setDate(QDate(2026, 10, 31));
    save(dialog);
    REQUIRE(waitUntil([dialog] { return !dialog->isVisible(); }));
    REQUIRE(w.temp.workspace().rotations().count() == 1);

    // Listed under the year, ongoing and across the tracks.
    QTableView *table = page->table();
    REQUIRE(waitUntil([table] { return table->model()->rowCount() == 1; }));
    const QModelIndex status = table->model()->index(0, RotationTableModel::StatusColumn);
    CHECK(status.data().toString() == enumLabel(RotationStatus::Completed));
    CHECK(table->model()->index(0, RotationTableModel::DirectionColumn).data().toString() ==
          enumLabel(RotationDirection::PartyToOperations));
    // Ended 2026-10-31: its final evaluation is not overdue within the month after; the mid-term one
    // no longer is once the rotation ended.
    CHECK(table->model()->index(0, RotationTableModel::EvaluationColumn).data().toString().isEmpty());

    // Opened from its row with Enter, it shows what was saved.
    table->setFocus();
    table->setCurrentIndex(table->model()->index(0, 0));
    QTest::keyClick(table, Qt::Key_Return);
    auto *opened = waitForChild<RotationDialog>(w.window.get());
    REQUIRE(opened != nullptr);
    CHECK(opened->rotation().toPost == QStringLiteral("生产部副经理"));
    opened->reject();

    // On the timeline: one row, its bar opens the rotation when clicked.
    page->showView(1);
    RotationTimeline *timeline = page->timeline();
    REQUIRE(waitUntil([timeline] { return timeline->rowCount() == 1; }));
    const QRect bar = timeline->barRect(1);
    REQUIRE_FALSE(bar.isEmpty());
    QTest::mouseClick(timeline->viewport(), Qt::LeftButton, {}, bar.center());
    RotationDialog *fromBar = nullptr;
    REQUIRE(waitUntil([&] {
        for (RotationDialog *shown : w.window->findChildren<RotationDialog *>())
            if (shown->isVisible())
                fromBar = shown;
        return fromBar != nullptr;
    }));
    CHECK(fromBar->rotation().id == 1);
    fromBar->reject();
    // Zoomed in from the keyboard, the bar grows.
    timeline->setFocus();
    QTest::keyClick(timeline, Qt::Key_Plus, Qt::ControlModifier);
    CHECK(timeline->barRect(1).width() > bar.width());
    page->showView(0);

    // Ended in the host post: the roster and the post history follow; Ctrl+Z takes both back.
    QTimer::singleShot(0, [] {
        auto *ask = qobject_cast<EndRotationDialog *>(QApplication::activeModalWidget());
        REQUIRE(ask != nullptr);
        ask->findChild<QCheckBox *>(QStringLiteral("stays"))->setChecked(true);
        ask->accept();
    });
    page->endSelected();
    const Cadre moved = *w.temp.workspace().cadres().find(w.party);
    CHECK(moved.post == QStringLiteral("生产部副经理"));
    CHECK(moved.branchId == w.org.secondBranch);
    const QList<PostRecord> posts = w.temp.workspace().postHistory().of(w.party);
    REQUIRE(posts.size() == 2);
    CHECK(posts.at(1).source == PostSource::Rotation);
    CHECK(w.temp.workspace().rotations().find(1)->actualEnd == QDate(2026, 10, 31));
    page->undoStack()->undo();
    CHECK(w.temp.workspace().cadres().find(w.party)->post == QStringLiteral("党务专员"));
    CHECK(w.temp.workspace().postHistory().of(w.party).size() == 1);
    CHECK_FALSE(w.temp.workspace().rotations().find(1)->actualEnd.isValid());
}

TEST_CASE("The post history opens from the roster's cadre and lists the posts and rotations",
          "[ui][rotation]")
{
    RotationWindow w;
    PostRecord earlier;
    earlier.cadreId = w.party;
    earlier.effectiveOn = QDate(2008, 7, 1);
    earlier.unitName = QStringLiteral("市化工机械厂");
    earlier.post = QStringLiteral("技术员");
    w.temp.workspace().postHistory().add(earlier);
    PostHistoryDialog dialog(w.temp.workspace(), w.party, w.window.get());
    dialog.show();
    CHECK(dialog.table()->rowCount() == 1);
    CHECK(dialog.table()->item(0, 1)->text() == QStringLiteral("市化工机械厂"));
    // No post of the history is the current one: since when is not recorded.
    CHECK(dialog.tenure()->text().contains(QStringLiteral("党务专员")));
    Cadre cadre = *w.temp.workspace().cadres().find(w.party);
    cadre.post = QStringLiteral("党群工作部副主任");
    w.temp.workspace().cadres().update(cadre);
    REQUIRE(waitUntil([&dialog] { return dialog.table()->rowCount() == 2; }));
    // The list is the dialog's to undo.
    dialog.table()->selectRow(0);
    QTimer::singleShot(0, [] {
        auto *box = qobject_cast<QDialog *>(QApplication::activeModalWidget());
        REQUIRE(box != nullptr);
        auto *buttons = box->findChild<QDialogButtonBox *>();
        REQUIRE(buttons != nullptr);
        QTest::mouseClick(buttons->button(QDialogButtonBox::Yes), Qt::LeftButton);
    });
    dialog.deleteSelected();
    REQUIRE(waitUntil([&dialog] { return dialog.table()->rowCount() == 1; }));
    dialog.undoStack()->undo();
    REQUIRE(waitUntil([&dialog] { return dialog.table()->rowCount() == 2; }));
}

TEST_CASE("The exchange-due page lists who held a post as long as the rule allows", "[ui][rotation]")
{
    RotationWindow w;
    Workspace &workspace = w.temp.workspace();
    Cadre cadre = *workspace.cadres().find(w.party);
    PostRecord since = currentPostOf(cadre);
    since.effectiveOn = QDate(2014, 5, 1);
    workspace.postHistory().add(since);
    auto *page = w.window->page<ExchangeDuePage>();
    REQUIRE(page != nullptr);
    w.window->showPage(page);
    REQUIRE(waitUntil([page] { return !page->isComputing(); }));
    CHECK(page->table()->model()->rowCount() == 0);
    workspace.exchangeRules().setRules({{CadreLevel::Middle, true, 10}});
    REQUIRE(waitUntil([page] { return !page->isComputing() && page->table()->model()->rowCount() == 1; }));
    CHECK(page->table()->model()->index(0, 0).data().toString() == QStringLiteral("王党务"));
    CHECK(page->summary()->text().contains(QStringLiteral("1")));
}
