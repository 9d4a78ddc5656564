#include "TrainingFixture.h"
#include "training/UnitPlanProgress.h"
#include "training/UnitPlanRepository.h"

#include <catch2/catch.hpp>

using namespace rongpei;
using namespace rongpei::test;

namespace {

UnitPlan planOf(qint64 unitId, int year = 2026)
{
    UnitPlan plan;
    plan.unitId = unitId;
    plan.year = year;
    plan.coveragePercent = 20;
    plan.partyHoursPerCapita = 10;
    plan.operationsHoursPerCapita = 5;
    plan.jointPercent = 50;
    plan.notes = QStringLiteral("2026年度融合培养计划");
    return plan;
}

const UnitPlanStatus *statusOf(const QList<UnitPlanStatus> &statuses, qint64 unitId)
{
    for (const UnitPlanStatus &status : statuses)
        if (status.plan.unitId == unitId)
            return &status;
    return nullptr;
}

} // namespace

TEST_CASE("A yearly training plan is saved with its items in order, and read back", "[training][unit-plans]")
{
    TrainingFixture f;
    UnitPlanRepository &plans = f.workspace().unitPlans();
    const qint64 classId = f.classes().add(f.sampleClass({f.party.at(0)}));
    UnitPlan plan = planOf(f.org.committee);
    plan.partyHoursPerCapita.reset();
    plan.items = {{0, {}, UnitPlanItemKind::Class, QStringLiteral("经营管理能力联合培训班"), 3, classId, {}},
                  {0,
                   {},
                   UnitPlanItemKind::Rotation,
                   QStringLiteral("党务干部到车间挂职"),
                   2,
                   0,
                   QStringLiteral("已安排两人")},
                  {0, {}, UnitPlanItemKind::Project, QStringLiteral("党建+精益管理项目"), 0, 0, {}}};
    const qint64 id = plans.add(plan);
    std::optional<UnitPlan> saved = plans.find(id);
    REQUIRE(saved);
    CHECK_FALSE(saved->partyHoursPerCapita.has_value());
    CHECK(saved->operationsHoursPerCapita == 5);
    REQUIRE(saved->items.size() == 3);
    CHECK(saved->items.at(0).classId == classId);
    CHECK(saved->items.at(1).fulfilledBy == QStringLiteral("已安排两人"));
    CHECK(saved->items.at(2).kind == UnitPlanItemKind::Project);
    CHECK(plans.ofYear(2026).size() == 1);

    // A notes-only edit leaves the items as they were: same ids, nothing journalled for them.
    UnitPlan notesOnly = *saved;
    notesOnly.notes = QStringLiteral("改了说明");
    const QVariant itemChanges =
        scalar(f.workspace().database(),
               QStringLiteral("SELECT count(*) FROM journal WHERE table_name = 'unit_plan_item'"));
    plans.update(notesOnly);
    CHECK(plans.find(id)->items == saved->items);
    CHECK(scalar(f.workspace().database(),
                 QStringLiteral("SELECT count(*) FROM journal WHERE table_name = 'unit_plan_item'")) ==
          itemChanges);

    UnitPlan edited = *plans.find(id);
    std::swap(edited.items[0], edited.items[2]);
    edited.coveragePercent = 80;
    plans.update(edited);
    saved = plans.find(id);
    CHECK(saved->items.at(0).kind == UnitPlanItemKind::Project);
    CHECK(saved->coveragePercent == 80);

    const UnitPlan removed = plans.remove(id);
    CHECK(plans.ofYear(2026).isEmpty());
    CHECK(scalar(f.workspace().database(), QStringLiteral("SELECT count(*) FROM unit_plan_item")) == 0);
    plans.restore(removed);
    CHECK(*plans.find(id) == removed);

    // A class deleted meanwhile no longer fulfils the planned one.
    plans.remove(id);
    f.classes().remove(classId);
    plans.restore(removed);
    CHECK(plans.find(id)->items.at(2).classId == 0);
}

