// rongpei-cli plans: each plan's figures against ones worked out by hand, --branch, and that it never writes.
#include "CliSupport.h"
#include "Workspace.h"
#include "roster/CadreRepository.h"
#include "study/StudySessionRepository.h"
#include "training/CourseRepository.h"
#include "training/DevelopmentPlanRepository.h"
#include "training/TrainingClassRepository.h"

using namespace rongpei;
using namespace rongpei::test;

namespace {

/// Two cadres of the first branch and one of the second, each with a 2026 plan:
///  P001 (party affairs): two sessions of 2 学时 (4 of theory) and a completed class of two 7-学时
///    days teaching 财务报表分析 (14 of management). Plan: theory 8, management 14, that course and
///    战略管理 required: (4/8 + 14/14 + 1 + 0) / 4 = 62.5 %, printed 63.
///  O001 (operations): nothing yet; plan theory 10: 0 %.
///  O002 in the second branch, plan theory 10: 0 %.
QString plansDatabase(TemporaryFolder &folder)
{
    const QString path = folder.path(QStringLiteral("plans.db"));
    FixedClock clock;
    Workspace workspace(path, Database::OpenMode::CreateIfMissing, clock);
    const auto org = SmallOrganization::create(workspace);
    Cadre party = sampleCadre(org.firstBranch, QStringLiteral("P001"), QStringLiteral("党务甲"));
    party.track = Track::Party;
    const qint64 partyId = workspace.cadres().add(party);
    const qint64 firstOps = workspace.cadres().add(
        sampleCadre(org.firstBranch, QStringLiteral("O001"), QStringLiteral("经营乙")));
    const qint64 secondOps = workspace.cadres().add(
        sampleCadre(org.secondBranch, QStringLiteral("O002"), QStringLiteral("经营丙")));
    const qint64 kind = studyKind(workspace, QStringLiteral("theme_day"));
    workspace.studySessions().add(sampleSession(kind, org.firstBranch, QDate(2026, 3, 10), {partyId}));
    workspace.studySessions().add(sampleSession(kind, org.firstBranch, QDate(2026, 4, 14), {partyId}));
    Course finance;
    finance.title = QStringLiteral("财务报表分析");
    finance.categoryId = workspace.courses().categories().at(2).id;
    finance.hours = 14;
    const qint64 financeId = workspace.courses().add(finance);
    Course strategy = finance;
    strategy.title = QStringLiteral("战略管理");
    strategy.categoryId = workspace.courses().categories().at(3).id;
    const qint64 strategyId = workspace.courses().add(strategy);
    TrainingClass c;
    c.name = QStringLiteral("财务培训班");
    c.kindId = studyKind(workspace, QStringLiteral("full_time_training"));
    c.branchId = org.committee;
    c.startsOn = QDate(2026, 5, 11);
    c.endsOn = QDate(2026, 5, 12);
    c.courseIds = {financeId};
    c.days = {{QString(), c.startsOn, 7}, {QString(), c.endsOn, 7}};
    Enrollment participant;
    participant.cadreId = partyId;
    for (const ClassDay &day : c.days)
        participant.marks.insert(day.date, {AttendanceStatus::Present, 0, {}});
    c.enrollments = {participant};
    workspace.trainingClasses().add(c);

    DevelopmentPlan plan;
    plan.cadreId = partyId;
    plan.year = 2026;
    plan.theoryHours = 8;
    plan.managementHours = 14;
    plan.courses = {{financeId, {}}, {strategyId, {}}};
    workspace.developmentPlans().add(plan);
    for (const qint64 other : {firstOps, secondOps}) {
        DevelopmentPlan theory;
        theory.cadreId = other;
        theory.year = 2026;
        theory.theoryHours = 10;
        workspace.developmentPlans().add(theory);
    }
    return path;
}

} // namespace

TEST_CASE("rongpei-cli plans lists each plan's progress with figures worked out by hand", "[cli][training]")
{
    TemporaryFolder folder;
    const QString path = plansDatabase(folder);
    const QByteArray before = fileHash(path);
    const Result csv =
        runCli({QStringLiteral("plans"), QStringLiteral("--database"), path, QStringLiteral("--year"),
                QStringLiteral("2026"), QStringLiteral("--format"), QStringLiteral("csv")});
    INFO(csv.err.toStdString());
    REQUIRE(csv.exitCode == 0);
    CHECK(csv.out ==
          csvOf({QStringLiteral("employee_number,name,branch,track,year,theory_target,theory_earned,"
                                "management_target,management_earned,courses_required,courses_done,"
                                "courses_open,progress_percent"),
                 QStringLiteral("O001,经营乙,第一党支部,operations,2026,10.0,0.0,0.0,0.0,0,0,,0"),
                 QStringLiteral("P001,党务甲,第一党支部,party,2026,8.0,4.0,14.0,14.0,2,1,战略管理,63"),
                 QStringLiteral("O002,经营丙,第二党支部,operations,2026,10.0,0.0,0.0,0.0,0,0,,0")}));

    const Result branch =
        runCli({QStringLiteral("plans"), QStringLiteral("--database"), path, QStringLiteral("--year"),
                QStringLiteral("2026"), QStringLiteral("--branch"), QStringLiteral("第二党支部")});
    REQUIRE(branch.exitCode == 0);
    CHECK(branch.out.contains(QStringLiteral("经营丙")));
    CHECK_FALSE(branch.out.contains(QStringLiteral("党务甲")));
    CHECK(branch.out.contains(QStringLiteral("1 plan(s)")));

    const Result none =
        runCli({QStringLiteral("plans"), QStringLiteral("--database"), path, QStringLiteral("--year"),
                QStringLiteral("2025"), QStringLiteral("--format"), QStringLiteral("csv")});
    CHECK(none.out.count(QStringLiteral("\r\n")) == 1);
    const Result unknown =
        runCli({QStringLiteral("plans"), QStringLiteral("--database"), path, QStringLiteral("--year"),
                QStringLiteral("2026"), QStringLiteral("--branch"), QStringLiteral("没有这个支部")});
    CHECK(unknown.exitCode != 0);
    CHECK(unknown.err.contains(QStringLiteral("没有这个支部")));
    CHECK(fileHash(path) == before); // it reads only
}
