#include "study/MeetingCalendar.h"

#include "TestSupport.h"
#include "attachments/AttachmentFile.h"
#include "attachments/AttachmentRepository.h"
#include "history/RecordKind.h"
#include "organization/OrganizationRepository.h"
#include "roster/CadreRepository.h"
#include "study/StudyRuleRepository.h"
#include "study/StudySessionRepository.h"

using namespace rongpei;
using namespace rongpei::test;

namespace {

struct CalendarFixture
{
    TemporaryWorkspace temp;
    SmallOrganization org = SmallOrganization::create(temp.workspace());
    qint64 member = temp.workspace().cadres().add(sampleCadre(org.firstBranch, QStringLiteral("A001")));
    qint64 guest = temp.workspace().cadres().add(
        sampleCadre(org.secondBranch, QStringLiteral("B001"), QStringLiteral("陈静")));

    qint64 kind(const QString &code) { return studyKind(temp.workspace(), code); }

    qint64 hold(const QString &code, QDate date, qint64 branchId = 0, SessionState state = SessionState::Held)
    {
        StudySession session = sampleSession(kind(code), branchId > 0 ? branchId : org.firstBranch, date,
                                             {branchId == org.secondBranch ? guest : member});
        session.state = state;
        return temp.workspace().studySessions().add(session);
    }

    MeetingCalendar calendar() { return MeetingCalendar(temp.workspace().database(), temp.clock()); }

    MeetingCalendarRow row(const QString &code, int year, qint64 branchId = 0)
    {
        const qint64 kindId = kind(code);
        for (const MeetingCalendarRow &r : calendar().rows(branchId > 0 ? branchId : org.firstBranch, year))
            if (r.kindId == kindId)
                return r;
        FAIL("no calendar row for " << code.toStdString());
        return {};
    }

    QStringList codes(qint64 branchId, int year)
    {
        QHash<qint64, QString> codeOf;
        for (const StudyKind &k : temp.workspace().studyRules().kinds())
            codeOf.insert(k.id, k.code);
        QStringList result;
        for (const MeetingCalendarRow &r : calendar().rows(branchId, year))
            result.append(codeOf.value(r.kindId));
        return result;
    }
};

MeetingPeriod period(int year, int month, int day, int toYear, int toMonth, int toDay)
{
    return {QDate(year, month, day), QDate(toYear, toMonth, toDay)};
}

using States = QList<PeriodState>;

} // namespace

TEST_CASE("Meeting periods divide a year by the frequency", "[study][meetings]")
{
    const QList<MeetingPeriod> months2028 = MeetingPeriod::ofYear(MeetingFrequency::Monthly, 2028);
    REQUIRE(months2028.size() == 12);
    CHECK(months2028.at(0) == period(2028, 1, 1, 2028, 1, 31));
    CHECK(months2028.at(1) == period(2028, 2, 1, 2028, 2, 29)); // a leap year
    CHECK(months2028.at(3) == period(2028, 4, 1, 2028, 4, 30));
    CHECK(months2028.at(11) == period(2028, 12, 1, 2028, 12, 31));
    const QList<MeetingPeriod> months2026 = MeetingPeriod::ofYear(MeetingFrequency::Monthly, 2026);
    REQUIRE(months2026.size() == 12);
    CHECK(months2026.at(1) == period(2026, 2, 1, 2026, 2, 28));

    CHECK(MeetingPeriod::ofYear(MeetingFrequency::Quarterly, 2026) ==
          QList<MeetingPeriod>{period(2026, 1, 1, 2026, 3, 31), period(2026, 4, 1, 2026, 6, 30),
                               period(2026, 7, 1, 2026, 9, 30), period(2026, 10, 1, 2026, 12, 31)});
    CHECK(MeetingPeriod::ofYear(MeetingFrequency::HalfYearly, 2026) ==
          QList<MeetingPeriod>{period(2026, 1, 1, 2026, 6, 30), period(2026, 7, 1, 2026, 12, 31)});
    CHECK(MeetingPeriod::ofYear(MeetingFrequency::Yearly, 2028) ==
          QList<MeetingPeriod>{period(2028, 1, 1, 2028, 12, 31)});
    CHECK(MeetingPeriod::ofYear(MeetingFrequency::NotRequired, 2026).isEmpty());

    // Every frequency covers the year without gaps or overlaps.
    for (MeetingFrequency frequency : {MeetingFrequency::Monthly, MeetingFrequency::Quarterly,
                                       MeetingFrequency::HalfYearly, MeetingFrequency::Yearly}) {
        for (int year : {2026, 2028}) {
            const QList<MeetingPeriod> periods = MeetingPeriod::ofYear(frequency, year);
            INFO(enumCode(frequency).toStdString() << " " << year);
            REQUIRE_FALSE(periods.isEmpty());
            CHECK(periods.first().start == QDate(year, 1, 1));
            CHECK(periods.last().end == QDate(year, 12, 31));
            for (qsizetype i = 1; i < periods.size(); ++i)
                CHECK(periods.at(i).start == periods.at(i - 1).end.addDays(1));
        }
    }

    const MeetingPeriod firstQuarter = MeetingPeriod::ofYear(MeetingFrequency::Quarterly, 2026).first();
    CHECK(firstQuarter.contains(QDate(2026, 1, 1)));
    CHECK(firstQuarter.contains(QDate(2026, 3, 31)));
    CHECK_FALSE(firstQuarter.contains(QDate(2026, 4, 1)));
    CHECK_FALSE(firstQuarter.contains(QDate(2025, 12, 31)));
}