TEST_CASE("A bad yearly training plan is refused on its field and nothing is saved", "[training][unit-plans]")
{
    TrainingFixture f;
    UnitPlanRepository &plans = f.workspace().unitPlans();
    plans.add(planOf(f.org.committee));
    TrainingClass lastYear = f.sampleClass({f.party.at(0)});
    lastYear.startsOn = QDate(2025, 9, 8);
    lastYear.endsOn = QDate(2025, 9, 8);
    lastYear.days = {{QString(), lastYear.startsOn, 7}};
    for (Enrollment &participant : lastYear.enrollments)
        participant.marks = {{lastYear.startsOn, {AttendanceStatus::Present, 0, {}}}};
    const qint64 oldClass = f.classes().add(lastYear);
    const qint64 committeeClass = f.classes().add(f.sampleClass({f.party.at(1)}));
    const QVariant before = scalar(f.workspace().database(), QStringLiteral("SELECT max(seq) FROM journal"));

    CHECK(refusalOf([&] { plans.add(planOf(f.org.office)); }).hasErrorFor(UnitPlanField::unit));
    CHECK(refusalOf([&] { plans.add(planOf(999)); }).hasErrorFor(UnitPlanField::unit));
    CHECK(refusalOf([&] { plans.add(planOf(f.org.committee)); }).hasErrorFor(UnitPlanField::year));
    UnitPlan over = planOf(f.org.firstBranch);
    over.coveragePercent = 120;
    CHECK(refusalOf([&] { plans.add(over); }).hasErrorFor(UnitPlanField::targets));
    UnitPlan hours = planOf(f.org.firstBranch);
    hours.operationsHoursPerCapita = -2;
    CHECK(refusalOf([&] { plans.add(hours); }).hasErrorFor(UnitPlanField::targets));
    UnitPlan blank = planOf(f.org.firstBranch);
    blank.items = {{0, {}, UnitPlanItemKind::Class, QStringLiteral("  "), 1, 0, {}}};
    CHECK(refusalOf([&] { plans.add(blank); }).message().contains(QStringLiteral("Item 1")));
    UnitPlan rotationWithClass = planOf(f.org.firstBranch);
    rotationWithClass.items = {{0, {}, UnitPlanItemKind::Rotation, QStringLiteral("轮岗"), 1, oldClass, {}}};
    CHECK(refusalOf([&] { plans.add(rotationWithClass); }).hasErrorFor(UnitPlanField::items));
    UnitPlan otherYear = planOf(f.org.firstBranch);
    otherYear.items = {{0, {}, UnitPlanItemKind::Class, QStringLiteral("培训班"), 1, oldClass, {}}};
    CHECK(refusalOf([&] { plans.add(otherYear); }).message().contains(QStringLiteral("2025")));
    // A class of another unit, or one class for two items.
    UnitPlan elsewhere = planOf(f.org.secondBranch);
    elsewhere.items = {{0, {}, UnitPlanItemKind::Class, QStringLiteral("培训班"), 3, committeeClass, {}}};
    CHECK(refusalOf([&] { plans.add(elsewhere); }).message().contains(QStringLiteral("outside this unit")));
    UnitPlan twice = planOf(f.org.enterprise);
    twice.items = {{0, {}, UnitPlanItemKind::Class, QStringLiteral("第一期"), 3, committeeClass, {}},
                   {0, {}, UnitPlanItemKind::Class, QStringLiteral("第二期"), 3, committeeClass, {}}};
    CHECK(refusalOf([&] { plans.add(twice); }).message().contains(QStringLiteral("Item 2")));
    UnitPlan quarter = planOf(f.org.firstBranch);
    quarter.items = {{0, {}, UnitPlanItemKind::Project, QStringLiteral("项目"), 5, 0, {}}};
    CHECK(refusalOf([&] { plans.add(quarter); }).hasErrorFor(UnitPlanField::items));

    CHECK(scalar(f.workspace().database(), QStringLiteral("SELECT max(seq) FROM journal")) == before);
    CHECK(plans.ofYear(2026).size() == 1);
}

