#include "study/BranchSummaryPage.h"

#include "StudyWindow.h"
#include "common/ScopeCombo.h"
#include "common/SearchFilterProxy.h"
#include "study/BranchSummaryTableModel.h"
#include "study/MeetingCalendarPage.h"
#include "study/StudySessionRepository.h"

#include <QLabel>
#include <QSignalSpy>

using namespace rongpei;
using namespace rongpei::test;

TEST_CASE("A manager sorts the branch summary to find the worst branch and opens its calendar", "[ui][study]")
{
    StudyWindow w;
    // The first branch held a session with two of its members there; the second held none.
    w.temp.workspace().studySessions().add(sampleSession(w.kind(QStringLiteral("theme_day")),
                                                         w.org.firstBranch, QDate(2026, 3, 10),
                                                         {w.members.at(0), w.members.at(1)}));

    BranchSummaryPage *page = w.window->page<BranchSummaryPage>();
    QSignalSpy computed(page, &BranchSummaryPage::computed);
    w.window->showPage(page);
    REQUIRE(computed.wait(10000));
    REQUIRE(page->proxy()->rowCount() == 2);
    INFO(page->summary()->text().toStdString());
    CHECK(page->summary()->text().contains(QStringLiteral("2 branch(es) in 2026")));

    // Sorted by missed meetings, most first: the second branch held nothing.
    page->table()->sortByColumn(BranchSummaryTableModel::MeetingsMissedColumn, Qt::DescendingOrder);
    const QModelIndex top = page->proxy()->index(0, BranchSummaryTableModel::BranchColumn);
    CHECK(top.data(TableRole::Id).toLongLong() == w.org.secondBranch);
    CHECK(page->proxy()->index(0, BranchSummaryTableModel::AttendanceRateColumn).data().toString() ==
          QStringLiteral("—"));
    CHECK(page->proxy()->index(1, BranchSummaryTableModel::AttendanceRateColumn).data().toString() ==
          QStringLiteral("100%"));
    CHECK(page->proxy()->index(1, BranchSummaryTableModel::SessionsColumn).data().toString() ==
          QStringLiteral("1"));

    // Enter on the worst branch shows its meeting calendar.
    page->table()->setCurrentIndex(top);
    page->table()->setFocus();
    QTest::keyClick(page->table(), Qt::Key_Return);
    auto *calendar = w.window->page<MeetingCalendarPage>();
    CHECK(w.window->currentPage() == calendar);
    CHECK(calendar->branchBox()->unitId() == w.org.secondBranch);

    // A session saved elsewhere is counted when the page is shown again.
    w.temp.workspace().studySessions().add(sampleSession(w.kind(QStringLiteral("theme_day")),
                                                         w.org.secondBranch, QDate(2026, 11, 12), {w.guest}));
    w.window->showPage(page);
    REQUIRE(computed.wait(10000));
    page->table()->sortByColumn(BranchSummaryTableModel::SessionsColumn, Qt::AscendingOrder);
    CHECK(page->proxy()->index(0, BranchSummaryTableModel::SessionsColumn).data().toString() ==
          QStringLiteral("1"));
    CHECK(page->proxy()->index(1, BranchSummaryTableModel::SessionsColumn).data().toString() ==
          QStringLiteral("1"));
}