TEST_CASE("A period's state changes on its first and last day", "[study][meetings]")
{
    const MeetingPeriod quarter = period(2026, 10, 1, 2026, 12, 31);
    CHECK(MeetingPeriod::stateOf(quarter, 0, QDate(2026, 9, 30)) == PeriodState::Upcoming);
    CHECK(MeetingPeriod::stateOf(quarter, 0, QDate(2026, 10, 1)) == PeriodState::Due);
    CHECK(MeetingPeriod::stateOf(quarter, 0, QDate(2026, 11, 24)) == PeriodState::Due);
    CHECK(MeetingPeriod::stateOf(quarter, 0, QDate(2026, 12, 31)) == PeriodState::Due);
    CHECK(MeetingPeriod::stateOf(quarter, 0, QDate(2027, 1, 1)) == PeriodState::Missed);
    CHECK(MeetingPeriod::stateOf(quarter, 1, QDate(2026, 10, 1)) == PeriodState::Held);
    CHECK(MeetingPeriod::stateOf(quarter, 2, QDate(2027, 3, 1)) == PeriodState::Held);
    const MeetingPeriod february = period(2028, 2, 1, 2028, 2, 29);
    CHECK(MeetingPeriod::stateOf(february, 0, QDate(2028, 2, 29)) == PeriodState::Due);
    CHECK(MeetingPeriod::stateOf(february, 0, QDate(2028, 3, 1)) == PeriodState::Missed);
}

TEST_CASE("The meeting calendar lists the required meetings of a branch", "[study][meetings]")
{
    CalendarFixture f;
    CHECK(f.codes(f.org.firstBranch, 2026) ==
          QStringList{QStringLiteral("member_assembly"), QStringLiteral("committee_meeting"),
                      QStringLiteral("group_meeting"), QStringLiteral("party_lecture"),
                      QStringLiteral("theme_day"), QStringLiteral("life_meeting"),
                      QStringLiteral("member_review")});
    const MeetingCalendarRow assembly = f.row(QStringLiteral("member_assembly"), 2026);
    CHECK(assembly.kindName == QStringLiteral("支部党员大会"));
    CHECK(assembly.frequency == MeetingFrequency::Quarterly);
    CHECK(assembly.periods == MeetingPeriod::ofYear(MeetingFrequency::Quarterly, 2026));
    // As of 2026-11-24, with nothing held.
    CHECK(assembly.states ==
          States{PeriodState::Missed, PeriodState::Missed, PeriodState::Missed, PeriodState::Due});
    const MeetingCalendarRow theme = f.row(QStringLiteral("theme_day"), 2026);
    CHECK(theme.frequency == MeetingFrequency::Monthly);
    REQUIRE(theme.states.size() == 12);
    CHECK(theme.states.at(9) == PeriodState::Missed);
    CHECK(theme.states.at(10) == PeriodState::Due);
    CHECK(theme.states.at(11) == PeriodState::Upcoming);
    CHECK(f.row(QStringLiteral("life_meeting"), 2026).states == States{PeriodState::Due});
    CHECK(f.row(QStringLiteral("life_meeting"), 2027).states == States{PeriodState::Upcoming});
    CHECK(f.row(QStringLiteral("life_meeting"), 2025).states == States{PeriodState::Missed});
    // A committee holds no meetings; a branch that does not exist has none either.
    CHECK(f.calendar().rows(f.org.committee, 2026).isEmpty());
}

