#include "RotationFixture.h"
#include "rotation/PostTrack.h"
#include "storage/Database.h"

#include <QSqlQuery>

#include <catch2/catch.hpp>

using namespace rongpei;
using namespace rongpei::test;

namespace {

qint64 rowCount(Workspace &workspace, const QString &table)
{
    return scalar(workspace.database(), QStringLiteral("SELECT count(*) FROM %1").arg(table)).toLongLong();
}

} // namespace

TEST_CASE("A rotation is saved with its evaluations, its direction told from the host post", "[rotation]")
{
    RotationFixture f;
    Rotation r = f.sampleRotation();
    r.actualStart = r.plannedStart;
    RotationEvaluation mid;
    mid.evaluatedOn = QDate(2026, 6, 1);
    mid.grade = EvaluationGrade::Excellent;
    mid.integrity = 5;
    mid.hostComments = QStringLiteral("适应快");
    r.midTermEvaluation = mid;
    const qint64 id = f.rotations().add(r);
    const Rotation saved = *f.rotations().find(id);
    CHECK(saved.fromTrack == Track::Party);
    REQUIRE(saved.toTrack.has_value());
    CHECK(*saved.toTrack == Track::Operations);
    CHECK_FALSE(saved.trackStated);
    CHECK(saved.direction() == RotationDirection::PartyToOperations);
    REQUIRE(saved.midTermEvaluation.has_value());
    CHECK(*saved.midTermEvaluation == mid);
    CHECK_FALSE(saved.finalEvaluation.has_value());

    // A final evaluation added later; removing the mid-term one drops its row.
    Rotation edited = saved;
    RotationEvaluation last = mid;
    last.evaluatedOn = QDate(2026, 9, 10);
    last.grade = EvaluationGrade::Competent;
    edited.finalEvaluation = last;
    edited.midTermEvaluation.reset();
    f.rotations().update(edited);
    const Rotation again = *f.rotations().find(id);
    CHECK_FALSE(again.midTermEvaluation.has_value());
    REQUIRE(again.finalEvaluation.has_value());
    CHECK(again.finalEvaluation->grade == EvaluationGrade::Competent);
    CHECK(rowCount(f.workspace(), QStringLiteral("rotation_evaluation")) == 1);
}

TEST_CASE("Rotations of one cadre may not share a day: the end day equal to the next start is refused",
          "[rotation]")
{
    RotationFixture f;
    f.rotations().add(f.sampleRotation(QDate(2025, 3, 1), QDate(2025, 8, 31)));
    const ValidationError refusal =
        refusalOf([&] { f.rotations().add(f.sampleRotation(QDate(2025, 8, 31), QDate(2025, 12, 31))); });
    CHECK(refusal.hasErrorFor(RotationField::plannedStart));
    CHECK(refusal.message().contains(QStringLiteral("王党务")));
    CHECK(rowCount(f.workspace(), QStringLiteral("rotation")) == 1);
    // The day after is free.
    const qint64 second = f.rotations().add(f.sampleRotation(QDate(2025, 9, 1), QDate(2025, 12, 31)));
    // An actual end before the planned one frees the days after it; a cancelled rotation frees all.
    Rotation early = f.sampleRotation(QDate(2026, 1, 1), QDate(2026, 6, 30));
    early.actualStart = early.plannedStart;
    early.actualEnd = QDate(2026, 2, 28);
    f.rotations().add(early);
    CHECK(f.rotations().add(f.sampleRotation(QDate(2026, 3, 1), QDate(2026, 4, 30))) > 0);
    Rotation cancelled = f.sampleRotation(QDate(2026, 3, 15), QDate(2026, 3, 31));
    cancelled.cancelled = true;
    CHECK(f.rotations().add(cancelled) > 0);
    // An extension that runs into the next rotation is refused.
    Rotation extended = *f.rotations().find(second);
    extended.extendedTo = QDate(2026, 1, 1);
    CHECK(refusalOf([&] { f.rotations().update(extended); }).hasErrorFor(RotationField::plannedStart));
}

