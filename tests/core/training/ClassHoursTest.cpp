#include "TrainingFixture.h"
#include "study/HourCompliance.h"
#include "study/StudyFile.h"
#include "study/StudyRuleRepository.h"
#include "study/StudySessionRepository.h"

#include <QHash>

using namespace rongpei;
using namespace rongpei::test;

namespace {

QHash<qint64, ComplianceRow> complianceOf(TrainingFixture &f, int year, const QSet<qint64> &branches = {})
{
    QHash<qint64, ComplianceRow> rows;
    for (const ComplianceRow &row :
         HourCompliance(f.workspace().database(), f.temp.clock()).compute(year, branches))
        rows.insert(row.cadreId, row);
    return rows;
}

/// A held session of `kind` on `date` of `hours`, with `cadres` present.
void studySession(TrainingFixture &f, const QString &kind, QDate date, double hours,
                  const QList<qint64> &cadres, qint64 branch)
{
    StudySession s = sampleSession(studyKind(f.workspace(), kind), branch, date);
    s.startTime = QTime(8, 0);
    s.endTime = QTime(8, 0).addSecs(static_cast<int>(hours * 3600));
    s.hours = hours;
    for (const qint64 cadre : cadres)
        s.attendance.append({QString(), cadre, AttendanceStatus::Present, QString()});
    f.workspace().studySessions().add(s);
}

} // namespace

TEST_CASE("A completed class earns its attended hours toward the requirements that count its kind",
          "[training][compliance]")
{
    TrainingFixture f;
    const qint64 completes = f.party.at(0);
    const qint64 halfDayLeave = f.party.at(1);
    const qint64 fails = f.operations.at(0);          // same branch as `completes`
    const qint64 tooMuchAbsence = f.operations.at(1); // of the second branch
    TrainingClass c = f.sampleClass({completes, halfDayLeave, fails, tooMuchAbsence});
    for (Enrollment &participant : c.enrollments)
        participant.score = participant.cadreId == fails ? 55 : 80;
    c.enrollments[1].marks[c.days.at(1).date] = {AttendanceStatus::Excused, 3.5, QStringLiteral("病假")};
    for (int d = 0; d < 2; ++d) // 14 of 35 hours missed: over 1/7
        c.enrollments[3].marks[c.days.at(d).date] = {AttendanceStatus::Absent, 7, {}};
    f.classes().add(c);
    // A session of the same branch, to see the sources apart.
    studySession(f, QStringLiteral("concentrated_study"), QDate(2026, 3, 10), 2, {completes, fails},
                 f.org.firstBranch);

    QSet<qint64> scope;
    SECTION("for the whole enterprise") {}
    SECTION("for one branch")
    {
        scope = {f.org.firstBranch};
    }
    const QHash<qint64, ComplianceRow> rows = complianceOf(f, 2026, scope);
    REQUIRE(rows.contains(completes));
    CHECK(rows.value(completes).classHours == Approx(35));
    CHECK(rows.value(completes).sessionHours == Approx(2));
    CHECK(rows.value(completes).earned == Approx(37));
    REQUIRE(rows.contains(fails));
    CHECK(rows.value(fails).classHours == Approx(0));
    CHECK(rows.value(fails).earned == Approx(2));
    if (scope.isEmpty()) {
        CHECK(rows.value(halfDayLeave).classHours == Approx(31.5));
        CHECK(rows.value(tooMuchAbsence).classHours == Approx(0));
    } else {
        CHECK_FALSE(rows.contains(tooMuchAbsence));
    }

    // The hours fall in the year the class ends.
    CHECK(complianceOf(f, 2025).value(completes).classHours == Approx(0));

    // A class of a kind no requirement counts earns nothing toward them.
    c = *f.classes().find(f.classes().startingBetween(QDate(2026, 1, 1), QDate(2026, 12, 31)).first().id);
    c.kindId = studyKind(f.workspace(), QStringLiteral("member_assembly"));
    f.classes().update(c);
    CHECK(complianceOf(f, 2026, scope).value(completes).classHours == Approx(0));
}

