#include "study/BranchSummary.h"

#include "ComplianceFixture.h"
#include "common/TaskControl.h"
#include "organization/OrganizationRepository.h"
#include "study/MeetingCalendar.h"

#include <catch2/catch.hpp>

using namespace rongpei;
using namespace rongpei::test;

namespace {

const BranchSummaryRow &rowOf(const QList<BranchSummaryRow> &rows, qint64 branchId)
{
    const auto found = std::find_if(rows.cbegin(), rows.cend(), [branchId](const BranchSummaryRow &row) {
        return row.branchId == branchId;
    });
    REQUIRE(found != rows.cend()); // a missing branch read as a default row would look spotless
    return *found;
}

} // namespace

TEST_CASE("The branch summary puts each branch's compliance, attendance and meetings side by side",
          "[study][summary]")
{
    ComplianceFixture f;
    const qint64 diligent = f.addCadre(f.org.firstBranch, QStringLiteral("A001"), QStringLiteral("王伟"));
    const qint64 idle = f.addCadre(f.org.firstBranch, QStringLiteral("A002"), QStringLiteral("李娜"));
    f.addCadre(f.org.secondBranch, QStringLiteral("B001"), QStringLiteral("陈静"));
    // Eleven days of study: the idle cadre missed the first and was excused from the rest, and
    // excused lines are left out of the rate, as by default.
    for (int month = 1; month <= 11; ++month)
        f.session(QDate(2026, month, 10), 8,
                  {{diligent, AttendanceStatus::Present},
                   {idle, month == 1 ? AttendanceStatus::Absent : AttendanceStatus::Excused}});
    // A planned session is neither held nor attended.
    f.session(QDate(2026, 12, 10), 2,
              {{diligent, AttendanceStatus::Unmarked}, {idle, AttendanceStatus::Unmarked}},
              SessionState::Planned);
    StudySession themeDay = sampleSession(studyKind(f.temp.workspace(), QStringLiteral("theme_day")),
                                          f.org.firstBranch, QDate(2026, 5, 12), {diligent});
    f.temp.workspace().studySessions().add(themeDay);

    Workspace &workspace = f.temp.workspace();
    const QList<BranchSummaryRow> rows =
        BranchSummary(workspace.database(), f.temp.clock()).compute(2026, {}, {});
    REQUIRE(rows.size() == 2);
    CHECK(rows.at(0).branchId == f.org.firstBranch); // the organisation tree's order

    const BranchSummaryRow &first = rowOf(rows, f.org.firstBranch);
    CHECK(first.committeeName == workspace.organizations().find(f.org.committee)->name);
    CHECK(first.cadres == 2);
    CHECK(first.cadresAt(ComplianceLevel::OnTrack) == 1);
    CHECK(first.cadresAt(ComplianceLevel::FarBehind) == 1);
    REQUIRE(first.onTrackShare());
    CHECK(*first.onTrackShare() == Approx(0.5));
    CHECK(first.sessionsHeld == 12);
    CHECK(first.rateBase == 13); // 11 + the absence + the theme day's one line
    CHECK(first.rateAttending == 12);
    REQUIRE(first.attendanceRate());
    CHECK(*first.attendanceRate() == Approx(12.0 / 13));

    // The meetings are the calendar's periods, counted: May's theme day was convened.
    const MeetingCalendar calendar(workspace.database(), f.temp.clock());
    int held = 0;
    int missed = 0;
    int due = 0;
    for (const MeetingCalendarRow &kind : calendar.rows(f.org.firstBranch, 2026)) {
        held += static_cast<int>(kind.states.count(PeriodState::Held));
        missed += static_cast<int>(kind.states.count(PeriodState::Missed));
        due += static_cast<int>(kind.states.count(PeriodState::Due));
    }
    CHECK(held >= 1);
    CHECK(first.meetingsHeld == held);
    CHECK(first.meetingsMissed == missed);
    CHECK(first.meetingsDue == due);
    REQUIRE(first.meetingsHeldShare());
    CHECK(*first.meetingsHeldShare() == Approx(double(held) / (held + missed)));

    const BranchSummaryRow &second = rowOf(rows, f.org.secondBranch);
    CHECK(second.cadres == 1);
    CHECK(second.sessionsHeld == 0);
    CHECK_FALSE(second.attendanceRate()); // no roll call: no rate, not 0%
    CHECK(second.meetingsHeld == 0);
    CHECK(second.meetingsMissed > first.meetingsMissed);

    // A scope of one branch gives its row only.
    const QList<BranchSummaryRow> one =
        BranchSummary(workspace.database(), f.temp.clock()).compute(2026, {f.org.secondBranch}, {});
    REQUIRE(one.size() == 1);
    CHECK(one.at(0) == second);
}

TEST_CASE("The branch summary has no share where there is nothing to measure", "[study][summary]")
{
    BranchSummaryInput input;
    Organization branch;
    branch.id = 7;
    branch.kind = OrganizationKind::Branch;
    branch.name = QStringLiteral("新设党支部");
    input.organizations = {branch};
    ComplianceRow elsewhere; // a cadre of a branch not in the input is not counted anywhere
    elsewhere.branchId = 99;
    input.compliance = {elsewhere};
    SessionSummary excusedOnly;
    excusedOnly.branchId = 7;
    excusedOnly.state = SessionState::Held;
    excusedOnly.expected = 2;
    excusedOnly.excused = 2;
    input.sessions = {excusedOnly};
    input.rateLeftOut = {AttendanceStatus::Excused};

    const QList<BranchSummaryRow> rows = BranchSummary::assemble(input, {});
    REQUIRE(rows.size() == 1);
    CHECK(rows.at(0).committeeName.isEmpty());
    CHECK(rows.at(0).cadres == 0);
    CHECK_FALSE(rows.at(0).onTrackShare());
    CHECK(rows.at(0).sessionsHeld == 1);
    CHECK_FALSE(rows.at(0).attendanceRate());
    CHECK_FALSE(rows.at(0).meetingsHeldShare());
    CHECK(BranchSummary::assemble(input, {8}).isEmpty());
}