TEST_CASE("Actual dates are of the past, and a late start needs the planned dates moved", "[rotation]")
{
    RotationFixture f; // today 2026-11-24
    Rotation r = f.sampleRotation(QDate(2026, 11, 1), QDate(2027, 4, 30));
    r.actualStart = QDate(2026, 11, 25);
    CHECK(refusalOf([&] { f.rotations().add(r); }).hasErrorFor(RotationField::actualStart));
    r.actualStart = QDate(2026, 11, 2);
    r.actualEnd = QDate(2026, 12, 1);
    CHECK(refusalOf([&] { f.rotations().add(r); }).hasErrorFor(RotationField::actualEnd));
    Rotation late = f.sampleRotation(QDate(2026, 1, 1), QDate(2026, 3, 31));
    late.actualStart = QDate(2026, 5, 1);
    CHECK(refusalOf([&] { f.rotations().add(late); }).hasErrorFor(RotationField::actualStart));
    CHECK(rowCount(f.workspace(), QStringLiteral("rotation")) == 0);
}

TEST_CASE("A rotation of a cadre who left since stays editable, one past the leaving day is refused",
          "[rotation]")
{
    RotationFixture f;
    Rotation r = f.sampleRotation(QDate(2025, 3, 1), QDate(2025, 8, 31));
    r.id = f.rotations().add(r);
    Cadre gone = *f.workspace().cadres().find(f.cadre);
    gone.employmentStatus = EmploymentStatus::Retired; // no leaving day recorded
    f.workspace().cadres().update(gone);
    Rotation evaluated = *f.rotations().find(r.id);
    RotationEvaluation last;
    last.evaluatedOn = QDate(2025, 9, 5);
    evaluated.finalEvaluation = last;
    f.rotations().update(evaluated); // the evaluation of a finished rotation is still recorded
    CHECK(f.rotations().find(r.id)->finalEvaluation.has_value());
    // With a leaving day, a rotation may not run past it.
    gone.employmentStatus = EmploymentStatus::Left;
    gone.leftOn = QDate(2026, 6, 1);
    f.workspace().cadres().update(gone);
    CHECK(refusalOf([&] {
              f.rotations().add(f.sampleRotation(QDate(2026, 3, 1), QDate(2026, 8, 31)));
          }).hasErrorFor(RotationField::plannedEnd));
    CHECK(f.rotations().add(f.sampleRotation(QDate(2026, 3, 1), QDate(2026, 5, 31))) > 0);
}

TEST_CASE("A rotation's status follows the dates at today's edges", "[rotation]")
{
    Rotation r;
    r.plannedStart = QDate(2026, 3, 1);
    r.plannedEnd = QDate(2026, 8, 31);
    CHECK(r.status(QDate(2026, 2, 28)) == RotationStatus::Planned);
    CHECK(r.status(QDate(2026, 3, 1)) == RotationStatus::Ongoing);
    CHECK(r.status(QDate(2026, 8, 31)) == RotationStatus::Ongoing);
    CHECK(r.status(QDate(2026, 9, 1)) == RotationStatus::Completed);
    r.actualStart = QDate(2026, 3, 10);
    CHECK(r.status(QDate(2026, 3, 9)) == RotationStatus::Planned);
    r.actualEnd = QDate(2026, 6, 30);
    CHECK(r.status(QDate(2026, 6, 30)) == RotationStatus::Ongoing);
    CHECK(r.status(QDate(2026, 7, 1)) == RotationStatus::EndedEarly);
    r.actualEnd = QDate(2026, 8, 31);
    CHECK(r.status(QDate(2026, 9, 1)) == RotationStatus::Completed);
    r.extendedTo = QDate(2026, 11, 30);
    r.actualEnd = {};
    CHECK(r.status(QDate(2026, 10, 1)) == RotationStatus::Ongoing);
    r.actualEnd = QDate(2026, 10, 31);
    CHECK(r.status(QDate(2026, 11, 1)) == RotationStatus::EndedEarly);
    r.cancelled = true;
    CHECK(r.status(QDate(2026, 5, 1)) == RotationStatus::Cancelled);
}

