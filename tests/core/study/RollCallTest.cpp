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
    const QList<Attendance> everyone =
        RollCall::expected(10, lecture, QDate(2026, 11, 24), SessionState::Held, cadres);
    // By department, then employee number.
    CHECK(idsOf(everyone) == QList<qint64>{3, 2, 7, 1});
    for (const Attendance &line : everyone) {
        CHECK(line.status == AttendanceStatus::Present);
        CHECK(line.uuid.isEmpty());
    }

    StudyKind partyMeeting;
    partyMeeting.membersOnly = true;
    CHECK(idsOf(RollCall::expected(10, partyMeeting, QDate(2026, 11, 24), SessionState::Held, cadres)) ==
          QList<qint64>{3, 7, 1});
    CHECK(RollCall::expected(99, lecture, QDate(2026, 11, 24), SessionState::Held, cadres).isEmpty());
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
    CHECK(idsOf(RollCall::expected(10, lecture, QDate(2026, 3, 15), SessionState::Held, cadres)) ==
          QList<qint64>{2, 3});
    CHECK(idsOf(RollCall::expected(10, lecture, QDate(2026, 3, 16), SessionState::Held, cadres)) ==
          QList<qint64>{3}); // left that day
    CHECK(idsOf(RollCall::expected(10, lecture, QDate(2026, 6, 1), SessionState::Held, cadres)) ==
          QList<qint64>{1, 3}); // hired that day
    CHECK(idsOf(RollCall::expected(10, lecture, QDate(2026, 12, 1), SessionState::Held, cadres)) ==
          QList<qint64>{1});
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

TEST_CASE("A date after today makes a session planned, moved back, it is held again", "[study][rules]")
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

TEST_CASE("A planned session's roll call starts not marked, and the lines not marked count in no rate",
          "[study][rollcall]")
{
    const QList<Cadre> cadres{cadre(1, 10, 21, QStringLiteral("B001"), PartyStatus::Member),
                              cadre(2, 10, 21, QStringLiteral("B002"), PartyStatus::Masses)};
    const StudyKind lecture;
    for (const Attendance &line :
         RollCall::expected(10, lecture, QDate(2026, 12, 10), SessionState::Planned, cadres))
        CHECK(line.status == AttendanceStatus::Unmarked);
    CHECK(RollCall::initialMark(SessionState::Held) == AttendanceStatus::Present);
    // The marks a clerk gives, and the rules are set for, leave "not marked" out.
    CHECK(RollCall::marks() == QList<AttendanceStatus>{AttendanceStatus::Present, AttendanceStatus::Late,
                                                       AttendanceStatus::Excused, AttendanceStatus::Absent});

    const QList<Attendance> lines{{QString(), 1, AttendanceStatus::Present, QString()},
                                  {QString(), 2, AttendanceStatus::Unmarked, QString()},
                                  {QString(), 3, AttendanceStatus::Unmarked, QString()},
                                  {QString(), 4, AttendanceStatus::Absent, QString()}};
    const RollCallCounts counts = RollCall::counts(lines);
    CHECK(counts.expected == 4);
    CHECK(counts.unmarked == 2);
    CHECK(counts.count(AttendanceStatus::Unmarked) == 2);
    CHECK(counts.rateBase({AttendanceStatus::Excused}) == 2);
    CHECK(counts.rate({AttendanceStatus::Excused}) == Approx(0.5));
    // Listing "not marked" among the left-out marks does not take those lines off twice.
    CHECK(counts.rateBase({AttendanceStatus::Unmarked}) == 2);
    CHECK(RollCall::counts({lines.at(1)}).rate({}) == 0);
}

TEST_CASE("A held session is saved only once every line of its roll call is marked", "[study][rollcall]")
{
    StudySession session;
    session.kindId = 1;
    session.branchId = 10;
    session.topic = QStringLiteral("学习党章");
    session.date = QDate(2026, 11, 20);
    session.startTime = QTime(14, 0);
    session.endTime = QTime(16, 0);
    session.hours = 2;
    session.state = SessionState::Planned;
    session.attendance = {{QString(), 1, AttendanceStatus::Unmarked, QString()},
                          {QString(), 2, AttendanceStatus::Present, QString()}};
    const QDate today(2026, 12, 1);
    CHECK(StudySessionValidator::validate(session, today).isEmpty());

    session.state = SessionState::Held;
    const QList<FieldError> errors = StudySessionValidator::validate(session, today);
    REQUIRE(errors.size() == 1);
    CHECK(errors.at(0).field == StudySessionField::attendance);
    CHECK(errors.at(0).message.contains(QStringLiteral("1")));

    session.attendance[0].status = AttendanceStatus::Absent;
    CHECK(StudySessionValidator::validate(session, today).isEmpty());
}