TEST_CASE("A yearly plan's completion rate comes from the cadres, classes and items recorded",
          "[training][unit-plans]")
{
    TrainingFixture f;
    Workspace &w = f.workspace();
    // One party-affairs and one operations cadre complete a joint class of 35 学时; another
    // operations cadre fails it.
    TrainingClass c = f.sampleClass({f.party.at(0), f.operations.at(0), f.operations.at(1)});
    c.enrollments[0].score = 90;
    c.enrollments[1].score = 75;
    c.enrollments[2].score = 30;
    const qint64 classId = f.classes().add(c);
    UnitPlan plan = planOf(f.org.committee);
    plan.items = {{0, {}, UnitPlanItemKind::Class, QStringLiteral("联合培训班"), 3, classId, {}},
                  {0, {}, UnitPlanItemKind::Rotation, QStringLiteral("挂职"), 2, 0, QStringLiteral("已完成")},
                  {0, {}, UnitPlanItemKind::Project, QStringLiteral("联合项目"), 0, 0, {}},
                  {0, {}, UnitPlanItemKind::Class, QStringLiteral("未举办的培训班"), 4, 0, {}}};
    w.unitPlans().add(plan);
    UnitPlan branchPlan = planOf(f.org.secondBranch);
    branchPlan.coveragePercent = 50;
    branchPlan.partyHoursPerCapita.reset();
    branchPlan.operationsHoursPerCapita.reset();
    branchPlan.jointPercent.reset();
    w.unitPlans().add(branchPlan);

    const QList<UnitPlanStatus> statuses = UnitPlanProgress::ofYear(w.database(), 2026, QDate(2026, 11, 24));
    REQUIRE(statuses.size() == 2);
    const UnitPlanStatus *committee = statusOf(statuses, f.org.committee);
    REQUIRE(committee);
    CHECK(committee->cadres == 10);
    CHECK(committee->trained == 2);
    CHECK(committee->classesHeld == 1);
    CHECK(committee->jointClasses == 1);
    REQUIRE(committee->targets.size() == 4);
    // Coverage 2 of 10 = 20 %: met. Party 35 / 4 = 8.75 < 10: not met. Operations 35 / 6 = 5.83
    // ≥ 5: met. Joint 1 of 1: met.
    CHECK(committee->targets.at(0).actual == Approx(20));
    CHECK(committee->targets.at(0).met());
    CHECK(committee->targets.at(1).actual == Approx(8.75));
    CHECK_FALSE(committee->targets.at(1).met());
    CHECK(committee->targets.at(2).actual == Approx(35.0 / 6));
    CHECK(committee->targets.at(3).actual == Approx(100));
    REQUIRE(committee->items.size() == 4);
    CHECK(committee->items.at(0).fulfilled);
    CHECK(committee->items.at(0).fulfilment.contains(c.name));
    CHECK(committee->items.at(1).fulfilled);
    CHECK_FALSE(committee->items.at(2).fulfilled);
    CHECK_FALSE(committee->items.at(3).fulfilled);
    // 3 targets and 2 items of 4 and 4.
    REQUIRE(committee->completionPercent);
    CHECK(*committee->completionPercent == Approx(100.0 * 5 / 8));
    CHECK(committee->open.size() == 3);

    // The second branch holds the odd five of the ten cadres; both who completed are even.
    const UnitPlanStatus *branch = statusOf(statuses, f.org.secondBranch);
    REQUIRE(branch);
    CHECK(branch->cadres == 5);
    CHECK(branch->trained == 0);
    CHECK(branch->targets.size() == 1);
    CHECK(*branch->completionPercent == Approx(0));

    // Before the class ended, the planned class is not yet fulfilled.
    const QList<UnitPlanStatus> early = UnitPlanProgress::ofYear(w.database(), 2026, QDate(2026, 9, 8));
    CHECK_FALSE(statusOf(early, f.org.committee)->items.at(0).fulfilled);
    // Only the readable units' plans.
    CHECK(UnitPlanProgress::ofYear(w.database(), 2026, QDate(2026, 11, 24), QSet<qint64>{f.org.secondBranch})
              .size() == 1);
}
