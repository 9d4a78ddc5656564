#include "study/StudyRuleRepository.h"

#include "common/Clock.h"
#include "storage/Database.h"
#include "storage/SqlValue.h"

#include <QSqlQuery>
#include <QVariant>

namespace rongpei {

namespace {

constexpr int maxNameLength = 40;
constexpr int maxSourceLength = 500;

void requireName(const QString &name, QList<FieldError> &errors)
{
    if (name.isEmpty())
        errors.append({StudyRuleField::name,
                       QCoreApplication::translate("rongpei::StudyRuleRepository", "Enter a name.")});
    else if (name.size() > maxNameLength)
        errors.append(
            {StudyRuleField::name,
             QCoreApplication::translate("rongpei::StudyRuleRepository",
                                         "The name is longer than %n characters.", nullptr, maxNameLength)});
}

void requireSource(const QString &source, QList<FieldError> &errors)
{
    if (source.size() > maxSourceLength)
        errors.append({QString(), QCoreApplication::translate("rongpei::StudyRuleRepository",
                                                              "The source is longer than %n characters.",
                                                              nullptr, maxSourceLength)});
}

} // namespace

StudyRuleRepository::StudyRuleRepository(Database &database, const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_database(database)
    , m_clock(clock)
{}

QList<StudyKind> StudyRuleRepository::kinds() const
{
    QSqlQuery query = m_database.prepare(QStringLiteral(
        "SELECT id, uuid, ifnull(code, ''), name, members_only, conversion_id FROM session_kind "
        "ORDER BY sort_order, id"));
    m_database.exec(query);
    QList<StudyKind> result;
    while (query.next())
        result.append({query.value(0).toLongLong(), query.value(1).toString(), query.value(2).toString(),
                       query.value(3).toString(), query.value(4).toBool(), query.value(5).toLongLong()});
    return result;
}

qint64 StudyRuleRepository::saveKind(StudyKind kind)
{
    kind.name = kind.name.simplified();
    QList<FieldError> errors;
    requireName(kind.name, errors);
    Transaction transaction(m_database);
    QSqlQuery conversion =
        m_database.prepare(QStringLiteral("SELECT count(*) FROM hour_conversion WHERE id = ?"));
    conversion.addBindValue(kind.conversionId);
    if (m_database.scalar(conversion).toInt() != 1)
        errors.append({StudyRuleField::hours, tr("Choose how the kind's hours are counted.")});
    if (!errors.isEmpty())
        throw ValidationError(errors);

    QSqlQuery query = m_database.prepare(
        kind.id > 0
            ? QStringLiteral("UPDATE session_kind SET name = ?, members_only = ?, conversion_id = ?, "
                             "updated_at = ? WHERE id = ?")
            : QStringLiteral("INSERT INTO session_kind (name, members_only, conversion_id, updated_at, "
                             "uuid, sort_order, created_at) VALUES (?, ?, ?, ?, ?, "
                             "(SELECT ifnull(max(sort_order), 0) + 1 FROM session_kind), ?)"));
    query.addBindValue(kind.name);
    query.addBindValue(kind.membersOnly ? 1 : 0);
    query.addBindValue(kind.conversionId);
    query.addBindValue(m_clock.timestamp());
    if (kind.id > 0) {
        query.addBindValue(kind.id);
    } else {
        query.addBindValue(SqlValue::uuidOrNew(kind.uuid));
        query.addBindValue(m_clock.timestamp());
    }
    const qint64 id =
        write(query, kind.id, tr("There is already a kind of session called %1.").arg(kind.name));
    transaction.commit();
    return id;
}

void StudyRuleRepository::removeKind(qint64 id)
{
    removeFrom(QStringLiteral("session_kind"), id,
               tr("This kind of session cannot be deleted: sessions or meeting rules still use it."));
}

QList<HourConversion> StudyRuleRepository::conversions() const
{
    QSqlQuery query = m_database.prepare(QStringLiteral(
        "SELECT id, uuid, name, method, hours, source FROM hour_conversion ORDER BY sort_order, id"));
    m_database.exec(query);
    QList<HourConversion> result;
    while (query.next())
        result.append(
            {query.value(0).toLongLong(), query.value(1).toString(), query.value(2).toString(),
             enumFromCode<ConversionMethod>(query.value(3).toString()).value_or(ConversionMethod::ClockHours),
             query.value(4).toDouble(), query.value(5).toString()});
    return result;
}

qint64 StudyRuleRepository::saveConversion(HourConversion conversion)
{
    conversion.name = conversion.name.simplified();
    conversion.source = conversion.source.trimmed();
    QList<FieldError> errors;
    requireName(conversion.name, errors);
    requireSource(conversion.source, errors);
    if (conversion.method == ConversionMethod::ClockHours)
        conversion.hours = 0;
    else if (!(conversion.hours > 0) || conversion.hours > 24)
        errors.append({StudyRuleField::hours, tr("Fixed hours must be more than 0 and at most 24.")});
    if (!errors.isEmpty())
        throw ValidationError(errors);

    Transaction transaction(m_database);
    QSqlQuery query = m_database.prepare(
        conversion.id > 0
            ? QStringLiteral(
                  "UPDATE hour_conversion SET name = ?, method = ?, hours = ?, source = ?, updated_at = ? "
                  "WHERE id = ?")
            : QStringLiteral("INSERT INTO hour_conversion (name, method, hours, source, updated_at, uuid, "
                             "sort_order, created_at) VALUES (?, ?, ?, ?, ?, ?, "
                             "(SELECT ifnull(max(sort_order), 0) + 1 FROM hour_conversion), ?)"));
    query.addBindValue(conversion.name);
    query.addBindValue(enumCode(conversion.method));
    query.addBindValue(conversion.hours);
    query.addBindValue(SqlValue::text(conversion.source));
    query.addBindValue(m_clock.timestamp());
    if (conversion.id > 0) {
        query.addBindValue(conversion.id);
    } else {
        query.addBindValue(SqlValue::uuidOrNew(conversion.uuid));
        query.addBindValue(m_clock.timestamp());
    }
    const qint64 id = write(query, conversion.id,
                            tr("There is already an hour conversion called %1.").arg(conversion.name));
    transaction.commit();
    return id;
}

void StudyRuleRepository::removeConversion(qint64 id)
{
    removeFrom(QStringLiteral("hour_conversion"), id,
               tr("This hour conversion cannot be deleted: a kind of session still uses it."));
}

QList<HourRequirement> StudyRuleRepository::requirements() const
{
    return requirementsIn(m_database);
}

QList<HourRequirement> StudyRuleRepository::requirementsIn(const Database &database)
{
    QSqlQuery query = database.prepare(QStringLiteral(
        "SELECT id, uuid, category, period_years, minimum_hours, source FROM hour_requirement ORDER BY id"));
    database.exec(query);
    QList<HourRequirement> result;
    while (query.next())
        if (const auto category = enumFromCode<CadreCategory>(query.value(2).toString()))
            result.append({query.value(0).toLongLong(), query.value(1).toString(), *category,
                           query.value(3).toInt(), query.value(4).toDouble(), query.value(5).toString()});
    return result;
}

qint64 StudyRuleRepository::saveRequirement(HourRequirement requirement)
{
    requirement.source = requirement.source.trimmed();
    QList<FieldError> errors;
    requireSource(requirement.source, errors);
    if (requirement.periodYears < 1 || requirement.periodYears > 10)
        errors.append({StudyRuleField::periodYears, tr("The period must be from 1 to 10 years.")});
    if (!(requirement.minimumHours > 0) || requirement.minimumHours > 10000)
        errors.append(
            {StudyRuleField::hours, tr("The minimum must be more than 0 and at most 10000 hours.")});
    if (!errors.isEmpty())
        throw ValidationError(errors);

    Transaction transaction(m_database);
    QSqlQuery query = m_database.prepare(
        requirement.id > 0
            ? QStringLiteral("UPDATE hour_requirement SET category = ?, period_years = ?, minimum_hours = ?, "
                             "source = ?, updated_at = ? WHERE id = ?")
            : QStringLiteral("INSERT INTO hour_requirement (category, period_years, minimum_hours, source, "
                             "updated_at, uuid, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)"));
    query.addBindValue(enumCode(requirement.category));
    query.addBindValue(requirement.periodYears);
    query.addBindValue(requirement.minimumHours);
    query.addBindValue(SqlValue::text(requirement.source));
    query.addBindValue(m_clock.timestamp());
    if (requirement.id > 0) {
        query.addBindValue(requirement.id);
    } else {
        query.addBindValue(SqlValue::uuidOrNew(requirement.uuid));
        query.addBindValue(m_clock.timestamp());
    }
    const qint64 id = write(query, requirement.id, QString());
    transaction.commit();
    return id;
}

void StudyRuleRepository::removeRequirement(qint64 id)
{
    removeFrom(QStringLiteral("hour_requirement"), id, QString());
}

QList<MeetingRule> StudyRuleRepository::meetingRules() const
{
    QSqlQuery query = m_database.prepare(QStringLiteral(
        "SELECT r.id, r.uuid, r.kind_id, ifnull(r.branch_id, 0), r.frequency, r.source FROM meeting_rule r "
        "JOIN session_kind k ON k.id = r.kind_id ORDER BY ifnull(r.branch_id, 0), k.sort_order, r.id"));
    m_database.exec(query);
    QList<MeetingRule> result;
    while (query.next())
        result.append(
            {query.value(0).toLongLong(), query.value(1).toString(), query.value(2).toLongLong(),
             query.value(3).toLongLong(),
             enumFromCode<MeetingFrequency>(query.value(4).toString()).value_or(MeetingFrequency::Monthly),
             query.value(5).toString()});
    return result;
}

qint64 StudyRuleRepository::saveMeetingRule(MeetingRule rule)
{
    rule.source = rule.source.trimmed();
    QList<FieldError> errors;
    requireSource(rule.source, errors);
    Transaction transaction(m_database);
    QSqlQuery kind = m_database.prepare(QStringLiteral("SELECT count(*) FROM session_kind WHERE id = ?"));
    kind.addBindValue(rule.kindId);
    if (m_database.scalar(kind).toInt() != 1)
        errors.append({StudyRuleField::kind, tr("Choose an existing kind of session.")});
    if (rule.branchId > 0) {
        QSqlQuery branch = m_database.prepare(
            QStringLiteral("SELECT count(*) FROM organization WHERE id = ? AND kind = 'branch'"));
        branch.addBindValue(rule.branchId);
        if (m_database.scalar(branch).toInt() != 1)
            errors.append({StudyRuleField::branch, tr("Choose an existing party branch, or every branch.")});
    }
    if (!errors.isEmpty())
        throw ValidationError(errors);

    QSqlQuery query = m_database.prepare(
        rule.id > 0
            ? QStringLiteral("UPDATE meeting_rule SET kind_id = ?, branch_id = ?, frequency = ?, source = ?, "
                             "updated_at = ? WHERE id = ?")
            : QStringLiteral("INSERT INTO meeting_rule (kind_id, branch_id, frequency, source, updated_at, "
                             "uuid, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)"));
    query.addBindValue(rule.kindId);
    query.addBindValue(SqlValue::optionalId(rule.branchId));
    query.addBindValue(enumCode(rule.frequency));
    query.addBindValue(SqlValue::text(rule.source));
    query.addBindValue(m_clock.timestamp());
    if (rule.id > 0) {
        query.addBindValue(rule.id);
    } else {
        query.addBindValue(SqlValue::uuidOrNew(rule.uuid));
        query.addBindValue(m_clock.timestamp());
    }
    const qint64 id = write(
        query, rule.id, tr("There is already a rule for this kind of meeting and branch; edit that one."));
    transaction.commit();
    return id;
}

void StudyRuleRepository::removeMeetingRule(qint64 id)
{
    removeFrom(QStringLiteral("meeting_rule"), id, QString());
}

QSet<AttendanceStatus> StudyRuleRepository::earningStatuses() const
{
    return earningStatusesIn(m_database);
}

QSet<AttendanceStatus> StudyRuleRepository::earningStatusesIn(const Database &database)
{
    QSqlQuery query =
        database.prepare(QStringLiteral("SELECT status FROM attendance_credit WHERE earns_hours = 1"));
    database.exec(query);
    QSet<AttendanceStatus> result;
    while (query.next())
        if (const auto status = enumFromCode<AttendanceStatus>(query.value(0).toString()))
            result.insert(*status);
    return result;
}

void StudyRuleRepository::setEarningStatuses(const QSet<AttendanceStatus> &statuses)
{
    Transaction transaction(m_database);
    QSqlQuery query = m_database.prepare(
        QStringLiteral("INSERT INTO attendance_credit (status, earns_hours, updated_at, uuid, created_at) "
                       "VALUES (?, ?, ?, ?, ?) "
                       "ON CONFLICT (status) DO UPDATE SET earns_hours = excluded.earns_hours, updated_at = "
                       "excluded.updated_at"));
    for (AttendanceStatus status : enumValues<AttendanceStatus>()) {
        query.addBindValue(enumCode(status));
        query.addBindValue(statuses.contains(status) ? 1 : 0);
        query.addBindValue(m_clock.timestamp());
        query.addBindValue(SqlValue::uuidOrNew({}));
        query.addBindValue(m_clock.timestamp());
        m_database.exec(query);
    }
    changed();
    transaction.commit();
}

qint64 StudyRuleRepository::write(QSqlQuery &query, qint64 id, const QString &duplicate)
{
    try {
        m_database.exec(query);
    } catch (const DatabaseError &error) {
        if (error.kind() != DatabaseError::Kind::Constraint || duplicate.isEmpty())
            throw;
        throw ValidationError(duplicate);
    }
    if (id > 0 && query.numRowsAffected() != 1)
        throw ValidationError(tr("This rule no longer exists; it may have been deleted."));
    changed();
    return id > 0 ? id : query.lastInsertId().toLongLong();
}

void StudyRuleRepository::removeFrom(const QString &table, qint64 id, const QString &inUse)
{
    Transaction transaction(m_database);
    QSqlQuery query = m_database.prepare(QStringLiteral("DELETE FROM %1 WHERE id = ?").arg(table));
    query.addBindValue(id);
    try {
        m_database.exec(query);
    } catch (const DatabaseError &error) {
        if (error.kind() != DatabaseError::Kind::Constraint || inUse.isEmpty())
            throw;
        throw ValidationError(inUse);
    }
    if (query.numRowsAffected() != 1)
        throw ValidationError(tr("This rule no longer exists; it may have been deleted."));
    changed();
    transaction.commit();
}

void StudyRuleRepository::changed()
{
    m_database.afterCommit([this] { emit rulesChanged(); });
}

} // namespace rongpei
