#include "AccountTestSupport.h"
#include "TrainingFixture.h"
#include "history/RecordHistory.h"
#include "training/TrainingRecordKinds.h"

#include <catch2/catch.hpp>

using namespace rongpei;
using namespace rongpei::test;

TEST_CASE("A class is saved and read back with its courses, days, cohort, marks and scores", "[training]")
{
    TrainingFixture f;
    TrainingClass c = f.sampleClass(f.everyone());
    c.enrollments[0].marks[c.days.at(1).date] = {AttendanceStatus::Excused, 3.5,
                                                 QStringLiteral(" 公司 会议 ")};
    c.enrollments[1].marks[c.days.at(2).date] = {AttendanceStatus::Absent, 0, {}};
    c.enrollments[2].score = 88.5;
    const qint64 id = f.classes().add(c);

    const std::optional<TrainingClass> saved = f.classes().find(id);
    REQUIRE(saved);
    CHECK(saved->name == c.name);
    CHECK(saved->courseIds == QList<qint64>{f.course});
    CHECK(saved->days.size() == 5);
    CHECK(saved->hours() == 35);
    REQUIRE(saved->enrollments.size() == 10);
    CHECK(saved->enrollments.at(0).marks.value(c.days.at(1).date) ==
          DayMark{AttendanceStatus::Excused, 3.5, QStringLiteral("公司 会议")});
    // Absent without hours given misses the whole day.
    CHECK(saved->enrollments.at(1).marks.value(c.days.at(2).date).missedHours == 7);
    CHECK(saved->enrollments.at(2).score == 88.5);
    CHECK_FALSE(saved->enrollments.at(3).score);
    CHECK(scalar(f.workspace().database(), QStringLiteral("SELECT count(*) FROM class_attendance")).toInt() ==
          50);
}

TEST_CASE("Editing a class keeps the identity of its days and participants", "[training]")
{
    TrainingFixture f;
    const qint64 id = f.classes().add(f.sampleClass({f.party.at(0), f.operations.at(0)}));
    TrainingClass edited = *f.classes().find(id);
    const QString firstUuid = edited.enrollments.at(0).uuid;
    const QString dayUuid = edited.days.at(0).uuid;
    edited.enrollments[0].score = 75;
    edited.enrollments.removeAt(1);
    edited.days.removeLast(); // its marks go with it
    edited.endsOn = edited.days.last().date;
    f.classes().update(edited);

    const TrainingClass saved = *f.classes().find(id);
    REQUIRE(saved.enrollments.size() == 1);
    CHECK(saved.enrollments.at(0).uuid == firstUuid);
    CHECK(saved.enrollments.at(0).score == 75);
    CHECK(saved.days.at(0).uuid == dayUuid);
    CHECK(saved.days.size() == 4);
    CHECK(saved.enrollments.at(0).marks.size() == 4);
    CHECK(scalar(f.workspace().database(), QStringLiteral("SELECT count(*) FROM class_attendance")).toInt() ==
          4);

    // Deleted and restored, it is as it was.
    const TrainingClass removed = f.classes().remove(id);
    CHECK(scalar(f.workspace().database(), QStringLiteral("SELECT count(*) FROM enrollment")).toInt() == 0);
    f.classes().restore(removed);
    CHECK(*f.classes().find(id) == saved);
}

TEST_CASE("A class with bad input is refused on its field and nothing is saved", "[training]")
{
    TrainingFixture f;
    const auto lastChange = [&f] {
        return scalar(f.workspace().database(), QStringLiteral("SELECT max(seq) FROM journal"));
    };
    const auto refusedOn = [&f](const TrainingClass &c, const QString &field) {
        const ValidationError refusal = refusalOf([&] { f.classes().add(c); });
        INFO(refusal.message().toStdString());
        return refusal.hasErrorFor(field);
    };

    TrainingClass score = f.sampleClass({f.party.first()});
    score.enrollments[0].score = 101;
    CHECK(refusedOn(score, TrainingClassField::participants));

    TrainingClass twice = f.sampleClass({f.party.first(), f.party.first()});
    CHECK(refusedOn(twice, TrainingClassField::participants));

    TrainingClass backwards = f.sampleClass({f.party.first()});
    backwards.endsOn = backwards.startsOn.addDays(-1);
    CHECK(refusedOn(backwards, TrainingClassField::endsOn));

    TrainingClass full = f.sampleClass(f.everyone());
    full.capacity = 9;
    CHECK(refusedOn(full, TrainingClassField::capacity));

    TrainingClass outside = f.sampleClass({f.party.first()});
    outside.days.append({QString(), outside.endsOn.addDays(3), 7});
    CHECK(refusedOn(outside, TrainingClassField::days));

    TrainingClass noDays = f.sampleClass({});
    noDays.days.clear();
    CHECK(refusedOn(noDays, TrainingClassField::days));

    TrainingClass future = f.sampleClass({f.party.first()});
    future.startsOn = QDate(2026, 12, 7);
    future.endsOn = future.startsOn;
    future.days = {{QString(), future.startsOn, 7}};
    future.enrollments[0].marks = {{future.startsOn, {AttendanceStatus::Present, 0, {}}}};
    CHECK(refusedOn(future, TrainingClassField::participants));

    TrainingClass tooLong = f.sampleClass({f.party.first()});
    tooLong.enrollments[0].marks[tooLong.startsOn] = {AttendanceStatus::Excused, 8, QStringLiteral("事假")};
    CHECK(refusedOn(tooLong, TrainingClassField::participants));

    TrainingClass unassessed = f.sampleClass({f.party.first()});
    unassessed.passMark.reset();
    unassessed.enrollments[0].score = 70;
    CHECK(refusedOn(unassessed, TrainingClassField::participants));

    TrainingClass badPass = f.sampleClass({f.party.first()});
    badPass.passMark = -1;
    CHECK(refusedOn(badPass, TrainingClassField::passMark));

    TrainingClass department = f.sampleClass({f.party.first()});
    department.branchId = f.org.office; // a department organises nothing
    CHECK(refusedOn(department, TrainingClassField::branch));

    Cadre gone = sampleCadre(f.org.firstBranch, QStringLiteral("T900"), QStringLiteral("李离"));
    gone.employmentStatus = EmploymentStatus::Left;
    gone.leftOn = QDate(2026, 6, 30);
    const qint64 left = f.workspace().cadres().add(gone);
    const QVariant withCadre = lastChange();
    CHECK(refusedOn(f.sampleClass({f.party.first(), left}), TrainingClassField::participants));

    CHECK(f.classes().count() == 0);
    CHECK(scalar(f.workspace().database(), QStringLiteral("SELECT count(*) FROM enrollment")).toInt() == 0);
    CHECK(lastChange() == withCadre); // nothing written since the cadre
}

