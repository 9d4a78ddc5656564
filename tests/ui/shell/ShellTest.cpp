#include "GuiTestSupport.h"
#include "TestSupport.h"
#include "common/CsvFile.h"
#include "common/ScopeCombo.h"
#include "common/SearchFilterProxy.h"
#include "common/TableExport.h"
#include "organization/OrganizationRepository.h"
#include "roster/CadreFilterProxy.h"
#include "roster/CadreRepository.h"
#include "roster/RosterPage.h"
#include "shell/MainWindow.h"
#include "shell/ScopePeriodBar.h"
#include "shell/UserGuideDialog.h"
#include "study/CompliancePage.h"
#include "study/ComplianceTableModel.h"
#include "study/MeetingCalendarPage.h"
#include "study/StudyPage.h"
#include "study/StudySessionRepository.h"

#include <QComboBox>
#include <QFile>
#include <QFileInfo>
#include <QLineEdit>
#include <QListWidget>
#include <QScrollBar>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableView>
#include <QTest>
#include <QTextBrowser>
#include <QToolButton>
#include <QTreeView>

#include <memory>

using namespace rongpei;
using namespace rongpei::test;

namespace {

/// A window over a small organisation with a cadre in each branch and a session in each
/// branch in March and in August of 2026.
struct ShellWindow
{
    FreshShellSettings freshSettings;
    TemporaryWorkspace temp;
    SmallOrganization org = SmallOrganization::create(temp.workspace());
    std::unique_ptr<MainWindow> window;

    ShellWindow()
    {
        CadreRepository &cadres = temp.workspace().cadres();
        const qint64 first = cadres.add(sampleCadre(org.firstBranch, QStringLiteral("A001")));
        const qint64 second =
            cadres.add(sampleCadre(org.secondBranch, QStringLiteral("B001"), QStringLiteral("李强")));
        const qint64 kind = studyKind(temp.workspace(), QStringLiteral("theme_day"));
        StudySessionRepository &sessions = temp.workspace().studySessions();
        for (const QDate date : {QDate(2026, 3, 10), QDate(2026, 8, 10)}) {
            sessions.add(sampleSession(kind, org.firstBranch, date, {first}));
            sessions.add(sampleSession(kind, org.secondBranch, date, {second}));
        }
        open();
    }

    void open()
    {
        window = std::make_unique<MainWindow>(temp.workspace());
        window->show();
        window->activateWindow();
        REQUIRE(QTest::qWaitForWindowActive(window.get()));
    }

    ScopePeriodBar *bar() const { return window->scopePeriodBar(); }

    /// Chooses a unit as a clerk would: open the scope button, type part of its name, Enter.
    void chooseScope(const QString &typed)
    {
        QTimer::singleShot(0, [this, typed] {
            typeText(bar()->scopeSearch(), typed);
            QTest::keyClick(bar()->scopeSearch(), Qt::Key_Return);
        });
        bar()->scopeButton()->showMenu(); // the popup runs its own loop until a unit is chosen
        QApplication::processEvents();    // what the event loop does once the popup has closed
        window->activateWindow();
        REQUIRE(QTest::qWaitForWindowActive(window.get()));
    }
};

} // namespace

TEST_CASE("The navigation lists each module's pages under its heading", "[ui][shell]")
{
    ShellWindow w;
    auto *navigation = w.window->findChild<QListWidget *>(QStringLiteral("navigation"));
    REQUIRE(navigation != nullptr);
    QStringList headings;
    int pages = 0;
    for (int row = 0; row < navigation->count(); ++row) {
        QListWidgetItem *item = navigation->item(row);
        if (item->flags() == Qt::NoItemFlags)
            headings.append(item->text());
        else
            ++pages;
    }
    CHECK(headings.size() ==
          5); // organisation and cadres, theory study, management training, rotation, records
    CHECK(pages == w.window->pages().size());
    // Ctrl+2 goes to the second page, whatever the headings between.
    QTest::keyClick(w.window.get(), Qt::Key_2, Qt::ControlModifier);
    CHECK(w.window->currentPage() == w.window->pages().at(1));
    // Ctrl+PgDown and Ctrl+PgUp step the period.
    QTest::keyClick(w.window.get(), Qt::Key_PageDown, Qt::ControlModifier);
    CHECK(w.bar()->scope().period == Period::year(2027));
    QTest::keyClick(w.window.get(), Qt::Key_PageUp, Qt::ControlModifier);
    CHECK(w.bar()->scope().period == Period::year(2026));
}