TEST_CASE("A meeting on the last day of a quarter counts for that quarter", "[study][meetings]")
{
    CalendarFixture f;
    f.hold(QStringLiteral("member_assembly"), QDate(2026, 3, 31));
    f.hold(QStringLiteral("member_assembly"), QDate(2026, 7, 1));
    f.hold(QStringLiteral("member_assembly"), QDate(2026, 7, 20));
    f.hold(QStringLiteral("member_assembly"), QDate(2025, 12, 31)); // last year's last quarter

    const MeetingCalendarRow row = f.row(QStringLiteral("member_assembly"), 2026);
    CHECK(row.heldPerMonth[2] == 1);
    CHECK(row.heldPerMonth[3] == 0);
    CHECK(row.heldPerMonth[6] == 2);
    CHECK(row.heldPerMonth[0] == 0);
    CHECK(row.states == States{PeriodState::Held, PeriodState::Missed, PeriodState::Held, PeriodState::Due});
    CHECK(row.stateInMonth(3) == PeriodState::Held);
    CHECK(row.stateInMonth(4) == PeriodState::Missed);
    CHECK(row.stateInMonth(6) == PeriodState::Missed);
    CHECK(row.stateInMonth(9) == PeriodState::Held);
    CHECK(row.stateInMonth(12) == PeriodState::Due);
    CHECK(f.row(QStringLiteral("member_assembly"), 2025).states.last() == PeriodState::Held);

    // Meetings count for the branch that held them, and only for their kind.
    CHECK(f.row(QStringLiteral("member_assembly"), 2026, f.org.secondBranch).states.first() ==
          PeriodState::Missed);
    CHECK(f.row(QStringLiteral("party_lecture"), 2026).states.first() == PeriodState::Missed);

    // A monthly meeting on the last day of February counts for February.
    f.hold(QStringLiteral("theme_day"), QDate(2026, 2, 28));
    const MeetingCalendarRow theme = f.row(QStringLiteral("theme_day"), 2026);
    CHECK(theme.states.at(1) == PeriodState::Held);
    CHECK(theme.states.at(2) == PeriodState::Missed);
}

TEST_CASE("The calendar counts the held meetings of a month that lack minutes or a signed sheet",
          "[study][meetings][attachments]")
{
    CalendarFixture f;
    const qint64 complete = f.hold(QStringLiteral("committee_meeting"), QDate(2026, 3, 5));
    const qint64 sheetOnly = f.hold(QStringLiteral("committee_meeting"), QDate(2026, 3, 19));
    f.hold(QStringLiteral("committee_meeting"), QDate(2026, 4, 9));
    f.hold(QStringLiteral("committee_meeting"), QDate(2026, 5, 7), 0, SessionState::Planned);
    AttachmentRepository &files = f.temp.workspace().attachments();
    const auto owner = [](qint64 id) {
        return AttachmentRepository::ownerOf(*Workspace::recordKind(QStringLiteral("session")), id);
    };
    constexpr qint64 limit = 1024 * 1024;
    const PreparedAttachment minutes =
        AttachmentFile::fromBytes(QStringLiteral("会议记录.pdf"), QByteArrayLiteral("%PDF-1.4\n"), limit);
    const PreparedAttachment sheet = AttachmentFile::fromBytes(QStringLiteral("签到表.png"),
                                                               QByteArrayLiteral("\x89PNG\r\n\x1a\n"), limit);
    files.attach(owner(complete), minutes, AttachmentCategory::Minutes, limit);
    files.attach(owner(complete), sheet, AttachmentCategory::SignInSheet, limit);
    // A photo is neither minutes nor a sheet.
    files.attach(owner(sheetOnly), sheet, AttachmentCategory::SignInSheet, limit);
    files.attach(owner(sheetOnly), sheet, AttachmentCategory::Photo, limit);

    const MeetingCalendarRow row = f.row(QStringLiteral("committee_meeting"), 2026);
    CHECK(row.heldPerMonth[2] == 2);
    CHECK(row.withoutMinutesPerMonth[2] == 1);
    CHECK(row.withoutSignInSheetPerMonth[2] == 0);
    CHECK(row.withoutMinutesPerMonth[3] == 1);
    CHECK(row.withoutSignInSheetPerMonth[3] == 1);
    // A planned meeting is not held, so nothing is missing from it yet.
    CHECK(row.withoutMinutesPerMonth[4] == 0);
}

