// rongpei-cli rotations: each rotation's line as worked out by hand, --year, --branch, and that it never
// writes.
#include "CliSupport.h"
#include "Workspace.h"
#include "roster/CadreRepository.h"
#include "rotation/RotationRepository.h"

using namespace rongpei;
using namespace rongpei::test;

namespace {

/// A party-affairs cadre of the first branch seconded to the second branch's production department
/// (March to August 2026, evaluated), and an operations cadre of the second branch shadowing at the
/// first branch's office in 2025, whose final evaluation is overdue.
QString rotationsDatabase(TemporaryFolder &folder)
{
    const QString path = folder.path(QStringLiteral("rotations.db"));
    FixedClock clock;
    Workspace workspace(path, Database::OpenMode::CreateIfMissing, clock);
    const auto org = SmallOrganization::create(workspace);
    Cadre party = sampleCadre(org.firstBranch, QStringLiteral("P001"), QStringLiteral("党务甲"));
    party.track = Track::Party;
    party.post = QStringLiteral("党务专员");
    const qint64 partyId = workspace.cadres().add(party);
    Cadre operations = sampleCadre(org.secondBranch, QStringLiteral("O001"), QStringLiteral("经营乙"));
    operations.post = QStringLiteral("生产部经理");
    const qint64 operationsId = workspace.cadres().add(operations);
    Rotation seconded;
    seconded.cadreId = partyId;
    seconded.kind = RotationKind::Secondment;
    seconded.fromUnitId = org.firstBranch;
    seconded.fromPost = party.post;
    seconded.toUnitId = org.production;
    seconded.toPost = QStringLiteral("生产部副经理");
    seconded.plannedStart = QDate(2026, 3, 1);
    seconded.plannedEnd = QDate(2026, 8, 31);
    seconded.actualStart = seconded.plannedStart;
    seconded.actualEnd = seconded.plannedEnd;
    seconded.mentorId = operationsId;
    RotationEvaluation last;
    last.evaluatedOn = QDate(2026, 9, 10);
    last.grade = EvaluationGrade::Excellent;
    seconded.finalEvaluation = last;
    workspace.rotations().add(seconded);
    Rotation shadowing;
    shadowing.cadreId = operationsId;
    shadowing.kind = RotationKind::Shadowing;
    shadowing.toUnitId = org.office;
    shadowing.toPost = QStringLiteral("党建工作专员");
    shadowing.plannedStart = QDate(2025, 10, 1);
    shadowing.plannedEnd = QDate(2025, 12, 31);
    workspace.rotations().add(shadowing);
    return path;
}

QStringList rotationsArguments(const QString &path, const QStringList &more)
{
    return QStringList{QStringLiteral("rotations"), QStringLiteral("--database"), path} + more;
}

} // namespace

TEST_CASE("rongpei-cli rotations lists each rotation with its direction, status and evaluations",
          "[cli][rotation]")
{
    TemporaryFolder folder;
    const QString path = rotationsDatabase(folder);
    const QByteArray before = fileHash(path);
    const Result csv = runCli(rotationsArguments(path, {QStringLiteral("--format"), QStringLiteral("csv")}));
    INFO(csv.err.toStdString());
    REQUIRE(csv.exitCode == 0);
    CHECK(csv.out ==
          csvOf({QStringLiteral(
                     "employee_number,name,branch,kind,direction,from_unit,from_post,to_unit,to_post,"
                     "planned_start,planned_end,actual_start,actual_end,extended_to,status,"
                     "mid_term_grade,final_grade,evaluation_overdue,mentor"),
                 QStringLiteral(
                     "P001,党务甲,第一党支部,secondment,party_to_operations,第一党支部,党务专员,生产部,"
                     "生产部副经理,2026-03-01,2026-08-31,2026-03-01,2026-08-31,,completed,,excellent,no,"
                     "经营乙"),
                 QStringLiteral("O001,经营乙,第二党支部,shadowing,operations_to_party,,,办公室,党建工作专员,"
                                "2025-10-01,2025-12-31,,,,completed,,,yes,")}));

    const Result year = runCli(rotationsArguments(path, {QStringLiteral("--year"), QStringLiteral("2025")}));
    REQUIRE(year.exitCode == 0);
    CHECK(year.out.contains(QStringLiteral("经营乙")));
    CHECK_FALSE(year.out.contains(QStringLiteral("党务甲")));
    CHECK(year.out.contains(
        QStringLiteral("1 rotation(s), 1 across the tracks, 1 with an evaluation overdue")));

    const Result branch =
        runCli(rotationsArguments(path, {QStringLiteral("--branch"), QStringLiteral("第一党支部")}));
    REQUIRE(branch.exitCode == 0);
    CHECK(branch.out.contains(QStringLiteral("党务甲")));
    CHECK_FALSE(branch.out.contains(QStringLiteral("经营乙")));

    const Result unknown =
        runCli(rotationsArguments(path, {QStringLiteral("--branch"), QStringLiteral("没有这个支部")}));
    CHECK(unknown.exitCode != 0);
    CHECK(unknown.err.contains(QStringLiteral("没有这个支部")));
    const Result badYear = runCli(rotationsArguments(path, {QStringLiteral("--year"), QStringLiteral("26")}));
    CHECK(badYear.exitCode != 0);
    CHECK(badYear.err.contains(QStringLiteral("--year")));
    CHECK(fileHash(path) == before); // it reads only
}