TEST_CASE("Every page follows the shell's scope and period", "[ui][shell]")
{
    ShellWindow w;
    CHECK(w.bar()->scope().unitId == 0);
    CHECK(w.bar()->scope().period == Period::year(2026)); // the fixed clock's year

    // The scope: found by typing in the tree picker.
    w.chooseScope(QStringLiteral("第二"));
    REQUIRE(w.bar()->scope().unitId == w.org.secondBranch);
    CHECK(w.bar()->scopeButton()->text() == QStringLiteral("第二党支部"));

    auto *roster = w.window->page<RosterPage>();
    w.window->showPage(roster);
    REQUIRE(waitUntil([roster] { return roster->isLoaded(); }));
    REQUIRE(roster->proxy()->rowCount() == 1);
    CHECK(roster->proxy()->index(0, 0).data().toString() == QStringLiteral("B001"));

    auto *study = w.window->page<StudyPage>();
    w.window->showPage(study);
    REQUIRE(waitUntil([study] { return study->isLoaded(); }));
    auto *sessions = study->findChild<QTableView *>(QStringLiteral("sessionTable"));
    REQUIRE(sessions != nullptr);
    CHECK(sessions->model()->rowCount() == 2); // the second branch's March and August sessions

    // The period: the third quarter holds only August.
    w.bar()->periodKindBox()->setCurrentIndex(w.bar()->periodKindBox()->findData(int(Period::Kind::Quarter)));
    w.bar()->periodNumberBox()->setCurrentIndex(w.bar()->periodNumberBox()->findData(3));
    CHECK(w.bar()->scope().period == Period::quarter(2026, 3));
    REQUIRE(waitUntil([study] { return study->isLoaded(); }));
    CHECK(sessions->model()->rowCount() == 1);
    // The step back goes to the second quarter, which has no session.
    w.bar()->findChild<QToolButton *>(QStringLiteral("previousPeriod"))->click();
    CHECK(w.bar()->scope().period == Period::quarter(2026, 2));
    REQUIRE(waitUntil([study] { return study->isLoaded(); }));
    CHECK(sessions->model()->rowCount() == 0);

    // Compliance measures the period's year, for the scope's cadres only.
    auto *compliance = w.window->page<CompliancePage>();
    QSignalSpy computed(compliance, &CompliancePage::computed);
    w.window->showPage(compliance);
    REQUIRE(computed.wait(10000));
    REQUIRE(compliance->proxy()->rowCount() == 1);
    CHECK(compliance->model()->rows().first().periodEnd.year() == 2026);
    w.bar()->setPeriod(Period::year(2025));
    REQUIRE(computed.wait(10000));
    CHECK(compliance->model()->rows().first().periodEnd.year() == 2025);

    // The calendar's grid shows the scope's branch.
    auto *calendar = w.window->page<MeetingCalendarPage>();
    w.window->showPage(calendar);
    CHECK(calendar->branchBox()->unitId() == w.org.secondBranch);
}