TEST_CASE("A yearly cap on a kind counts its sessions first, then classes, up to the cap",
          "[training][compliance]")
{
    TrainingFixture f;
    const qint64 cadre = f.party.at(0);
    StudyRuleRepository &rules = f.workspace().studyRules();
    StudyKind online;
    for (const StudyKind &kind : rules.kinds())
        if (kind.code == QStringLiteral("online_study"))
            online = kind;
    REQUIRE(online.id > 0);

    studySession(f, QStringLiteral("online_study"), QDate(2026, 2, 3), 8, {cadre}, f.org.firstBranch);
    studySession(f, QStringLiteral("concentrated_study"), QDate(2026, 2, 4), 3, {cadre}, f.org.firstBranch);
    TrainingClass c = f.sampleClass({cadre}, 1); // 7 hours of online study
    c.kindId = online.id;
    c.offTheJob = false;
    c.enrollments[0].score = 90;
    f.classes().add(c);

    QSet<qint64> scope;
    SECTION("for the whole enterprise") {}
    SECTION("for one branch")
    {
        scope = {f.org.firstBranch};
    }
    ComplianceRow row = complianceOf(f, 2026, scope).value(cadre);
    CHECK(row.earned == Approx(18)); // no cap: 8 + 3 + 7
    CHECK(row.classHours == Approx(7));

    online.yearlyCap = 10;
    rules.saveKind(online);
    row = complianceOf(f, 2026, scope).value(cadre);
    CHECK(row.sessionHours == Approx(11)); // 8 online, within the cap, and 3 uncapped
    CHECK(row.classHours == Approx(2));    // what is left of the cap
    CHECK(row.earned == Approx(13));

    online.yearlyCap = 5;
    rules.saveKind(online);
    row = complianceOf(f, 2026, scope).value(cadre);
    CHECK(row.sessionHours == Approx(8));
    CHECK(row.classHours == Approx(0));
    CHECK(row.earned == Approx(8));

    // The cap is per calendar year: a five-year requirement counts each year's capped hours.
    studySession(f, QStringLiteral("online_study"), QDate(2025, 6, 3), 8, {cadre}, f.org.firstBranch);
    Cadre senior = *f.workspace().cadres().find(cadre);
    senior.level = CadreLevel::Senior;
    f.workspace().cadres().update(senior);
    for (const HourRequirement &requirement : rules.requirements())
        if (requirement.category != CadreCategory::CountyAndAbove)
            rules.removeRequirement(requirement.id);
    row = complianceOf(f, 2026, scope).value(cadre);
    REQUIRE(row.requirement.periodYears == 5);
    CHECK(row.sessionHours == Approx(5 + 3 + 5)); // 2025's online hours capped at 5 too
    CHECK(row.classHours == Approx(0));

    // A cap out of range is refused on its field.
    online.yearlyCap = -1;
    CHECK_THROWS_AS(rules.saveKind(online), ValidationError);
}

TEST_CASE("The study file lists a cadre's classes with their outcome and hours beside the sessions",
          "[training][compliance]")
{
    TrainingFixture f;
    const qint64 cadre = f.party.at(0);
    TrainingClass c = f.sampleClass({cadre, f.party.at(1)});
    c.enrollments[0].score = 88;
    c.enrollments[1].score = 40;
    f.classes().add(c);
    studySession(f, QStringLiteral("concentrated_study"), QDate(2026, 3, 10), 2, {cadre}, f.org.firstBranch);

    const StudyFile file = StudyFile::load(f.workspace().database(), cadre, f.temp.clock().today());
    REQUIRE(file.otherRecords.size() == 1);
    const HourRecord &record = file.otherRecords.first().record;
    CHECK(record.title == c.name);
    CHECK(record.date == c.endsOn);
    CHECK(record.hoursEarned == Approx(35));
    CHECK(record.outcome == enumLabel(CompletionState::Completed));
    CHECK(file.hoursByYear.value(2026) == Approx(37));
    CHECK(file.hoursByYearAndSource.value(2026).value(StudyFile::sessionsSource()) == Approx(2));
    CHECK(file.hoursByYearAndSource.value(2026).value(file.otherRecords.first().source) == Approx(35));

    const StudyFile failed = StudyFile::load(f.workspace().database(), f.party.at(1), f.temp.clock().today());
    REQUIRE(failed.otherRecords.size() == 1);
    CHECK(failed.otherRecords.first().record.hoursEarned == Approx(0));
    CHECK(failed.otherRecords.first().record.outcome == enumLabel(CompletionState::Failed));
}