TEST_CASE("Overdue evaluations: the mid-term after half of a long rotation, the final a month after the end",
          "[rotation]")
{
    Rotation r;
    r.plannedStart = QDate(2026, 1, 1);
    r.plannedEnd = QDate(2026, 12, 31); // 365 days: a mid-term is expected after 2026-07-02
    CHECK_FALSE(r.evaluationOverdue(EvaluationStage::MidTerm, QDate(2026, 7, 2)));
    CHECK(r.evaluationOverdue(EvaluationStage::MidTerm, QDate(2026, 7, 3)));
    RotationEvaluation mid;
    mid.evaluatedOn = QDate(2026, 7, 1);
    r.midTermEvaluation = mid;
    CHECK_FALSE(r.evaluationOverdue(EvaluationStage::MidTerm, QDate(2026, 8, 1)));
    CHECK_FALSE(r.evaluationOverdue(EvaluationStage::Final, QDate(2027, 1, 30)));
    CHECK(r.evaluationOverdue(EvaluationStage::Final, QDate(2027, 1, 31)));
    RotationEvaluation last;
    last.evaluatedOn = QDate(2027, 1, 15);
    r.finalEvaluation = last;
    CHECK_FALSE(r.evaluationOverdue(EvaluationStage::Final, QDate(2027, 3, 1)));
    // A short rotation has no mid-term evaluation.
    Rotation shadowing;
    shadowing.plannedStart = QDate(2026, 1, 1);
    shadowing.plannedEnd = QDate(2026, 3, 31);
    CHECK_FALSE(shadowing.evaluationOverdue(EvaluationStage::MidTerm, QDate(2026, 3, 1)));
}

TEST_CASE("Bad rotations are refused on their fields and nothing is saved", "[rotation]")
{
    RotationFixture f;
    SECTION("end before start")
    {
        Rotation r = f.sampleRotation(QDate(2026, 5, 1), QDate(2026, 4, 30));
        CHECK(refusalOf([&] { f.rotations().add(r); }).hasErrorFor(RotationField::plannedEnd));
    }
    SECTION("actual end before actual start, or without it")
    {
        Rotation r = f.sampleRotation();
        r.actualEnd = QDate(2026, 4, 1);
        CHECK(refusalOf([&] { f.rotations().add(r); }).hasErrorFor(RotationField::actualStart));
        r.actualStart = QDate(2026, 4, 2);
        CHECK(refusalOf([&] { f.rotations().add(r); }).hasErrorFor(RotationField::actualEnd));
    }
    SECTION("the mentor is the cadre")
    {
        Rotation r = f.sampleRotation();
        r.mentorId = f.cadre;
        CHECK(refusalOf([&] { f.rotations().add(r); }).hasErrorFor(RotationField::mentor));
    }
    SECTION("from and to the same post")
    {
        Rotation r = f.sampleRotation();
        r.toUnitId = r.fromUnitId;
        r.toPost = r.fromPost;
        CHECK(refusalOf([&] { f.rotations().add(r); }).hasErrorFor(RotationField::toPost));
    }
    SECTION("a cadre who has left")
    {
        Cadre gone = *f.workspace().cadres().find(f.cadre);
        gone.employmentStatus = EmploymentStatus::Left;
        gone.leftOn = QDate(2026, 1, 1);
        f.workspace().cadres().update(gone);
        CHECK(refusalOf([&] { f.rotations().add(f.sampleRotation()); }).hasErrorFor(RotationField::cadre));
    }
    SECTION("a host post whose track cannot be told")
    {
        Rotation r = f.sampleRotation();
        r.toPost = QStringLiteral("专员");
        CHECK(refusalOf([&] { f.rotations().add(r); }).hasErrorFor(RotationField::toTrack));
    }
    SECTION("an evaluation with a rating outside 1 to 5, or before the rotation began")
    {
        Rotation r = f.sampleRotation();
        RotationEvaluation e;
        e.evaluatedOn = QDate(2026, 6, 1);
        e.probity = 6;
        r.midTermEvaluation = e;
        CHECK(refusalOf([&] { f.rotations().add(r); }).hasErrorFor(RotationField::midTermEvaluation));
        e.probity = 5;
        e.evaluatedOn = QDate(2026, 2, 1);
        r.finalEvaluation = e;
        r.midTermEvaluation.reset();
        CHECK(refusalOf([&] { f.rotations().add(r); }).hasErrorFor(RotationField::finalEvaluation));
    }
    CHECK(rowCount(f.workspace(), QStringLiteral("rotation")) == 0);
    CHECK(rowCount(f.workspace(), QStringLiteral("rotation_evaluation")) == 0);
}

