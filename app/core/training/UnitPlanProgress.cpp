#include "training/UnitPlanProgress.h"

#include "common/Localization.h"
#include "organization/Organization.h"
#include "organization/OrganizationRepository.h"
#include "roster/Cadre.h"
#include "storage/Database.h"
#include "training/ClassOverview.h"
#include "training/PlanProgress.h"
#include "training/UnitPlanRepository.h"

#include <QHash>
#include <QLocale>
#include <QSqlQuery>

#include <cmath>

namespace rongpei {

namespace {

struct Person
{
    qint64 branchId = 0;
    Track track = Track::Operations;
};

QHash<qint64, Person> cadresAtWork(const Database &database)
{
    QHash<qint64, Person> people;
    QSqlQuery query = database.prepare(QStringLiteral(
        "SELECT id, branch_id, track FROM cadre WHERE employment_status IN ('active', 'seconded')"));
    query.setForwardOnly(true);
    database.exec(query);
    while (query.next())
        people.insert(query.value(0).toLongLong(),
                      {query.value(1).toLongLong(),
                       enumFromCode<Track>(query.value(2).toString()).value_or(Track::Operations)});
    return people;
}

} // namespace

QString UnitPlanProgress::targetLabel(UnitPlanTarget::Kind kind)
{
    switch (kind) {
    case UnitPlanTarget::Coverage:
        return tr("Coverage");
    case UnitPlanTarget::PartyHours:
        return tr("Hours per party-affairs cadre");
    case UnitPlanTarget::OperationsHours:
        return tr("Hours per operations cadre");
    case UnitPlanTarget::JointShare:
        return tr("Share of joint classes");
    }
    return {};
}

QString UnitPlanProgress::valueText(UnitPlanTarget::Kind kind, double value)
{
    const QLocale locale;
    const auto cut = [value](double scale) { return std::floor(value * scale + 1e-9) / scale; };
    if (kind == UnitPlanTarget::PartyHours || kind == UnitPlanTarget::OperationsHours)
        return tr("%1 hours").arg(locale.toString(cut(10), 'f', 1));
    return tr("%1 %").arg(locale.toString(cut(1), 'f', 0));
}

QList<UnitPlanStatus> UnitPlanProgress::ofYear(const Database &database, int year, QDate today,
                                               const std::optional<QSet<qint64>> &readable)
{
    QList<UnitPlanStatus> result;
    QList<UnitPlan> plans = UnitPlanRepository::ofYear(database, year);
    if (plans.isEmpty())
        return result;
    const QList<Organization> units = OrganizationRepository::readAll(database);
    QHash<qint64, QString> unitNames;
    for (const Organization &unit : units)
        unitNames.insert(unit.id, unit.name);
    const QHash<qint64, Person> people = cadresAtWork(database);
    const QHash<qint64, YearRecord> records = PlanProgress::recordsOf(database, year, today);
    const QList<ClassFigures> classes = ClassOverview::ofYear(database, year, today);
    QHash<qint64, const ClassFigures *> classById;
    for (const ClassFigures &figures : classes)
        classById.insert(figures.trainingClass.id, &figures);

    for (UnitPlan &plan : plans) {
        if (readable && !readable->contains(plan.unitId))
            continue;
        UnitPlanStatus status;
        status.unitName = unitNames.value(plan.unitId);
        const QSet<qint64> scope = hostsBelow(units, plan.unitId);
        double partyHours = 0;
        double operationsHours = 0;
        for (auto it = people.cbegin(); it != people.cend(); ++it) {
            if (!scope.contains(it->branchId))
                continue;
            ++status.cadres;
            const YearRecord record = records.value(it.key());
            status.trained += record.completedClasses > 0 ? 1 : 0;
            const double hours = record.theoryHours + record.managementHours;
            if (it->track == Track::Party) {
                ++status.partyCadres;
                partyHours += hours;
            } else {
                ++status.operationsCadres;
                operationsHours += hours;
            }
        }
        for (const ClassFigures &figures : classes)
            if (scope.contains(figures.trainingClass.branchId)) {
                ++status.classesHeld;
                status.jointClasses += figures.trainingClass.joint && !figures.oneSided ? 1 : 0;
            }

        const auto addTarget = [&status](UnitPlanTarget::Kind kind, const std::optional<double> &target,
                                         double actual) {
            if (target)
                status.targets.append({kind, *target, actual});
        };
        addTarget(UnitPlanTarget::Coverage, plan.coveragePercent,
                  status.cadres > 0 ? 100.0 * status.trained / status.cadres : 0);
        addTarget(UnitPlanTarget::PartyHours, plan.partyHoursPerCapita,
                  status.partyCadres > 0 ? partyHours / status.partyCadres : 0);
        addTarget(UnitPlanTarget::OperationsHours, plan.operationsHoursPerCapita,
                  status.operationsCadres > 0 ? operationsHours / status.operationsCadres : 0);
        addTarget(UnitPlanTarget::JointShare, plan.jointPercent,
                  status.classesHeld > 0 ? 100.0 * status.jointClasses / status.classesHeld : 0);

        int reached = 0;
        for (const UnitPlanTarget &target : std::as_const(status.targets)) {
            if (target.met())
                ++reached;
            else
                status.open.append(tr("%1: %2 of %3")
                                       .arg(targetLabel(target.kind), valueText(target.kind, target.actual),
                                            valueText(target.kind, target.target)));
        }
        for (const UnitPlanItem &item : std::as_const(plan.items)) {
            UnitPlanItemStatus itemStatus{item, false, item.fulfilledBy};
            if (item.kind == UnitPlanItemKind::Class && item.classId > 0) {
                if (const ClassFigures *held = classById.value(item.classId)) {
                    const TrainingClass &c = held->trainingClass;
                    itemStatus.fulfilled = c.endsOn <= today;
                    itemStatus.fulfilment =
                        (itemStatus.fulfilled ? tr("%1, %2 to %3") : tr("%1, to be held %2 to %3"))
                            .arg(c.name, displayDate(c.startsOn), displayDate(c.endsOn));
                }
            } else if (item.kind != UnitPlanItemKind::Class) {
                itemStatus.fulfilled = !item.fulfilledBy.trimmed().isEmpty();
            }
            if (itemStatus.fulfilled)
                ++reached;
            else
                status.open.append(
                    item.quarter > 0
                        ? tr("%1 (Q%2): %3").arg(enumLabel(item.kind)).arg(item.quarter).arg(item.title)
                        : tr("%1: %2").arg(enumLabel(item.kind), item.title));
            status.items.append(itemStatus);
        }
        const qsizetype measured = status.targets.size() + status.items.size();
        if (measured > 0)
            status.completionPercent = 100.0 * reached / measured;
        status.plan = std::move(plan);
        result.append(std::move(status));
    }
    return result;
}

} // namespace rongpei
