#include "study/RollCall.h"

#include "study/StudySessionValidator.h"

#include <catch2/catch.hpp>

using namespace rongpei;

namespace {

Cadre cadre(qint64 id, qint64 branchId, qint64 departmentId, const QString &number, PartyStatus party,
            EmploymentStatus employment = EmploymentStatus::Active)
{
    Cadre c;
    c.id = id;
    c.branchId = branchId;
    c.departmentId = departmentId;
    c.employeeNumber = number;
    c.partyStatus = party;
    c.employmentStatus = employment;
    return c;
}

QList<qint64> idsOf(const QList<Attendance> &lines)
{
    QList<qint64> ids;
    for (const Attendance &line : lines)
        ids.append(line.cadreId);
    return ids;
}

} // namespace

TEST_CASE("The expected roll call is the branch's employed cadres in sign-in-sheet order",
          "[study][rollcall]")
{
    const QList<Cadre> cadres{
        cadre(1, 10, 22, QStringLiteral("B002"), PartyStatus::Member),
        cadre(2, 10, 21, QStringLiteral("B009"), PartyStatus::Masses),
        cadre(3, 10, 21, QStringLiteral("B001"), PartyStatus::Probationary),
        cadre(4, 11, 31, QStringLiteral("A001"), PartyStatus::Member),                         // other branch
        cadre(5, 10, 21, QStringLiteral("B003"), PartyStatus::Member, EmploymentStatus::Left), // has left
        cadre(6, 10, 21, QStringLiteral("B004"), PartyStatus::Member, EmploymentStatus::Retired), // retired
        cadre(7, 10, 22, QStringLiteral("B001"), PartyStatus::Member,
              EmploymentStatus::Seconded), // still counts
    };
    StudyKind lecture;
    const QList<Attendance> everyone = RollCall::expected(10, lecture, QDate(2026, 11, 24), cadres);
    // By department, then employee number.
    CHECK(idsOf(everyone) == QList<qint64>{3, 2, 7, 1});
    for (const Attendance &line : everyone) {
        CHECK(line.status == AttendanceStatus::Present);
        CHECK(line.uuid.isEmpty());
    }

    StudyKind partyMeeting;
    partyMeeting.membersOnly = true;
    CHECK(idsOf(RollCall::expected(10, partyMeeting, QDate(2026, 11, 24), cadres)) == QList<qint64>{3, 7, 1});
    CHECK(RollCall::expected(99, lecture, QDate(2026, 11, 24), cadres).isEmpty());
}

TEST_CASE("Who is expected is judged at the session's date by hire and leaving dates", "[study][rollcall]")
{
    Cadre hiredInJune = cadre(1, 10, 21, QStringLiteral("B001"), PartyStatus::Member);
    hiredInJune.hiredOn = QDate(2026, 6, 1);
    Cadre leftInMarch = cadre(2, 10, 21, QStringLiteral("B002"), PartyStatus::Member, EmploymentStatus::Left);
    leftInMarch.leftOn = QDate(2026, 3, 16);
    Cadre retiringInDecember = cadre(3, 10, 21, QStringLiteral("B003"), PartyStatus::Member);
    retiringInDecember.leftOn = QDate(2026, 12, 1);
    Cadre leftUndated = cadre(4, 10, 21, QStringLiteral("B004"), PartyStatus::Member, EmploymentStatus::Left);
    const QList<Cadre> cadres{hiredInJune, leftInMarch, retiringInDecember, leftUndated};
    StudyKind lecture;
    CHECK(idsOf(RollCall::expected(10, lecture, QDate(2026, 3, 15), cadres)) == QList<qint64>{2, 3});
    CHECK(idsOf(RollCall::expected(10, lecture, QDate(2026, 3, 16), cadres)) ==
          QList<qint64>{3}); // left that day
    CHECK(idsOf(RollCall::expected(10, lecture, QDate(2026, 6, 1), cadres)) ==
          QList<qint64>{1, 3}); // hired that day
    CHECK(idsOf(RollCall::expected(10, lecture, QDate(2026, 12, 1), cadres)) == QList<qint64>{1});
    // Without a leaving date, today's status stands for every date.
    CHECK_FALSE(isEmployedOn(leftUndated, QDate(2020, 1, 1)));
}