TEST_CASE("A branch's own meeting rule overrides the default for that branch only", "[study][meetings]")
{
    CalendarFixture f;
    StudyRuleRepository &rules = f.temp.workspace().studyRules();
    rules.saveMeetingRule({0, QString(), f.kind(QStringLiteral("group_meeting")), f.org.secondBranch,
                           MeetingFrequency::NotRequired, QStringLiteral("本支部党员少于7人，不设党小组")});
    rules.saveMeetingRule({0, QString(), f.kind(QStringLiteral("party_lecture")), f.org.firstBranch,
                           MeetingFrequency::Monthly, QString()});

    CHECK_FALSE(f.codes(f.org.secondBranch, 2026).contains(QStringLiteral("group_meeting")));
    CHECK(f.codes(f.org.secondBranch, 2026).size() == 6);
    CHECK(f.codes(f.org.firstBranch, 2026).contains(QStringLiteral("group_meeting")));
    CHECK(f.codes(f.org.firstBranch, 2026).size() == 7);

    const MeetingCalendarRow lecture = f.row(QStringLiteral("party_lecture"), 2026);
    CHECK(lecture.frequency == MeetingFrequency::Monthly);
    CHECK(lecture.periods.size() == 12);
    const MeetingCalendarRow elsewhere = f.row(QStringLiteral("party_lecture"), 2026, f.org.secondBranch);
    CHECK(elsewhere.frequency == MeetingFrequency::Quarterly);
    CHECK(elsewhere.periods.size() == 4);

    // A default set to "not required" drops the meeting for every branch without a rule of its own.
    for (const MeetingRule &rule : rules.meetingRules()) {
        if (rule.branchId == 0 && rule.kindId == f.kind(QStringLiteral("party_lecture"))) {
            MeetingRule none = rule;
            none.frequency = MeetingFrequency::NotRequired;
            rules.saveMeetingRule(none);
        }
    }
    CHECK_FALSE(f.codes(f.org.secondBranch, 2026).contains(QStringLiteral("party_lecture")));
    CHECK(f.row(QStringLiteral("party_lecture"), 2026).frequency == MeetingFrequency::Monthly);
}

TEST_CASE("Planned meetings do not count as held", "[study][meetings]")
{
    CalendarFixture f;
    f.hold(QStringLiteral("theme_day"), QDate(2026, 11, 10), 0, SessionState::Planned);
    f.hold(QStringLiteral("theme_day"), QDate(2026, 12, 15), 0, SessionState::Planned);
    f.hold(QStringLiteral("theme_day"), QDate(2026, 10, 15));
    const MeetingCalendarRow row = f.row(QStringLiteral("theme_day"), 2026);
    CHECK(row.heldPerMonth[9] == 1);
    CHECK(row.heldPerMonth[10] == 0);
    CHECK(row.heldPerMonth[11] == 0);
    CHECK(row.states.at(9) == PeriodState::Held);
    CHECK(row.states.at(10) == PeriodState::Due);
    CHECK(row.states.at(11) == PeriodState::Upcoming);
}

