#include "TrainingFixture.h"
#include "history/RecordHistory.h"
#include "history/RecycleBin.h"
#include "organization/OrganizationRepository.h"
#include "training/DevelopmentPlanRepository.h"
#include "training/TrainingRecordKinds.h"
#include "training/UnitPlanRepository.h"

#include <catch2/catch.hpp>

using namespace rongpei;
using namespace rongpei::test;

namespace {

const DeletedRecord *binEntry(const std::vector<DeletedRecord> &bin, const QString &table)
{
    for (const DeletedRecord &record : bin)
        if (record.kind && record.kind->table == table)
            return &record;
    return nullptr;
}

} // namespace

TEST_CASE(
    "A development plan's history names its courses, and a deleted plan is restored from the recycle bin "
    "with its courses",
    "[training][plans][history]")
{
    TrainingFixture f;
    Workspace &w = f.workspace();
    DevelopmentPlan plan;
    plan.cadreId = f.party.at(0);
    plan.year = 2026;
    plan.theoryHours = 32;
    plan.managementHours = 16;
    plan.categoryHours.insert(f.categoryByCode(QStringLiteral("financial_analysis")), 14);
    const qint64 id = w.developmentPlans().add(plan);
    DevelopmentPlan edited = *w.developmentPlans().find(id);
    edited.courses = {{f.course, QStringLiteral("党务干部补财务短板")}};
    w.developmentPlans().update(edited);

    const std::vector<HistoryLine> lines =
        RecordHistory::lines(w.database(), TrainingRecordKinds::developmentPlan(), edited.uuid, w.access());
    bool namesCourse = false;
    for (const HistoryLine &line : lines)
        namesCourse = namesCourse || line.subject.contains(QStringLiteral("财务报表分析")) ||
                      line.after.contains(QStringLiteral("财务报表分析"));
    CHECK(namesCourse);

    const DevelopmentPlan before = *w.developmentPlans().find(id);
    w.developmentPlans().remove(id);
    const std::vector<DeletedRecord> bin = RecycleBin::contents(w.database(), w.access());
    const DeletedRecord *deleted = binEntry(bin, QStringLiteral("development_plan"));
    REQUIRE(deleted != nullptr);
    CHECK(deleted->name == QStringLiteral("学员0, 2026")); // named by its cadre and year, not by an id
    CHECK(deleted->parts == 2);                            // the category target and the course
    RecycleBin::restore(w.database(), deleted->tombstone.sequence);
    const std::optional<DevelopmentPlan> restored = w.developmentPlans().find(id);
    REQUIRE(restored);
    CHECK(restored->courses == before.courses);
    CHECK(restored->categoryHours == before.categoryHours);
}

TEST_CASE("A deleted yearly training plan is named by its unit and restored with its items",
          "[training][unit-plans][history]")
{
    TrainingFixture f;
    Workspace &w = f.workspace();
    UnitPlan plan;
    plan.unitId = f.org.committee;
    plan.year = 2026;
    plan.coveragePercent = 60;
    const qint64 classId = f.classes().add(f.sampleClass({f.party.at(0)}));
    plan.items = {{0, {}, UnitPlanItemKind::Rotation, QStringLiteral("党务干部到车间挂职"), 2, 0, {}},
                  {0, {}, UnitPlanItemKind::Project, QStringLiteral("联合攻关项目"), 0, 0, {}},
                  {0, {}, UnitPlanItemKind::Class, QStringLiteral("联合培训班"), 3, classId, {}}};
    const qint64 id = w.unitPlans().add(plan);
    const UnitPlan before = *w.unitPlans().find(id);
    w.unitPlans().remove(id);
    f.classes().remove(classId); // after the plan: restored, its item is no longer fulfilled by it
    const std::vector<DeletedRecord> bin = RecycleBin::contents(w.database(), w.access());
    const DeletedRecord *deleted = binEntry(bin, QStringLiteral("unit_plan"));
    REQUIRE(deleted != nullptr);
    CHECK(deleted->name == w.organizations().find(f.org.committee)->name + QStringLiteral(", 2026"));
    CHECK(deleted->parts == 3);
    RecycleBin::restore(w.database(), deleted->tombstone.sequence);
    REQUIRE(w.unitPlans().find(id));
    UnitPlan expected = before;
    expected.items[2].classId = 0;
    CHECK(w.unitPlans().find(id)->items == expected.items);
}