TEST_CASE("Employed and attending mean what the roll call and compliance count", "[study][rollcall]")
{
    CHECK(isEmployed(EmploymentStatus::Active));
    CHECK(isEmployed(EmploymentStatus::Seconded));
    CHECK_FALSE(isEmployed(EmploymentStatus::Left));
    CHECK_FALSE(isEmployed(EmploymentStatus::Retired));
    CHECK(isAttending(AttendanceStatus::Present));
    CHECK(isAttending(AttendanceStatus::Late));
    CHECK_FALSE(isAttending(AttendanceStatus::Excused));
    CHECK_FALSE(isAttending(AttendanceStatus::Absent));
}

TEST_CASE("Roll-call counts add up each mark", "[study][rollcall]")
{
    const QList<Attendance> lines{{QString(), 1, AttendanceStatus::Present, QString()},
                                  {QString(), 2, AttendanceStatus::Late, QString()},
                                  {QString(), 3, AttendanceStatus::Excused, QStringLiteral("出差")},
                                  {QString(), 4, AttendanceStatus::Absent, QString()},
                                  {QString(), 5, AttendanceStatus::Present, QString()}};
    const RollCallCounts counts = RollCall::counts(lines);
    CHECK(counts.expected == 5);
    CHECK(counts.present == 2);
    CHECK(counts.late == 1);
    CHECK(counts.excused == 1);
    CHECK(counts.absent == 1);
    CHECK(counts.attended() == 3);
    // 实到 / (应到 − 请假) by default; every line counted when nothing is left out.
    CHECK(counts.rate({AttendanceStatus::Excused}) == Approx(3.0 / 4));
    CHECK(counts.rateBase({AttendanceStatus::Excused}) == 4);
    CHECK(counts.rate({}) == Approx(0.6));
    // Leaving out the late too: 2 present of 3 (present twice, absent once).
    CHECK(counts.rate({AttendanceStatus::Excused, AttendanceStatus::Late}) == Approx(2.0 / 3));
    CHECK(counts.rateAttending({AttendanceStatus::Excused, AttendanceStatus::Late}) == 2);
    CHECK(RollCall::counts({}).rate({}) == 0);
    // A roll call of excused lines only has no rate, not a division by zero.
    CHECK(RollCall::counts({{QString(), 1, AttendanceStatus::Excused, QStringLiteral("病假")}})
              .rate({AttendanceStatus::Excused}) == 0);
}

TEST_CASE("A session's kind gives its hour conversion", "[study][rules]")
{
    HourConversion clock;
    clock.id = 5;
    clock.name = QStringLiteral("按实际时长");
    HourConversion halfDay;
    halfDay.id = 6;
    halfDay.name = QStringLiteral("半天");
    halfDay.method = ConversionMethod::Fixed;
    halfDay.hours = 4;
    StudyKind lecture;
    lecture.id = 1;
    lecture.conversionId = 6;
    StudyKind without;
    without.id = 2;
    const QList<StudyKind> kinds{lecture, without};

    CHECK(kindById(kinds, 1) == lecture);
    CHECK(kindById(kinds, 3) == StudyKind());
    CHECK(conversionFor(lecture, {clock, halfDay}).name == QStringLiteral("半天"));
    CHECK(conversionFor(lecture, {clock, halfDay}).hoursFor(QTime(9, 0), QTime(10, 0)) == 4);
    CHECK(conversionFor(without, {clock, halfDay}) == HourConversion());
    CHECK(conversionFor(lecture, {clock}) == HourConversion()); // its conversion was deleted
}

TEST_CASE("A date after today makes a session planned; moved back, it is held again", "[study][rules]")
{
    const QDate today(2026, 11, 2);
    const auto stateFor = &StudySessionValidator::stateForDate;
    CHECK(stateFor(today.addDays(1), today, SessionState::Held, false) == SessionState::Planned);
    CHECK(stateFor(today, today, SessionState::Planned, true) == SessionState::Held);
    CHECK(stateFor(today.addDays(-3), today, SessionState::Planned, true) == SessionState::Held);
    // Planned by the clerk stays planned; held stays held.
    CHECK(stateFor(today, today, SessionState::Planned, false) == SessionState::Planned);
    CHECK(stateFor(today, today, SessionState::Held, false) == SessionState::Held);
    CHECK(stateFor(today.addDays(30), today, SessionState::Planned, false) == SessionState::Planned);
}