TEST_CASE("The scope and period are remembered across restarts", "[ui][shell]")
{
    ShellWindow w;
    w.chooseScope(QStringLiteral("集团党委"));
    REQUIRE(w.bar()->scope().unitId == w.org.committee);
    CHECK(w.bar()->scope().branches == QSet<qint64>{w.org.firstBranch, w.org.secondBranch});
    w.bar()->setPeriod(Period::month(2026, 8));
    w.window.reset();

    w.open();
    CHECK(w.bar()->scope().unitId == w.org.committee);
    CHECK(w.bar()->scope().period == Period::month(2026, 8));
    auto *study = w.window->page<StudyPage>();
    w.window->showPage(study);
    REQUIRE(waitUntil([study] { return study->isLoaded(); }));
    CHECK(study->findChild<QTableView *>(QStringLiteral("sessionTable"))->model()->rowCount() == 2);
    // The calendar's grid shows a branch of the scope, not one outside it.
    auto *calendar = w.window->page<MeetingCalendarPage>();
    CHECK(QSet<qint64>{w.org.firstBranch, w.org.secondBranch}.contains(calendar->branchBox()->unitId()));
    OrganizationRepository &units = w.temp.workspace().organizations();
    Organization committee;
    committee.parentId = w.org.enterprise;
    committee.kind = OrganizationKind::Committee;
    committee.name = QStringLiteral("研究院党委");
    const qint64 otherCommittee = units.add(committee);
    Organization branch;
    branch.parentId = otherCommittee;
    branch.kind = OrganizationKind::Branch;
    branch.name = QStringLiteral("研究院第一党支部");
    const qint64 otherBranch = units.add(branch);
    w.bar()->setUnit(otherCommittee);
    CHECK(calendar->branchBox()->unitId() == otherBranch);
}

TEST_CASE("F1 opens the user guide at the current page's section, the guide covers every page",
          "[ui][shell][guide]")
{
    ShellWindow w;
    for (const QString &resource :
         {QStringLiteral(":/guide/guide_zh_CN.html"), QStringLiteral(":/guide/guide_en.html")}) {
        QFile file(resource);
        REQUIRE(file.open(QIODevice::ReadOnly));
        const QString html = QString::fromUtf8(file.readAll());
        for (ModulePage *page : w.window->pages()) {
            INFO(resource.toStdString() << " " << page->guideSection().toStdString());
            CHECK(html.contains(QStringLiteral("name=\"%1\"").arg(page->guideSection())));
        }
    }
    w.window->showPage(w.window->page<CompliancePage>());
    QTest::keyClick(w.window.get(), Qt::Key_F1);
    auto *guide = waitForChild<UserGuideDialog>(w.window.get());
    REQUIRE(guide != nullptr);
    CHECK(guide->browser()->toPlainText().contains(QStringLiteral("Hour compliance")));
    // Scrolled to its section: the first lines of the guide are out of view.
    CHECK(guide->browser()->verticalScrollBar()->value() > 0);
    guide->close();
}

TEST_CASE("A table is exported and printed as shown: its columns, filter, sort and scope",
          "[ui][shell][export]")
{
    ShellWindow w;
    CadreRepository &cadres = w.temp.workspace().cadres();
    cadres.add(sampleCadre(w.org.firstBranch, QStringLiteral("A002"), QStringLiteral("王芳")));
    w.chooseScope(QStringLiteral("第一"));
    auto *roster = w.window->page<RosterPage>();
    w.window->showPage(roster);
    REQUIRE(waitUntil([roster] { return roster->isLoaded(); }));
    auto *table = qobject_cast<QTableView *>(roster->mainTable());
    REQUIRE(table != nullptr);
    table->sortByColumn(0, Qt::DescendingOrder);
    table->hideColumn(2);

    const PrintedTable shown = TableExport::snapshot(table, roster->title(), roster->shellScope().caption());
    CHECK(shown.caption.contains(QStringLiteral("第一党支部")));
    REQUIRE(shown.rows.size() == 2); // the second branch's cadre is out of scope
    CHECK(shown.rows.at(0).at(0) == QStringLiteral("A002"));
    CHECK(shown.rows.at(1).at(0) == QStringLiteral("A001"));
    CHECK(shown.headers.size() == table->model()->columnCount() - 1);
    CHECK_FALSE(shown.headers.contains(table->model()->headerData(2, Qt::Horizontal).toString()));

    const QString csv = TableExport::csv(shown);
    CHECK(csv.startsWith(CsvFile::line(shown.headers)));
    CHECK(csv.contains(QStringLiteral("王芳")));
    CHECK(csv.count(QStringLiteral("\r\n")) == 3);

    TemporaryFolder folder;
    const QString pdf = folder.path(QStringLiteral("roster.pdf"));
    TableDocument::writePdf(shown, pdf);
    CHECK(QFileInfo(pdf).size() > 1000);
}