TEST_CASE("Overdue meetings are those missed and those due as of the clock", "[study][meetings]")
{
    CalendarFixture f;
    // Monthly: committee, group, theme day (10 missed, 1 due); quarterly: assembly, lecture (3 missed,
    // 1 due); yearly: life meeting, review (1 due). As of 2026-11-24, for each branch.
    const QList<OverdueMeeting> all = f.calendar().overdue(2026);
    CHECK(all.size() == 2 * (3 * 11 + 2 * 4 + 2));
    REQUIRE_FALSE(all.isEmpty());
    CHECK(all.first().branchId == f.org.firstBranch); // by branch name: 第一 before 第二
    CHECK(all.first().branchName == QStringLiteral("第一党支部"));
    CHECK(all.first().kindId == f.kind(QStringLiteral("member_assembly")));
    CHECK(all.first().kindName == QStringLiteral("支部党员大会"));
    CHECK(all.first().frequency == MeetingFrequency::Quarterly);
    CHECK(all.first().period == period(2026, 1, 1, 2026, 3, 31));
    CHECK(all.first().state == PeriodState::Missed);
    CHECK(all.last().branchId == f.org.secondBranch);
    CHECK(all.last().kindId == f.kind(QStringLiteral("member_review")));
    CHECK(all.last().state == PeriodState::Due);
    int missed = 0, due = 0;
    for (const OverdueMeeting &meeting : all)
        (meeting.state == PeriodState::Missed ? missed : due)++;
    CHECK(missed == 2 * (3 * 10 + 2 * 3));
    CHECK(due == 2 * (3 + 2 + 2));

    // The first branch holds its committee every month so far.
    for (int month = 1; month <= 11; ++month)
        f.hold(QStringLiteral("committee_meeting"), QDate(2026, month, 3));
    const QList<OverdueMeeting> first = f.calendar().overdue(2026, {f.org.firstBranch});
    CHECK(first.size() == 3 * 11 + 2 * 4 + 2 - 11);
    for (const OverdueMeeting &meeting : first) {
        CHECK(meeting.branchId == f.org.firstBranch);
        CHECK(meeting.kindId != f.kind(QStringLiteral("committee_meeting")));
    }
    CHECK(f.calendar().overdue(2026, {f.org.secondBranch}).size() == 3 * 11 + 2 * 4 + 2);

    // A week later November is over: its meetings are missed, December's are due.
    f.temp.clock().set(QDateTime(QDate(2026, 12, 1), QTime(9, 0)));
    const QList<OverdueMeeting> december = f.calendar().overdue(2026, {f.org.secondBranch});
    CHECK(december.size() == 3 * 12 + 2 * 4 + 2);
    int novemberMissed = 0;
    for (const OverdueMeeting &meeting : december) {
        if (meeting.period.start == QDate(2026, 11, 1))
            novemberMissed += meeting.state == PeriodState::Missed;
        if (meeting.period.start == QDate(2026, 12, 1))
            CHECK(meeting.state == PeriodState::Due);
    }
    CHECK(novemberMissed == 3);

    // Last year's are all missed, next year's none are overdue yet.
    for (const OverdueMeeting &meeting : f.calendar().overdue(2025))
        CHECK(meeting.state == PeriodState::Missed);
    CHECK(f.calendar().overdue(2025).size() == 2 * (3 * 12 + 2 * 4 + 2));
    CHECK(f.calendar().overdue(2027).isEmpty());
}

TEST_CASE("A branch founded in the year counts its meetings from its records start only", "[study][meetings]")
{
    CalendarFixture f;
    Organization second = *f.temp.workspace().organizations().find(f.org.secondBranch);
    second.recordsStart = QDate(2026, 7, 15);
    f.temp.workspace().organizations().update(second);
    f.hold(QStringLiteral("member_assembly"), QDate(2026, 2, 10), f.org.secondBranch); // recorded anyway

    const MeetingCalendarRow assembly = f.row(QStringLiteral("member_assembly"), 2026, f.org.secondBranch);
    // Q1 was held; Q2 ended before the records start; Q3 began before it but counts; Q4 is due.
    CHECK(assembly.states ==
          States{PeriodState::Held, PeriodState::BeforeRecords, PeriodState::Missed, PeriodState::Due});
    const MeetingCalendarRow theme = f.row(QStringLiteral("theme_day"), 2026, f.org.secondBranch);
    for (int month = 0; month < 6; ++month)
        CHECK(theme.states.at(month) == PeriodState::BeforeRecords);
    CHECK(theme.states.at(6) == PeriodState::Missed); // July: the records start within it
    CHECK(f.row(QStringLiteral("life_meeting"), 2025, f.org.secondBranch).states ==
          States{PeriodState::BeforeRecords});

    // The overdue list leaves the months before out; the first branch, recorded for years, has them.
    int beforeStart = 0;
    for (const OverdueMeeting &item : f.calendar().overdue(2026, {f.org.secondBranch}))
        if (item.period.end < QDate(2026, 7, 15))
            ++beforeStart;
    CHECK(beforeStart == 0);
    CHECK_FALSE(f.calendar().overdue(2026, {f.org.firstBranch}).isEmpty());
}

TEST_CASE("A new branch's records start the day it is set up, never after today", "[study][meetings]")
{
    CalendarFixture f;
    OrganizationRepository &units = f.temp.workspace().organizations();
    Organization branch;
    branch.kind = OrganizationKind::Branch;
    branch.parentId = f.org.committee;
    branch.name = QStringLiteral("第三党支部");
    const qint64 id = units.add(branch);
    CHECK(units.find(id)->recordsStart == f.temp.clock().today());
    CHECK_FALSE(units.find(f.org.office)->recordsStart.isValid()); // departments have none

    Organization later = *units.find(id);
    later.recordsStart = f.temp.clock().today().addDays(1);
    CHECK_THROWS_AS(units.update(later), ValidationError);
    CHECK(units.find(id)->recordsStart == f.temp.clock().today());
    later.recordsStart = QDate(2026, 1, 1);
    units.update(later);
    CHECK(units.find(id)->recordsStart == QDate(2026, 1, 1));
}
