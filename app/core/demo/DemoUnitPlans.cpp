#include "demo/DemoUnitPlans.h"

#include "Workspace.h"
#include "common/Clock.h"
#include "demo/DemoRandom.h"
#include "organization/OrganizationRepository.h"
#include "storage/SqlValue.h"
#include "training/TrainingClassReader.h"
#include "training/UnitPlanRepository.h"

#include <array>

namespace rongpei {

namespace {

constexpr std::array<const char16_t *, 4> rotations{
    u"党务干部到生产经营岗位挂职锻炼", u"经营管理干部到党建工作部轮岗", u"车间党支部书记到供应链部门交流",
    u"财务骨干兼任支部组织委员"};
constexpr std::array<const char16_t *, 3> projects{u"党建+精益管理联合攻关项目",
                                                   u"党员先锋岗安全生产提升项目", u"降本增效党员突击队"};

} // namespace

DemoUnitPlans::DemoUnitPlans(Workspace &workspace, DemoRandom &random)
    : m_workspace(workspace)
    , m_random(random)
{}

int DemoUnitPlans::addPlans(int year)
{
    const QDate today = m_workspace.clock().today();
    const QList<Organization> units = m_workspace.organizations().all();
    const QList<TrainingClass> classes =
        TrainingClassReader::where(m_workspace.database(), QStringLiteral("starts_on BETWEEN ? AND ?"),
                                   {SqlValue::date(QDate(year, 1, 1)), SqlValue::date(QDate(year, 12, 31))});
    int added = 0;
    for (const Organization &unit : units) {
        if (unit.kind != OrganizationKind::Enterprise && unit.kind != OrganizationKind::Committee)
            continue;
        const QSet<qint64> hosts = hostsBelow(units, unit.id);
        UnitPlan plan;
        plan.unitId = unit.id;
        plan.year = year;
        plan.coveragePercent = unit.kind == OrganizationKind::Enterprise ? 60 : 70;
        plan.partyHoursPerCapita = 40 + 8 * m_random.below(3);
        plan.operationsHoursPerCapita = 32 + 8 * m_random.below(3);
        plan.jointPercent = 50;
        plan.notes = QStringLiteral("%1年度党务干部与生产经营管理干部融合培养计划").arg(year);
        int planned = 0;
        for (const TrainingClass &c : classes) {
            if (!hosts.contains(c.branchId) || planned >= 6)
                continue;
            // The enterprise plans the classes its committees cannot hold alone: the joint ones.
            if (unit.kind == OrganizationKind::Enterprise && !c.joint)
                continue;
            plan.items.append(
                {0, {}, UnitPlanItemKind::Class, c.name, (c.startsOn.month() - 1) / 3 + 1, c.id, {}});
            ++planned;
        }
        plan.items.append(
            {0, {}, UnitPlanItemKind::Class, QStringLiteral("供应链管理与党建融合专题培训班"), 4, 0, {}});
        for (int i = 0; i < 2; ++i) {
            const bool done = QDate(year, 6 * (i + 1), 30) < today && m_random.chance(0.7);
            const QString rotation = m_random.pick(rotations);
            plan.items.append({0,
                               {},
                               UnitPlanItemKind::Rotation,
                               rotation,
                               2 * i + 2,
                               0,
                               done ? QStringLiteral("已安排3名干部，%1").arg(rotation) : QString()});
        }
        const bool projectDone = QDate(year, 12, 31) < today || m_random.chance(0.3);
        plan.items.append({0,
                           {},
                           UnitPlanItemKind::Project,
                           m_random.pick(projects),
                           0,
                           0,
                           projectDone ? QStringLiteral("项目已结题，形成改进成果2项") : QString()});
        m_workspace.unitPlans().add(plan);
        ++added;
    }
    return added;
}

} // namespace rongpei
