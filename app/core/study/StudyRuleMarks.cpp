// StudyRuleRepository, continued: the roll-call marks' settings (attendance_credit): which
// marks earn hours and which the attendance rate leaves out.
#include "common/Clock.h"
#include "storage/Database.h"
#include "storage/SqlValue.h"
#include "study/RollCall.h"
#include "study/StudyRuleRepository.h"

#include <QSqlQuery>

namespace rongpei {

QSet<AttendanceStatus> StudyRuleRepository::earningStatuses() const
{
    return earningStatusesIn(m_database);
}

namespace {

/// The marks whose attendance_credit row meets `condition` (a fixed SQL condition, never input).
QSet<AttendanceStatus> marksWhere(const Database &database, const QString &condition)
{
    QSqlQuery query =
        database.prepare(QStringLiteral("SELECT status FROM attendance_credit WHERE ") + condition);
    database.exec(query);
    QSet<AttendanceStatus> result;
    while (query.next())
        if (const auto status = enumFromCode<AttendanceStatus>(query.value(0).toString()))
            result.insert(*status);
    return result;
}

} // namespace

QSet<AttendanceStatus> StudyRuleRepository::earningStatusesIn(const Database &database)
{
    return marksWhere(database, QStringLiteral("earns_hours = 1"));
}

void StudyRuleRepository::setEarningStatuses(const QSet<AttendanceStatus> &statuses)
{
    Transaction transaction(m_database);
    QSqlQuery query = m_database.prepare(
        QStringLiteral("INSERT INTO attendance_credit (status, earns_hours, updated_at, uuid, created_at) "
                       "VALUES (?, ?, ?, ?, ?) "
                       "ON CONFLICT (status) DO UPDATE SET earns_hours = excluded.earns_hours, updated_at = "
                       "excluded.updated_at"));
    for (AttendanceStatus status : RollCall::marks()) {
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

QSet<AttendanceStatus> StudyRuleRepository::rateLeftOutStatuses() const
{
    return rateLeftOutStatusesIn(m_database);
}

QSet<AttendanceStatus> StudyRuleRepository::rateLeftOutStatusesIn(const Database &database)
{
    return marksWhere(database, QStringLiteral("in_rate_base = 0"));
}

void StudyRuleRepository::setRateLeftOutStatuses(const QSet<AttendanceStatus> &statuses)
{
    Transaction transaction(m_database);
    QSqlQuery query = m_database.prepare(
        QStringLiteral("UPDATE attendance_credit SET in_rate_base = ?, updated_at = ? WHERE status = ?"));
    for (AttendanceStatus status : RollCall::marks()) {
        query.addBindValue(statuses.contains(status) ? 0 : 1);
        query.addBindValue(m_clock.timestamp());
        query.addBindValue(enumCode(status));
        m_database.exec(query);
    }
    changed();
    transaction.commit();
}

} // namespace rongpei
