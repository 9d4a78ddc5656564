#include "training/DevelopmentPlanRepository.h"

#include "common/Clock.h"
#include "roster/Cadre.h"
#include "roster/CadreRepository.h"
#include "storage/ChangeJournal.h"
#include "storage/Database.h"
#include "storage/RowReferences.h"
#include "storage/SqlList.h"
#include "storage/SqlValue.h"

#include <QHash>
#include <QSet>
#include <QSqlQuery>

#include <cmath>

namespace rongpei {

namespace {

const QString planColumns = QStringLiteral("id, uuid, cadre_id, year, theory_hours, management_hours, "
                                           "planned_rotation, goals, created_at, updated_at");

double hundredths(double hours)
{
    return std::round(hours * 100) / 100;
}

} // namespace

/// What validation needs to know of the database, read once per save.
class DevelopmentPlanRepository::References
{
public:
    QHash<qint64, Cadre> cadres;
    QSet<qint64> categories;
    QSet<qint64> courses;
    QHash<std::pair<qint64, int>, qint64> existing; // (cadre, year) → plan

    References(const Database &database, const QList<DevelopmentPlan> &plans)
    {
        QList<qint64> ids;
        for (const DevelopmentPlan &plan : plans)
            ids.append(plan.cadreId);
        cadres = CadreRepository::employmentOf(database, ids);
        QSqlQuery categoryQuery = database.prepare(QStringLiteral("SELECT id FROM course_category"));
        database.exec(categoryQuery);
        while (categoryQuery.next())
            categories.insert(categoryQuery.value(0).toLongLong());
        QSqlQuery courseQuery = database.prepare(QStringLiteral("SELECT id FROM course"));
        database.exec(courseQuery);
        while (courseQuery.next())
            courses.insert(courseQuery.value(0).toLongLong());
        QSqlQuery planQuery = database.prepare(
            QStringLiteral("SELECT cadre_id, year, id FROM development_plan WHERE cadre_id IN ") +
            SqlList::values());
        planQuery.addBindValue(SqlList::bound(ids));
        planQuery.setForwardOnly(true);
        database.exec(planQuery);
        while (planQuery.next())
            existing.insert({planQuery.value(0).toLongLong(), planQuery.value(1).toInt()},
                            planQuery.value(2).toLongLong());
    }
};

DevelopmentPlanRepository::DevelopmentPlanRepository(Database &database, const Clock &clock, QObject *parent)
    : RecordRepository(database, QStringLiteral("development_plan"), parent)
    , m_clock(clock)
{
    m_database.references().describe(QStringLiteral("development_plan"), [](qint64 count) {
        return tr("%n development plans", nullptr, static_cast<int>(count));
    });
    m_database.references().describe(QStringLiteral("plan_course"), [](qint64 count) {
        return tr("%n development plans", nullptr, static_cast<int>(count));
    });
    m_database.references().describe(QStringLiteral("plan_category_target"), [](qint64 count) {
        return tr("the targets of %n development plans", nullptr, static_cast<int>(count));
    });
}

QList<DevelopmentPlan> DevelopmentPlanRepository::plansWhere(const Database &database, const QString &filter,
                                                             const QVariantList &values)
{
    QSqlQuery query =
        database.prepare(QStringLiteral("SELECT %1 FROM development_plan WHERE %2 ORDER BY cadre_id, year")
                             .arg(planColumns, filter));
    for (const QVariant &value : values)
        query.addBindValue(value);
    query.setForwardOnly(true);
    database.exec(query);
    QList<DevelopmentPlan> plans;
    QHash<qint64, int> indexOf;
    while (query.next()) {
        DevelopmentPlan plan;
        plan.id = query.value(0).toLongLong();
        plan.uuid = query.value(1).toString();
        plan.cadreId = query.value(2).toLongLong();
        plan.year = query.value(3).toInt();
        plan.theoryHours = query.value(4).toDouble();
        plan.managementHours = query.value(5).toDouble();
        plan.plannedRotation = query.value(6).toString();
        plan.goals = query.value(7).toString();
        plan.createdAt = QDateTime::fromString(query.value(8).toString(), Qt::ISODate);
        plan.updatedAt = QDateTime::fromString(query.value(9).toString(), Qt::ISODate);
        indexOf.insert(plan.id, static_cast<int>(plans.size()));
        plans.append(plan);
    }
    if (plans.isEmpty())
        return plans;
    const QString planFilter =
        QStringLiteral("plan_id IN (SELECT id FROM development_plan WHERE %1)").arg(filter);
    QSqlQuery targets = database.prepare(
        QStringLiteral("SELECT plan_id, category_id, hours FROM plan_category_target WHERE %1")
            .arg(planFilter));
    for (const QVariant &value : values)
        targets.addBindValue(value);
    targets.setForwardOnly(true);
    database.exec(targets);
    while (targets.next())
        if (const auto it = indexOf.constFind(targets.value(0).toLongLong()); it != indexOf.cend())
            plans[*it].categoryHours.insert(targets.value(1).toLongLong(), targets.value(2).toDouble());
    QSqlQuery courses = database.prepare(
        QStringLiteral(
            "SELECT plan_id, course_id, reason FROM plan_course WHERE %1 ORDER BY plan_id, position")
            .arg(planFilter));
    for (const QVariant &value : values)
        courses.addBindValue(value);
    courses.setForwardOnly(true);
    database.exec(courses);
    while (courses.next())
        if (const auto it = indexOf.constFind(courses.value(0).toLongLong()); it != indexOf.cend())
            plans[*it].courses.append({courses.value(1).toLongLong(), courses.value(2).toString()});
    return plans;
}

std::optional<DevelopmentPlan> DevelopmentPlanRepository::find(qint64 id) const
{
    const QList<DevelopmentPlan> found = plansWhere(m_database, QStringLiteral("id = ?"), {id});
    if (found.isEmpty())
        return std::nullopt;
    return found.first();
}

QList<DevelopmentPlan> DevelopmentPlanRepository::findAll(const QList<qint64> &ids) const
{
    return plansWhere(m_database, QStringLiteral("id IN ") + SqlList::values(), {SqlList::bound(ids)});
}

std::optional<DevelopmentPlan> DevelopmentPlanRepository::of(qint64 cadreId, int year) const
{
    const QList<DevelopmentPlan> found =
        plansWhere(m_database, QStringLiteral("cadre_id = ? AND year = ?"), {cadreId, year});
    if (found.isEmpty())
        return std::nullopt;
    return found.first();
}

QList<DevelopmentPlan> DevelopmentPlanRepository::ofYear(const Database &database, int year)
{
    return plansWhere(database, QStringLiteral("year = ?"), {year});
}

QList<DevelopmentPlan> DevelopmentPlanRepository::ofYear(int year) const
{
    QSqlQuery units =
        m_database.prepare(QStringLiteral("SELECT id, branch_id FROM development_plan WHERE year = ?"));
    units.addBindValue(year);
    m_database.exec(units);
    QHash<qint64, qint64> unitOf;
    while (units.next())
        unitOf.insert(units.value(0).toLongLong(), units.value(1).toLongLong());
    return readableOnly(ofYear(m_database, year),
                        [&unitOf](const DevelopmentPlan &plan) { return unitOf.value(plan.id); });
}

int DevelopmentPlanRepository::count() const
{
    QSqlQuery query = m_database.prepare(QStringLiteral("SELECT count(*) FROM development_plan"));
    return m_database.scalar(query).toInt();
}

DevelopmentPlan DevelopmentPlanRepository::validated(const DevelopmentPlan &input,
                                                     const References &references) const
{
    DevelopmentPlan plan = input;
    plan.plannedRotation = plan.plannedRotation.trimmed();
    plan.goals = plan.goals.trimmed();
    plan.theoryHours = hundredths(plan.theoryHours);
    plan.managementHours = hundredths(plan.managementHours);
    QList<FieldError> errors;
    const auto cadre = references.cadres.constFind(plan.cadreId);
    if (cadre == references.cadres.cend())
        errors.append({PlanField::cadre, tr("Choose a cadre of the roster.")});
    else if (!isEmployed(cadre->employmentStatus))
        errors.append(
            {PlanField::cadre, tr("%1 has left the enterprise: a development plan is for a cadre at "
                                  "work. Mark them employed again first if they came back.")
                                   .arg(cadre->name)});
    if (plan.year < 2000 || plan.year > 2100)
        errors.append({PlanField::year, tr("The year must lie between 2000 and 2100.")});
    else if (const qint64 other = references.existing.value({plan.cadreId, plan.year});
             other > 0 && other != plan.id)
        errors.append({PlanField::year, tr("%1 already has a development plan for %2: edit that one.")
                                            .arg(cadre != references.cadres.cend() ? cadre->name : QString())
                                            .arg(plan.year)});
    if (plan.theoryHours < 0 || plan.theoryHours > maxHours || !std::isfinite(plan.theoryHours))
        errors.append(
            {PlanField::theoryHours, tr("The target must lie between 0 and %1 hours.").arg(maxHours)});
    if (plan.managementHours < 0 || plan.managementHours > maxHours || !std::isfinite(plan.managementHours))
        errors.append(
            {PlanField::managementHours, tr("The target must lie between 0 and %1 hours.").arg(maxHours)});
    double byCategory = 0;
    for (auto it = plan.categoryHours.begin(); it != plan.categoryHours.end(); ++it) {
        it.value() = hundredths(it.value());
        byCategory += it.value();
        if (!references.categories.contains(it.key()))
            errors.append({PlanField::categories,
                           tr("A category of the plan no longer exists; refresh and try again.")});
        else if (it.value() <= 0 || it.value() > maxHours)
            errors.append(
                {PlanField::categories,
                 tr("Each category's target must be more than 0 and at most %1 hours.").arg(maxHours)});
    }
    if (byCategory > plan.managementHours + 0.005)
        errors.append(
            {PlanField::categories,
             tr("The categories' targets add up to %1 hours, more than the management target of %2.")
                 .arg(byCategory)
                 .arg(plan.managementHours)});
    QSet<qint64> seen;
    for (PlanCourse &course : plan.courses) {
        course.reason = course.reason.trimmed();
        if (!references.courses.contains(course.courseId))
            errors.append({PlanField::courses,
                           tr("A course of the plan is no longer in the catalogue; refresh and try again.")});
        else if (seen.contains(course.courseId))
            errors.append({PlanField::courses, tr("A course is in the plan twice.")});
        seen.insert(course.courseId);
    }
    if (plan.plannedRotation.size() > maxTextLength || plan.goals.size() > maxTextLength)
        errors.append(
            {PlanField::text, tr("The text is longer than %n characters.", nullptr, maxTextLength)});
    if (!errors.isEmpty())
        throw ValidationError(errors);
    return plan;
}

qint64 DevelopmentPlanRepository::insert(const DevelopmentPlan &plan, qint64 branchId,
                                         const QString &createdAt, const QString &now)
{
    QSqlQuery query = m_database.prepare(QStringLiteral(
        "INSERT INTO development_plan (id, uuid, cadre_id, branch_id, year, theory_hours, management_hours, "
        "planned_rotation, goals, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    query.addBindValue(SqlValue::optionalId(plan.id));
    query.addBindValue(SqlValue::uuidOrNew(plan.uuid));
    query.addBindValue(plan.cadreId);
    query.addBindValue(branchId);
    query.addBindValue(plan.year);
    query.addBindValue(plan.theoryHours);
    query.addBindValue(plan.managementHours);
    query.addBindValue(SqlValue::text(plan.plannedRotation));
    query.addBindValue(SqlValue::text(plan.goals));
    query.addBindValue(createdAt);
    query.addBindValue(now);
    m_database.exec(query);
    const qint64 id = query.lastInsertId().toLongLong();
    saveParts(id, branchId, plan, now);
    return id;
}

void DevelopmentPlanRepository::saveParts(qint64 planId, qint64 branchId, const DevelopmentPlan &plan,
                                          const QString &now)
{
    for (auto it = plan.categoryHours.cbegin(); it != plan.categoryHours.cend(); ++it) {
        QSqlQuery target = m_database.prepare(QStringLiteral(
            "INSERT INTO plan_category_target (uuid, plan_id, category_id, branch_id, hours, created_at, "
            "updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)"));
        target.addBindValue(SqlValue::newUuid());
        target.addBindValue(planId);
        target.addBindValue(it.key());
        target.addBindValue(branchId);
        target.addBindValue(it.value());
        target.addBindValue(now);
        target.addBindValue(now);
        m_database.exec(target);
    }
    for (int i = 0; i < plan.courses.size(); ++i) {
        QSqlQuery course = m_database.prepare(
            QStringLiteral("INSERT INTO plan_course (uuid, plan_id, course_id, branch_id, position, reason, "
                           "created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
        course.addBindValue(SqlValue::newUuid());
        course.addBindValue(planId);
        course.addBindValue(plan.courses.at(i).courseId);
        course.addBindValue(branchId);
        course.addBindValue(i);
        course.addBindValue(SqlValue::text(plan.courses.at(i).reason));
        course.addBindValue(now);
        course.addBindValue(now);
        m_database.exec(course);
    }
}

qint64 DevelopmentPlanRepository::add(DevelopmentPlan plan)
{
    plan.id = 0;
    return addAll({plan}).first();
}

QList<qint64> DevelopmentPlanRepository::addAll(QList<DevelopmentPlan> plans)
{
    Transaction transaction(m_database);
    const References references(m_database, plans);
    QList<FieldError> errors;
    QSet<std::pair<qint64, int>> seen;
    for (DevelopmentPlan &plan : plans) {
        plan.id = 0;
        try {
            plan = validated(plan, references);
        } catch (const ValidationError &refusal) {
            errors.append(refusal.errors());
        }
        if (seen.contains({plan.cadreId, plan.year}))
            errors.append({PlanField::year, tr("A cadre has two plans for %1 in the list.").arg(plan.year)});
        seen.insert({plan.cadreId, plan.year});
        if (errors.size() > 20)
            break;
    }
    if (!errors.isEmpty())
        throw ValidationError(errors);
    const QString now = m_clock.timestamp();
    QList<qint64> ids;
    for (const DevelopmentPlan &plan : std::as_const(plans)) {
        const qint64 id = insert(plan, references.cadres.value(plan.cadreId).branchId, now, now);
        ids.append(id);
        notifyAdded(id);
    }
    transaction.commit();
    return ids;
}

void DevelopmentPlanRepository::update(DevelopmentPlan plan)
{
    Transaction transaction(m_database);
    const std::optional<DevelopmentPlan> stored = find(plan.id);
    if (!stored)
        throw ValidationError(tr("This development plan no longer exists; it may have been deleted."));
    const References references(m_database, {plan});
    plan = validated(plan, references);
    const qint64 branchId = references.cadres.value(plan.cadreId).branchId;
    requireReadable(branchId);
    QSqlQuery query = m_database.prepare(
        QStringLiteral("UPDATE development_plan SET cadre_id = ?, branch_id = ?, year = ?, theory_hours = ?, "
                       "management_hours = ?, planned_rotation = ?, goals = ?, updated_at = ? WHERE id = ?"));
    const QString now = m_clock.timestamp();
    query.addBindValue(plan.cadreId);
    query.addBindValue(branchId);
    query.addBindValue(plan.year);
    query.addBindValue(plan.theoryHours);
    query.addBindValue(plan.managementHours);
    query.addBindValue(SqlValue::text(plan.plannedRotation));
    query.addBindValue(SqlValue::text(plan.goals));
    query.addBindValue(now);
    query.addBindValue(plan.id);
    m_database.exec(query);
    if (stored->categoryHours != plan.categoryHours || stored->courses != plan.courses) {
        for (const QString &table : {QStringLiteral("plan_category_target"), QStringLiteral("plan_course")}) {
            QSqlQuery clear =
                m_database.prepare(QStringLiteral("DELETE FROM %1 WHERE plan_id = ?").arg(table));
            clear.addBindValue(plan.id);
            m_database.exec(clear);
        }
        saveParts(plan.id, branchId, plan, now);
    }
    notifyChanged(plan.id);
    transaction.commit();
}

DevelopmentPlan DevelopmentPlanRepository::remove(qint64 id)
{
    Transaction transaction(m_database);
    const std::optional<DevelopmentPlan> plan = find(id);
    if (!plan)
        throw ValidationError(tr("This development plan no longer exists; it may have been deleted."));
    QSqlQuery query = m_database.prepare(QStringLiteral("DELETE FROM development_plan WHERE id = ?"));
    query.addBindValue(id);
    m_database.exec(query);
    notifyRemoved(id);
    transaction.commit();
    return *plan;
}

QList<DevelopmentPlan> DevelopmentPlanRepository::removeAll(const QList<qint64> &ids)
{
    Transaction transaction(m_database);
    QList<DevelopmentPlan> removed;
    for (const qint64 id : ids)
        removed.append(remove(id));
    transaction.commit();
    return removed;
}

void DevelopmentPlanRepository::restoreAll(const QList<DevelopmentPlan> &plans)
{
    Transaction transaction(m_database);
    for (const DevelopmentPlan &plan : plans)
        restore(plan);
    transaction.commit();
}

void DevelopmentPlanRepository::restore(const DevelopmentPlan &plan)
{
    Transaction transaction(m_database);
    if (find(plan.id))
        throw ValidationError(tr("This development plan is already there."));
    const References references(m_database, {plan});
    const DevelopmentPlan valid = validated(plan, references);
    const QString now = m_clock.timestamp();
    insert(valid, references.cadres.value(valid.cadreId).branchId,
           valid.createdAt.isValid() ? valid.createdAt.toUTC().toString(Qt::ISODate) : now, now);
    notifyAdded(valid.id);
    transaction.commit();
}

std::optional<RecordRepository::ConcernedRecord>
DevelopmentPlanRepository::concernedRecord(const JournalEntry &entry) const
{
    if (entry.table == QStringLiteral("plan_course") ||
        entry.table == QStringLiteral("plan_category_target")) {
        const qint64 id = entry.value(QStringLiteral("plan_id")).toLongLong();
        return id > 0 ? std::optional(ConcernedRecord{id, false}) : std::nullopt;
    }
    return RecordRepository::concernedRecord(entry);
}

} // namespace rongpei
