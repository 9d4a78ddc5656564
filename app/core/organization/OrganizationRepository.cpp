#include "organization/OrganizationRepository.h"

#include "common/Clock.h"
#include "common/ValidationError.h"
#include "storage/Database.h"
#include "storage/SqlValue.h"

#include <QSqlQuery>
#include <QVariant>

namespace rongpei {

namespace {

const QString selectColumns = QStringLiteral("SELECT id, uuid, parent_id, kind, name, branch_id, sort_order, "
                                             "created_at, updated_at, records_start FROM organization ");

Organization organizationFrom(const QSqlQuery &query)
{
    Organization o;
    o.id = query.value(0).toLongLong();
    o.uuid = query.value(1).toString();
    o.parentId = query.value(2).toLongLong();
    o.kind = enumFromCode<OrganizationKind>(query.value(3).toString()).value_or(OrganizationKind::Department);
    o.name = query.value(4).toString();
    o.branchId = query.value(5).toLongLong();
    o.sortOrder = query.value(6).toInt();
    o.createdAt = QDateTime::fromString(query.value(7).toString(), Qt::ISODate);
    o.updatedAt = QDateTime::fromString(query.value(8).toString(), Qt::ISODate);
    o.recordsStart = QDate::fromString(query.value(9).toString(), Qt::ISODate);
    return o;
}

} // namespace

OrganizationRepository::OrganizationRepository(Database &database, const Clock &clock, QObject *parent)
    : RecordRepository(database, QStringLiteral("organization"), parent)
    , m_clock(clock)
{}

QList<Organization> OrganizationRepository::all() const
{
    const std::optional<std::pair<qint64, quint64>> stamp = m_database.changeStamp();
    if (stamp && stamp == m_allReadAt)
        return m_all;
    QList<Organization> organizations = readAll(m_database);
    if (stamp) {
        m_all = organizations;
        m_allReadAt = stamp;
    }
    return organizations;
}

QList<Organization> OrganizationRepository::readAll(const Database &database)
{
    // Parents first: order by depth through a recursive walk from the root.
    QSqlQuery query = database.prepare(QStringLiteral(R"(
        WITH RECURSIVE tree(id, depth) AS (
            SELECT id, 0 FROM organization WHERE parent_id IS NULL
            UNION ALL
            SELECT o.id, tree.depth + 1 FROM organization o JOIN tree ON o.parent_id = tree.id)
        SELECT o.id, o.uuid, o.parent_id, o.kind, o.name, o.branch_id, o.sort_order, o.created_at, o.updated_at,
               o.records_start
        FROM organization o JOIN tree ON tree.id = o.id
        ORDER BY tree.depth, o.sort_order, o.name)"));
    database.exec(query);
    QList<Organization> result;
    while (query.next())
        result.append(organizationFrom(query));
    return result;
}

std::optional<Organization> OrganizationRepository::find(qint64 id) const
{
    QSqlQuery query = m_database.prepare(selectColumns + QStringLiteral("WHERE id = ?"));
    query.addBindValue(id);
    m_database.exec(query);
    if (!query.next())
        return std::nullopt;
    return organizationFrom(query);
}

int OrganizationRepository::count() const
{
    QSqlQuery query = m_database.prepare(QStringLiteral("SELECT count(*) FROM organization"));
    return m_database.scalar(query).toInt();
}

qint64 OrganizationRepository::add(Organization organization)
{
    Transaction transaction(m_database);
    const std::optional<Organization> parent =
        organization.parentId > 0 ? std::optional(require(organization.parentId)) : std::nullopt;
    requireAllowedParent(organization.kind, parent);
    organization.id = 0;
    organization.name = validatedName(organization.name, organization.parentId, 0);
    organization.uuid = SqlValue::uuidOrNew(organization.uuid);
    requireRecordsStartByToday(organization);
    const qint64 id = insert(organization, parent, m_clock.timestamp());
    notifyAdded(id);
    transaction.commit();
    return id;
}

void OrganizationRepository::restore(const Organization &organization)
{
    Transaction transaction(m_database);
    if (find(organization.id))
        throw ValidationError(tr("\"%1\" is already in the organisation.").arg(organization.name));
    const std::optional<Organization> parent =
        organization.parentId > 0 ? std::optional(require(organization.parentId)) : std::nullopt;
    requireAllowedParent(organization.kind, parent);
    Organization valid = organization;
    valid.name = validatedName(organization.name, organization.parentId, organization.id);
    valid.uuid = SqlValue::uuidOrNew(organization.uuid);
    insert(valid, parent,
           valid.createdAt.isValid() ? valid.createdAt.toUTC().toString(Qt::ISODate) : m_clock.timestamp());
    notifyAdded(valid.id);
    transaction.commit();
}

qint64 OrganizationRepository::insert(const Organization &organization,
                                      const std::optional<Organization> &parent, const QString &createdAt)
{
    QSqlQuery insert = m_database.prepare(QStringLiteral(
        "INSERT INTO organization (id, uuid, parent_id, kind, name, sort_order, created_at, updated_at, "
        "records_start) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    insert.addBindValue(SqlValue::optionalId(organization.id));
    insert.addBindValue(organization.uuid);
    insert.addBindValue(SqlValue::optionalId(organization.parentId));
    insert.addBindValue(enumCode(organization.kind));
    insert.addBindValue(organization.name);
    insert.addBindValue(organization.sortOrder);
    insert.addBindValue(createdAt);
    insert.addBindValue(m_clock.timestamp());
    // A new branch's records begin the day it is set up, unless the clerk says earlier.
    const QDate recordsStart = organization.kind != OrganizationKind::Branch ? QDate()
                               : organization.recordsStart.isValid()         ? organization.recordsStart
                                                                             : m_clock.today();
    insert.addBindValue(SqlValue::date(recordsStart));
    m_database.exec(insert);
    const qint64 id = organization.id > 0 ? organization.id : insert.lastInsertId().toLongLong();

    const qint64 branchId = organization.kind == OrganizationKind::Branch                 ? id
                            : organization.kind == OrganizationKind::Department && parent ? parent->branchId
                                                                                          : 0;
    if (branchId > 0) {
        QSqlQuery setBranch =
            m_database.prepare(QStringLiteral("UPDATE organization SET branch_id = ? WHERE id = ?"));
        setBranch.addBindValue(branchId);
        setBranch.addBindValue(id);
        m_database.exec(setBranch);
    }
    return id;
}

void OrganizationRepository::update(const Organization &organization)
{
    Transaction transaction(m_database);
    const Organization stored = require(organization.id);
    if (organization.kind != stored.kind)
        throw ValidationError({{OrganizationField::kind, tr("The kind of a unit cannot be changed.")}});
    const QString now = m_clock.timestamp();
    if (organization.parentId != stored.parentId)
        moveUnder(stored, organization.parentId, now);
    const QString validName = validatedName(organization.name, organization.parentId, organization.id);
    requireRecordsStartByToday(organization);
    QSqlQuery update = m_database.prepare(
        QStringLiteral("UPDATE organization SET name = ?, records_start = ?, updated_at = ? WHERE id = ?"));
    update.addBindValue(validName);
    update.addBindValue(SqlValue::date(
        organization.kind == OrganizationKind::Branch
            ? (organization.recordsStart.isValid() ? organization.recordsStart : stored.recordsStart)
            : QDate()));
    update.addBindValue(now);
    update.addBindValue(organization.id);
    m_database.exec(update);
    notifyChanged(organization.id);
    transaction.commit();
}

void OrganizationRepository::requireRecordsStartByToday(const Organization &organization) const
{
    if (organization.kind == OrganizationKind::Branch && organization.recordsStart > m_clock.today())
        throw ValidationError(
            {{OrganizationField::recordsStart, tr("The records of a branch cannot start after today.")}});
}

void OrganizationRepository::rename(qint64 id, const QString &name)
{
    Organization organization = require(id);
    organization.name = name;
    update(organization);
}

void OrganizationRepository::move(qint64 id, qint64 newParentId)
{
    Organization organization = require(id);
    organization.parentId = newParentId;
    update(organization);
}

void OrganizationRepository::moveUnder(const Organization &organization, qint64 newParentId,
                                       const QString &now)
{
    const qint64 id = organization.id;
    if (organization.kind == OrganizationKind::Enterprise)
        throw ValidationError(
            {{OrganizationField::parent, tr("The enterprise is the root and cannot be moved.")}});
    const Organization newParent = require(newParentId);
    requireAllowedParent(organization.kind, newParent);

    QSqlQuery descendant = m_database.prepare(QStringLiteral(R"(
        WITH RECURSIVE below(id) AS (
            SELECT ? UNION ALL SELECT o.id FROM organization o JOIN below ON o.parent_id = below.id)
        SELECT count(*) FROM below WHERE id = ?)"));
    descendant.addBindValue(id);
    descendant.addBindValue(newParentId);
    if (m_database.scalar(descendant).toInt() > 0)
        throw ValidationError(
            {{OrganizationField::parent, tr("A unit cannot be moved into itself or below itself.")}});

    QSqlQuery update = m_database.prepare(
        QStringLiteral("UPDATE organization SET parent_id = ?, branch_id = ?, updated_at = ? WHERE id = ?"));
    const qint64 branchId =
        organization.kind == OrganizationKind::Department ? newParent.branchId : organization.branchId;
    update.addBindValue(newParentId);
    update.addBindValue(SqlValue::optionalId(branchId));
    update.addBindValue(now);
    update.addBindValue(id);
    m_database.exec(update);

    if (organization.kind == OrganizationKind::Department) {
        // The department's cadres follow it to its new branch.
        QSqlQuery cadres = m_database.prepare(
            QStringLiteral("UPDATE cadre SET branch_id = ?, updated_at = ? WHERE department_id = ?"));
        cadres.addBindValue(branchId);
        cadres.addBindValue(now);
        cadres.addBindValue(id);
        m_database.exec(cadres);
    }
}

OrganizationUsage OrganizationRepository::usage(qint64 id) const
{
    OrganizationUsage usage;
    QSqlQuery children =
        m_database.prepare(QStringLiteral("SELECT count(*) FROM organization WHERE parent_id = ?"));
    children.addBindValue(id);
    usage.children = m_database.scalar(children).toInt();
    QSqlQuery cadres = m_database.prepare(
        QStringLiteral("SELECT count(*) FROM cadre WHERE branch_id = ? OR department_id = ?"));
    cadres.addBindValue(id);
    cadres.addBindValue(id);
    usage.cadres = m_database.scalar(cadres).toInt();
    return usage;
}

QHash<qint64, int> OrganizationRepository::cadreCounts() const
{
    QSqlQuery query =
        m_database.prepare(QStringLiteral("SELECT branch_id, count(*) FROM cadre GROUP BY branch_id "
                                          "UNION ALL SELECT department_id, count(*) FROM cadre WHERE "
                                          "department_id IS NOT NULL GROUP BY department_id"));
    m_database.exec(query);
    QHash<qint64, int> counts;
    while (query.next())
        counts[query.value(0).toLongLong()] += query.value(1).toInt();
    return counts;
}

Organization OrganizationRepository::remove(qint64 id)
{
    Transaction transaction(m_database);
    const Organization organization = require(id);
    requireRemovable(id);
    QSqlQuery remove = m_database.prepare(QStringLiteral("DELETE FROM organization WHERE id = ?"));
    remove.addBindValue(id);
    try {
        m_database.exec(remove);
    } catch (const DatabaseError &error) {
        if (error.kind() != DatabaseError::Kind::Constraint)
            throw;
        throw ValidationError(
            tr("\"%1\" cannot be deleted: records still refer to it.").arg(organization.name));
    }
    notifyRemoved(id);
    transaction.commit();
    return organization;
}

void OrganizationRepository::requireRemovable(qint64 id) const
{
    const Organization organization = require(id);
    const OrganizationUsage used = usage(id);
    if (used.children > 0)
        throw ValidationError(
            tr("\"%1\" cannot be deleted: %n unit(s) still belong to it.", nullptr, used.children)
                .arg(organization.name));
    if (used.cadres > 0)
        throw ValidationError(
            tr("\"%1\" cannot be deleted: %n cadre(s) still belong to it. Move them to another unit first.",
               nullptr, used.cadres)
                .arg(organization.name));
}

Organization OrganizationRepository::require(qint64 id) const
{
    if (const auto organization = find(id))
        return *organization;
    throw ValidationError({{OrganizationField::parent, tr("The unit no longer exists; refresh the view.")}});
}

QString OrganizationRepository::validatedName(const QString &name, qint64 parentId, qint64 exceptId) const
{
    const QString simplified = name.simplified();
    if (simplified.isEmpty())
        throw ValidationError({{OrganizationField::name, tr("Enter a name.")}});
    if (simplified.size() > 60)
        throw ValidationError({{OrganizationField::name, tr("The name is longer than 60 characters.")}});
    QSqlQuery query = m_database.prepare(QStringLiteral(
        "SELECT count(*) FROM organization WHERE ifnull(parent_id, 0) = ? AND name = ? AND id <> ?"));
    query.addBindValue(parentId);
    query.addBindValue(simplified);
    query.addBindValue(exceptId);
    if (m_database.scalar(query).toInt() > 0)
        throw ValidationError(
            {{OrganizationField::name,
              tr("Another unit at the same place is already called \"%1\".").arg(simplified)}});
    return simplified;
}

void OrganizationRepository::requireAllowedParent(OrganizationKind kind,
                                                  const std::optional<Organization> &parent) const
{
    if (!parent) {
        if (kind != OrganizationKind::Enterprise)
            throw ValidationError({{OrganizationField::parent, tr("Choose the unit this one belongs to.")}});
        QSqlQuery roots =
            m_database.prepare(QStringLiteral("SELECT count(*) FROM organization WHERE parent_id IS NULL"));
        if (m_database.scalar(roots).toInt() > 0)
            throw ValidationError({{OrganizationField::kind, tr("The database already has an enterprise.")}});
        return;
    }
    if (!allowedChildKinds(parent->kind).contains(kind))
        throw ValidationError(
            {{OrganizationField::parent,
              tr("A %1 cannot be placed under a %2.").arg(enumLabel(kind), enumLabel(parent->kind))}});
}

} // namespace rongpei