TEST_CASE("A host post's track the clerk states is kept and gives the direction", "[rotation]")
{
    RotationFixture f;
    Rotation r = f.sampleRotation();
    r.toPost = QStringLiteral("专员");
    r.toTrack = Track::Party;
    r.trackStated = true;
    const qint64 id = f.rotations().add(r);
    CHECK(f.rotations().find(id)->direction() == RotationDirection::SameTrack);
    CHECK(f.rotations().find(id)->trackStated);
    // Back to "tell from the post" with a post that says it.
    Rotation told = *f.rotations().find(id);
    told.toTrack.reset();
    told.toPost = QStringLiteral("车间副主任");
    f.rotations().update(told);
    CHECK(f.rotations().find(id)->direction() == RotationDirection::PartyToOperations);
    CHECK_FALSE(f.rotations().find(id)->trackStated);
}

TEST_CASE("A grade outside the list written by another program is refused by the file", "[rotation]")
{
    RotationFixture f;
    Rotation r = f.sampleRotation();
    const qint64 id = f.rotations().add(r);
    const QString path = f.temp.path();
    f.temp.close();
    withRawConnection(path, [id](QSqlQuery &query) {
        CHECK_FALSE(
            query.exec(QStringLiteral("INSERT INTO rotation_evaluation (uuid, rotation_id, branch_id, "
                                      "stage, evaluated_on, grade, integrity, ability, diligence, "
                                      "performance, probity, created_at, updated_at) VALUES ('u', %1, "
                                      "1, 'final', '2026-09-01', 'superb', 3, 3, 3, 3, 3, 'x', 'x')")
                           .arg(id)));
    });
    CHECK(rawScalar(path, QStringLiteral("SELECT count(*) FROM rotation_evaluation")).toInt() == 0);
}

TEST_CASE("A post's track is told from its words, party words first", "[rotation]")
{
    CHECK(trackOfPost(QStringLiteral("车间党支部书记")) == Track::Party);
    CHECK(trackOfPost(QStringLiteral("党群工作部副主任")) == Track::Party);
    CHECK(trackOfPost(QStringLiteral("兼任党支部组织委员")) == Track::Party);
    CHECK(trackOfPost(QStringLiteral("生产技术部副经理")) == Track::Operations);
    CHECK(trackOfPost(QStringLiteral("值长")) == Track::Operations);
    CHECK(trackOfPost(QStringLiteral("Deputy workshop manager")) == Track::Operations);
    CHECK_FALSE(trackOfPost(QStringLiteral("专员")).has_value());
}

TEST_CASE("Rotations of a period are those that share a day with it", "[rotation]")
{
    RotationFixture f;
    f.rotations().add(f.sampleRotation(QDate(2025, 10, 1), QDate(2026, 1, 1)));
    Rotation extended = f.sampleRotation(QDate(2024, 1, 1), QDate(2024, 12, 31));
    extended.extendedTo = QDate(2025, 3, 31);
    f.rotations().add(extended);
    CHECK(f.rotations().during(QDate(2026, 1, 1), QDate(2026, 12, 31)).size() == 1);
    CHECK(f.rotations().during(QDate(2025, 1, 1), QDate(2025, 12, 31)).size() == 2);
    CHECK(f.rotations().during(QDate(2025, 4, 1), QDate(2025, 9, 30)).isEmpty());
    CHECK(f.rotations().during({}, {}).size() == 2);
}