TEST_CASE("A clerk keeps the classes their branch organises, not the committee's", "[training][accounts]")
{
    TeamFile team;
    team.signIn(QStringLiteral("admin"));
    Course course;
    course.title = QStringLiteral("精益管理基础");
    course.categoryId = team.workspace().courses().categories().first().id;
    course.hours = 8;
    const qint64 courseId = team.workspace().courses().add(course);
    const qint64 cadre =
        team.workspace().cadres().add(sampleCadre(team.org.firstBranch, QStringLiteral("C001")));
    team.workspace().signOut();
    team.signIn(QStringLiteral("clerk"));

    TrainingClass c;
    c.name = QStringLiteral("第一党支部精益管理培训班");
    c.kindId = studyKind(team.workspace(), QStringLiteral("concentrated_study"));
    c.branchId = team.org.firstBranch;
    c.startsOn = c.endsOn = QDate(2026, 10, 12);
    c.days = {{QString(), c.startsOn, 4}};
    c.courseIds = {courseId};
    c.enrollments = {Enrollment{QString(), cadre, std::nullopt, {{c.startsOn, {}}}}};
    const qint64 id = team.workspace().trainingClasses().add(c);
    CHECK(team.workspace().trainingClasses().find(id)->enrollments.size() == 1);

    c.branchId = team.org.committee;
    CHECK(refusedForPermission([&] { team.workspace().trainingClasses().add(c); }));
    // The catalogue is the administrator's.
    CHECK(refusedForPermission([&] { team.workspace().courses().addCategory(QStringLiteral("班组管理")); }));
    CHECK(team.workspace().trainingClasses().count() == 1);
}

TEST_CASE("The rules for classes are settings with the regulation's figures by default", "[training]")
{
    TrainingFixture f;
    CHECK(f.classes().rules() == TrainingRules{1, 7, 30});
    f.classes().updateRules({1, 5, 25});
    CHECK(f.classes().rules() == TrainingRules{1, 5, 25});
    CHECK(refusalOf([&] { f.classes().updateRules({2, 1, 30}); }).hasErrorFor(QStringLiteral("absence")));
    CHECK(refusalOf([&] {
              f.classes().updateRules({1, 7, 60});
          }).hasErrorFor(QStringLiteral("jointMinPercent")));
    CHECK(f.classes().rules() == TrainingRules{1, 5, 25});
}

TEST_CASE("A class's history names a course it teaches by its title, instead of failing",
          "[training][history]")
{
    TrainingFixture f;
    TrainingClass c = f.sampleClass({f.party.at(0)});
    const qint64 id = f.classes().add(c);
    Course other = f.sampleCourse(QStringLiteral("精益生产与现场改善"));
    const qint64 otherId = f.workspace().courses().add(other);
    TrainingClass edited = *f.classes().find(id);
    edited.courseIds = {otherId};
    f.classes().update(edited);
    const std::vector<HistoryLine> lines = RecordHistory::lines(
        f.workspace().database(), TrainingRecordKinds::trainingClass(), edited.uuid, f.workspace().access());
    bool namesCourse = false;
    for (const HistoryLine &line : lines)
        namesCourse = namesCourse || line.after.contains(QStringLiteral("精益生产与现场改善")) ||
                      line.subject.contains(QStringLiteral("精益生产与现场改善"));
    CHECK(namesCourse);
}
