#include "training/UnitPlanRepository.h"

#include "common/Clock.h"
#include "common/ValidationError.h"
#include "organization/Organization.h"
#include "organization/OrganizationRepository.h"
#include "storage/ChangeJournal.h"
#include "storage/Database.h"
#include "storage/RowReferences.h"
#include "storage/SqlValue.h"

#include <QHash>
#include <QSqlQuery>

namespace rongpei {

namespace {

const QString planColumns =
    QStringLiteral("id, uuid, branch_id, year, coverage_percent, party_hours_per_capita, "
                   "operations_hours_per_capita, joint_percent, notes, created_at, "
                   "updated_at");

QVariant optionalNumber(const std::optional<double> &value)
{
    return value ? QVariant(*value) : QVariant(QMetaType(QMetaType::Double));
}

std::optional<double> numberOrNone(const QVariant &value)
{
    return value.isNull() ? std::nullopt : std::optional(value.toDouble());
}

} // namespace

UnitPlanRepository::UnitPlanRepository(Database &database, const Clock &clock, QObject *parent)
    : RecordRepository(database, QStringLiteral("unit_plan"), parent)
    , m_clock(clock)
{
    m_database.references().describe(QStringLiteral("unit_plan"), [](qint64 count) {
        return tr("%n yearly training plans", nullptr, static_cast<int>(count));
    });
    m_database.references().describe(QStringLiteral("unit_plan_item"), [](qint64 count) {
        return tr("%n items of yearly training plans", nullptr, static_cast<int>(count));
    });
}

QList<UnitPlan> UnitPlanRepository::plansWhere(const Database &database, const QString &filter,
                                               const QVariantList &values)
{
    QSqlQuery query =
        database.prepare(QStringLiteral("SELECT %1 FROM unit_plan WHERE %2 ORDER BY year, branch_id")
                             .arg(planColumns, filter));
    for (const QVariant &value : values)
        query.addBindValue(value);
    database.exec(query);
    QList<UnitPlan> plans;
    QHash<qint64, int> indexOf;
    while (query.next()) {
        UnitPlan plan;
        plan.id = query.value(0).toLongLong();
        plan.uuid = query.value(1).toString();
        plan.unitId = query.value(2).toLongLong();
        plan.year = query.value(3).toInt();
        plan.coveragePercent = numberOrNone(query.value(4));
        plan.partyHoursPerCapita = numberOrNone(query.value(5));
        plan.operationsHoursPerCapita = numberOrNone(query.value(6));
        plan.jointPercent = numberOrNone(query.value(7));
        plan.notes = query.value(8).toString();
        plan.createdAt = QDateTime::fromString(query.value(9).toString(), Qt::ISODate);
        plan.updatedAt = QDateTime::fromString(query.value(10).toString(), Qt::ISODate);
        indexOf.insert(plan.id, static_cast<int>(plans.size()));
        plans.append(plan);
    }
    if (plans.isEmpty())
        return plans;
    QSqlQuery items = database.prepare(
        QStringLiteral(
            "SELECT plan_id, id, uuid, kind, title, quarter, class_id, fulfilled_by FROM unit_plan_item "
            "WHERE plan_id IN (SELECT id FROM unit_plan WHERE %1) ORDER BY plan_id, position")
            .arg(filter));
    for (const QVariant &value : values)
        items.addBindValue(value);
    database.exec(items);
    while (items.next()) {
        const auto it = indexOf.constFind(items.value(0).toLongLong());
        if (it == indexOf.cend())
            continue;
        UnitPlanItem item;
        item.id = items.value(1).toLongLong();
        item.uuid = items.value(2).toString();
        item.kind =
            enumFromCode<UnitPlanItemKind>(items.value(3).toString()).value_or(UnitPlanItemKind::Class);
        item.title = items.value(4).toString();
        item.quarter = items.value(5).toInt();
        item.classId = items.value(6).toLongLong();
        item.fulfilledBy = items.value(7).toString();
        plans[*it].items.append(item);
    }
    return plans;
}

std::optional<UnitPlan> UnitPlanRepository::find(qint64 id) const
{
    const QList<UnitPlan> found = plansWhere(m_database, QStringLiteral("id = ?"), {id});
    return found.isEmpty() ? std::nullopt : std::optional(found.first());
}

QList<UnitPlan> UnitPlanRepository::ofYear(const Database &database, int year)
{
    return plansWhere(database, QStringLiteral("year = ?"), {year});
}

QList<UnitPlan> UnitPlanRepository::ofYear(int year) const
{
    return readableOnly(ofYear(m_database, year), [](const UnitPlan &plan) { return plan.unitId; });
}

void UnitPlanRepository::validate(const UnitPlan &plan) const
{
    QList<FieldError> errors;
    QSqlQuery unit = m_database.prepare(QStringLiteral("SELECT kind FROM organization WHERE id = ?"));
    unit.addBindValue(plan.unitId);
    const std::optional<OrganizationKind> kind =
        enumFromCode<OrganizationKind>(m_database.scalar(unit).toString());
    if (!kind)
        errors.append({UnitPlanField::unit, tr("Choose the enterprise, a party committee or a branch.")});
    else if (*kind == OrganizationKind::Department)
        errors.append(
            {UnitPlanField::unit, tr("A department has no training plan of its own; choose its branch.")});
    if (plan.year < 2000 || plan.year > 2100)
        errors.append({UnitPlanField::year, tr("The year must lie between 2000 and 2100.")});
    QSqlQuery existing = m_database.prepare(
        QStringLiteral("SELECT count(*) FROM unit_plan WHERE branch_id = ? AND year = ? AND id != ?"));
    existing.addBindValue(plan.unitId);
    existing.addBindValue(plan.year);
    existing.addBindValue(plan.id);
    if (m_database.scalar(existing).toInt() > 0)
        errors.append(
            {UnitPlanField::year, tr("This unit has a training plan for %1 already.").arg(plan.year)});
    const auto percent = [](const std::optional<double> &value) {
        return !value || (*value >= 0 && *value <= 100);
    };
    const auto hours = [](const std::optional<double> &value) {
        return !value || (*value >= 0 && *value <= 1000);
    };
    if (!percent(plan.coveragePercent) || !percent(plan.jointPercent))
        errors.append({UnitPlanField::targets, tr("A share must lie between 0 and 100 %.")});
    if (!hours(plan.partyHoursPerCapita) || !hours(plan.operationsHoursPerCapita))
        errors.append({UnitPlanField::targets, tr("Hours per cadre must lie between 0 and 1000.")});
    if (plan.items.size() > maxItems)
        errors.append({UnitPlanField::items, tr("A plan holds at most %n items.", nullptr, maxItems)});
    // A planned class is fulfilled by a class of the unit or the units under it, each class once.
    const QSet<qint64> hosts = hostsBelow(OrganizationRepository::readAll(m_database), plan.unitId);
    QSet<qint64> linked;
    for (int i = 0; i < plan.items.size(); ++i) {
        const UnitPlanItem &item = plan.items.at(i);
        const QString where = tr("Item %1: ").arg(i + 1);
        if (item.title.trimmed().isEmpty())
            errors.append({UnitPlanField::items, where + tr("enter what is planned.")});
        else if (item.title.size() > maxTitleLength || item.fulfilledBy.size() > maxNotesLength)
            errors.append({UnitPlanField::items, where + tr("the text is too long.")});
        if (item.quarter < 0 || item.quarter > 4)
            errors.append({UnitPlanField::items, where + tr("the quarter must be 1 to 4, or none.")});
        if (item.classId > 0 && item.kind != UnitPlanItemKind::Class)
            errors.append(
                {UnitPlanField::items, where + tr("only a planned class is fulfilled by a class.")});
        if (item.classId > 0) {
            QSqlQuery held =
                m_database.prepare(QStringLiteral("SELECT CAST(strftime('%Y', starts_on) AS INTEGER), "
                                                  "branch_id FROM training_class WHERE id = ?"));
            held.addBindValue(item.classId);
            m_database.exec(held);
            if (!held.next())
                errors.append({UnitPlanField::items, where + tr("the class no longer exists.")});
            else if (held.value(0).toInt() != plan.year)
                errors.append(
                    {UnitPlanField::items,
                     where +
                         tr("the class is held in %1, not in the plan's year.").arg(held.value(0).toInt())});
            else if (!hosts.contains(held.value(1).toLongLong()))
                errors.append(
                    {UnitPlanField::items, where + tr("the class is organised outside this unit.")});
            if (linked.contains(item.classId))
                errors.append({UnitPlanField::items, where + tr("the class fulfils another item already.")});
            linked.insert(item.classId);
        }
    }
    if (plan.notes.size() > maxNotesLength)
        errors.append(
            {UnitPlanField::notes, tr("The notes are longer than %n characters.", nullptr, maxNotesLength)});
    if (!errors.isEmpty())
        throw ValidationError(errors);
}

void UnitPlanRepository::insert(UnitPlan &plan, const QString &createdAt, const QString &now)
{
    QSqlQuery query = m_database.prepare(
        QStringLiteral("INSERT INTO unit_plan (%1) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
            .arg(planColumns));
    query.addBindValue(SqlValue::optionalId(plan.id));
    query.addBindValue(SqlValue::uuidOrNew(plan.uuid));
    query.addBindValue(plan.unitId);
    query.addBindValue(plan.year);
    query.addBindValue(optionalNumber(plan.coveragePercent));
    query.addBindValue(optionalNumber(plan.partyHoursPerCapita));
    query.addBindValue(optionalNumber(plan.operationsHoursPerCapita));
    query.addBindValue(optionalNumber(plan.jointPercent));
    query.addBindValue(SqlValue::text(plan.notes));
    query.addBindValue(createdAt);
    query.addBindValue(now);
    m_database.exec(query);
    plan.id = query.lastInsertId().toLongLong();
    saveItems(plan, now);
}

void UnitPlanRepository::saveItems(const UnitPlan &plan, const QString &now)
{
    for (int i = 0; i < plan.items.size(); ++i) {
        const UnitPlanItem &item = plan.items.at(i);
        QSqlQuery query = m_database.prepare(QStringLiteral(
            "INSERT INTO unit_plan_item (id, uuid, plan_id, branch_id, kind, title, quarter, position, "
            "class_id, "
            "fulfilled_by, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
        // An item keeps its id and uuid across edits, so its history stays one.
        query.addBindValue(SqlValue::optionalId(item.id));
        query.addBindValue(SqlValue::uuidOrNew(item.uuid));
        query.addBindValue(plan.id);
        query.addBindValue(plan.unitId);
        query.addBindValue(enumCode(item.kind));
        query.addBindValue(item.title.trimmed());
        query.addBindValue(item.quarter > 0 ? QVariant(item.quarter) : QVariant(QMetaType(QMetaType::Int)));
        query.addBindValue(i);
        query.addBindValue(SqlValue::optionalId(item.classId));
        query.addBindValue(SqlValue::text(item.fulfilledBy.trimmed()));
        query.addBindValue(now);
        query.addBindValue(now);
        m_database.exec(query);
    }
}

qint64 UnitPlanRepository::add(UnitPlan plan)
{
    plan.id = 0;
    requireReadable(plan.unitId);
    Transaction transaction(m_database);
    validate(plan);
    const QString now = m_clock.timestamp();
    insert(plan, now, now);
    notifyAdded(plan.id);
    transaction.commit();
    return plan.id;
}

void UnitPlanRepository::update(UnitPlan plan)
{
    requireReadable(plan.unitId);
    Transaction transaction(m_database);
    const std::optional<UnitPlan> stored = find(plan.id);
    if (!stored)
        throw ValidationError(tr("This training plan no longer exists; it may have been deleted."));
    requireReadable(stored->unitId);
    validate(plan);
    const QString now = m_clock.timestamp();
    QSqlQuery query = m_database.prepare(QStringLiteral(
        "UPDATE unit_plan SET branch_id = ?, year = ?, coverage_percent = ?, party_hours_per_capita = ?, "
        "operations_hours_per_capita = ?, joint_percent = ?, notes = ?, updated_at = ? WHERE id = ?"));
    query.addBindValue(plan.unitId);
    query.addBindValue(plan.year);
    query.addBindValue(optionalNumber(plan.coveragePercent));
    query.addBindValue(optionalNumber(plan.partyHoursPerCapita));
    query.addBindValue(optionalNumber(plan.operationsHoursPerCapita));
    query.addBindValue(optionalNumber(plan.jointPercent));
    query.addBindValue(SqlValue::text(plan.notes));
    query.addBindValue(now);
    query.addBindValue(plan.id);
    m_database.exec(query);
    if (stored->items != plan.items || stored->unitId != plan.unitId) {
        QSqlQuery clear = m_database.prepare(QStringLiteral("DELETE FROM unit_plan_item WHERE plan_id = ?"));
        clear.addBindValue(plan.id);
        m_database.exec(clear);
        saveItems(plan, now);
    }
    notifyChanged(plan.id);
    transaction.commit();
}

UnitPlan UnitPlanRepository::remove(qint64 id)
{
    Transaction transaction(m_database);
    const std::optional<UnitPlan> plan = find(id);
    if (!plan)
        throw ValidationError(tr("This training plan no longer exists; it may have been deleted."));
    requireReadable(plan->unitId);
    QSqlQuery query = m_database.prepare(QStringLiteral("DELETE FROM unit_plan WHERE id = ?"));
    query.addBindValue(id);
    m_database.exec(query);
    notifyRemoved(id);
    transaction.commit();
    return *plan;
}

void UnitPlanRepository::restore(const UnitPlan &plan)
{
    requireReadable(plan.unitId);
    Transaction transaction(m_database);
    if (find(plan.id))
        throw ValidationError(tr("This training plan is already there."));
    UnitPlan restored = plan;
    restored.items = {};
    for (UnitPlanItem item : plan.items) {
        // A class deleted meanwhile no longer fulfils the item.
        QSqlQuery held =
            m_database.prepare(QStringLiteral("SELECT count(*) FROM training_class WHERE id = ?"));
        held.addBindValue(item.classId);
        if (item.classId > 0 && m_database.scalar(held).toInt() == 0)
            item.classId = 0;
        restored.items.append(item);
    }
    validate(restored);
    const QString now = m_clock.timestamp();
    insert(restored, plan.createdAt.isValid() ? plan.createdAt.toUTC().toString(Qt::ISODate) : now, now);
    notifyAdded(restored.id);
    transaction.commit();
}

std::optional<RecordRepository::ConcernedRecord>
UnitPlanRepository::concernedRecord(const JournalEntry &entry) const
{
    if (entry.table == QStringLiteral("unit_plan_item")) {
        const qint64 id = entry.value(QStringLiteral("plan_id")).toLongLong();
        return id > 0 ? std::optional(ConcernedRecord{id, false}) : std::nullopt;
    }
    return RecordRepository::concernedRecord(entry);
}

} // namespace rongpei
