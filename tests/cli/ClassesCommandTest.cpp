// rongpei-cli classes: its figures against ones worked out by hand, its formats, and that it never writes.
#include "CliSupport.h"
#include "Workspace.h"
#include "roster/CadreRepository.h"
#include "training/CourseRepository.h"
#include "training/FeedbackRepository.h"
#include "training/TrainingClassRepository.h"

using namespace rongpei;
using namespace rongpei::test;

namespace {

/// Two classes of 2026 and one of 2025 over four party-affairs and four operations cadres.
///  A (joint, off the job, 3 days of 7 hours, pass mark 60): 3 party-affairs and 3 operations
///    cadres; scores 80, 80, 80, 80, 50 (fails) and 90 for one absent two days (14 of 21 hours:
///    over 1/7, not completed). Completed 4 of 6 decided: 67 %; mean score 460/6 = 76.7.
///  B (joint, on the job, one day of 3.5 hours, not assessed): four operations cadres only, so
///    one-sided (0 % party-affairs); all complete: 100 %. No feedback forms.
QString classesDatabase(TemporaryFolder &folder)
{
    const QString path = folder.path(QStringLiteral("classes.db"));
    FixedClock clock;
    Workspace workspace(path, Database::OpenMode::CreateIfMissing, clock);
    const auto org = SmallOrganization::create(workspace);
    QList<qint64> party;
    QList<qint64> operations;
    for (int i = 0; i < 8; ++i) {
        Cadre cadre =
            sampleCadre(org.firstBranch, QStringLiteral("C%1").arg(i), QStringLiteral("学员%1").arg(i));
        cadre.track = i < 4 ? Track::Party : Track::Operations;
        (i < 4 ? party : operations).append(workspace.cadres().add(cadre));
    }
    Course course;
    course.title = QStringLiteral("财务报表分析");
    course.categoryId = workspace.courses().categories().first().id;
    course.hours = 7;
    const qint64 courseId = workspace.courses().add(course);
    const auto make = [&](const QString &name, QDate start, int days, double hours,
                          const QList<qint64> &cohort) {
        TrainingClass c;
        c.name = name;
        c.kindId = studyKind(workspace, QStringLiteral("full_time_training"));
        c.branchId = org.committee;
        c.startsOn = start;
        c.endsOn = start.addDays(days - 1);
        c.joint = true;
        c.courseIds = {courseId};
        for (int d = 0; d < days; ++d)
            c.days.append({QString(), start.addDays(d), hours});
        for (const qint64 cadre : cohort) {
            Enrollment participant;
            participant.cadreId = cadre;
            for (const ClassDay &day : c.days)
                participant.marks.insert(day.date, {AttendanceStatus::Present, 0, {}});
            c.enrollments.append(participant);
        }
        return c;
    };
    TrainingClass a =
        make(QStringLiteral("联合培训班A"), QDate(2026, 3, 2), 3, 7,
             {party.at(0), party.at(1), party.at(2), operations.at(0), operations.at(1), operations.at(2)});
    a.offTheJob = true;
    a.passMark = 60;
    const QList<double> scores{80, 80, 80, 80, 50, 90};
    for (int i = 0; i < a.enrollments.size(); ++i)
        a.enrollments[i].score = scores.at(i);
    for (int d = 0; d < 2; ++d)
        a.enrollments[5].marks[a.days.at(d).date] = {AttendanceStatus::Absent, 7, {}};
    const qint64 aId = workspace.trainingClasses().add(a);
    // Two forms for A: 5, 4, 5, 4, 5 and an anonymous 3, 3, 3, 3, 3: 38 over 10 ratings, 3.80.
    QList<qint64> questions;
    for (const FeedbackQuestion &question : workspace.feedback().questions())
        questions.append(question.id);
    FeedbackForm named{{}, party.at(0), false, {}, QStringLiteral("好")};
    FeedbackForm anonymous{{}, 0, true, {}, {}};
    for (int i = 0; i < 5; ++i) {
        named.ratings.insert(questions.at(i), i % 2 == 0 ? 5 : 4);
        anonymous.ratings.insert(questions.at(i), 3);
    }
    workspace.feedback().saveForms(aId, {named, anonymous});
    workspace.trainingClasses().add(
        make(QStringLiteral("联合培训班B"), QDate(2026, 6, 15), 1, 3.5, operations));
    workspace.trainingClasses().add(make(QStringLiteral("2025年的班"), QDate(2025, 5, 5), 1, 7, party));
    return path;
}

} // namespace

TEST_CASE("rongpei-cli classes lists a year's classes with figures worked out by hand", "[cli][training]")
{
    TemporaryFolder folder;
    const QString path = classesDatabase(folder);
    const QByteArray before = fileHash(path);
    const Result csv =
        runCli({QStringLiteral("classes"), QStringLiteral("--database"), path, QStringLiteral("--year"),
                QStringLiteral("2026"), QStringLiteral("--format"), QStringLiteral("csv")});
    INFO(csv.err.toStdString());
    REQUIRE(csv.exitCode == 0);
    CHECK(
        csv.out ==
        csvOf(
            {QStringLiteral("class,organiser,starts_on,ends_on,hours,off_the_job,joint,participants,party,"
                            "operations,party_percent,one_sided,completed,decided,completion_percent,scored,"
                            "mean_score,feedback_forms,mean_feedback"),
             QStringLiteral(
                 "联合培训班A,集团党委,2026-03-02,2026-03-04,21.0,1,1,6,3,3,50,0,4,6,67,6,76.7,2,3.80"),
             QStringLiteral("联合培训班B,集团党委,2026-06-15,2026-06-15,3.5,0,1,4,0,4,0,1,4,4,100,0,,0,")}));

    const Result table = runCli({QStringLiteral("classes"), QStringLiteral("--database"), path,
                                 QStringLiteral("--year"), QStringLiteral("2026")});
    REQUIRE(table.exitCode == 0);
    CHECK(table.out.contains(QStringLiteral("联合培训班B ⚠ one-sided")));
    CHECK(table.out.contains(QStringLiteral("67 %")));
    CHECK(table.out.contains(QStringLiteral("2 class(es), 10 participant(s), 1 joint class(es) one-sided.")));

    const Result earlier =
        runCli({QStringLiteral("classes"), QStringLiteral("--database"), path, QStringLiteral("--year"),
                QStringLiteral("2025"), QStringLiteral("--format"), QStringLiteral("csv")});
    CHECK(earlier.out.count(QStringLiteral("\r\n")) == 2);
    CHECK(earlier.out.contains(QStringLiteral("2025年的班")));

    const Result badYear = runCli({QStringLiteral("classes"), QStringLiteral("--database"), path,
                                   QStringLiteral("--year"), QStringLiteral("26")});
    CHECK(badYear.exitCode == 2);
    CHECK(badYear.err.contains(QStringLiteral("--year")));
    const Result badFormat =
        runCli({QStringLiteral("classes"), QStringLiteral("--database"), path, QStringLiteral("--year"),
                QStringLiteral("2026"), QStringLiteral("--format"), QStringLiteral("xlsx")});
    CHECK(badFormat.exitCode == 2);
    CHECK(fileHash(path) == before); // it reads only
}
