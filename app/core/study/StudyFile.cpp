#include "study/StudyFile.h"

#include "storage/Database.h"
#include "study/RollCall.h"

#include <QCoreApplication>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>

namespace rongpei {

QString StudyFile::sessionsSource()
{
    return QCoreApplication::translate("rongpei::StudyFile", "Study session");
}

StudyFile StudyFile::load(const Database &database, qint64 cadreId, QDate today,
                          const QList<const HourSource *> &sources)
{
    QSqlQuery query = database.prepare(
        QStringLiteral("SELECT s.id, s.session_date, k.name, s.topic, o.name, s.state, a.status, "
                       "CASE WHEN s.state = 'held' AND ifnull(c.earns_hours, 0) = 1 THEN s.hours ELSE 0 END "
                       "FROM attendance a JOIN study_session s ON s.id = a.session_id "
                       "JOIN session_kind k ON k.id = s.kind_id JOIN organization o ON o.id = s.branch_id "
                       "LEFT JOIN attendance_credit c ON c.status = a.status "
                       "WHERE a.cadre_id = ? ORDER BY s.session_date DESC, s.start_time DESC, s.id DESC"));
    query.addBindValue(cadreId);
    database.exec(query);
    StudyFile file;
    while (query.next()) {
        StudyFileEntry entry;
        entry.sessionId = query.value(0).toLongLong();
        entry.date = QDate::fromString(query.value(1).toString(), Qt::ISODate);
        entry.kindName = query.value(2).toString();
        entry.topic = query.value(3).toString();
        entry.branchName = query.value(4).toString();
        entry.state = enumFromCode<SessionState>(query.value(5).toString()).value_or(SessionState::Held);
        entry.status =
            enumFromCode<AttendanceStatus>(query.value(6).toString()).value_or(AttendanceStatus::Absent);
        entry.hoursEarned = query.value(7).toDouble();
        if (entry.state == SessionState::Held) {
            ++file.rollCalls;
            if (isAttending(entry.status))
                ++file.attended;
            file.hoursByYear[entry.date.year()] += entry.hoursEarned;
            file.hoursByYearAndKind[entry.date.year()][entry.kindName] += entry.hoursEarned;
            file.hoursByYearAndSource[entry.date.year()][sessionsSource()] += entry.hoursEarned;
        }
        file.entries.append(entry);
    }
    for (const HourSource *source : sources)
        for (const HourRecord &record : source->recordsOf(database, cadreId, today)) {
            file.otherRecords.append({source->name(), record});
            file.hoursByYear[record.date.year()] += record.hoursEarned;
            file.hoursByYearAndKind[record.date.year()][record.kindName] += record.hoursEarned;
            file.hoursByYearAndSource[record.date.year()][source->name()] += record.hoursEarned;
        }
    std::stable_sort(
        file.otherRecords.begin(), file.otherRecords.end(),
        [](const StudyFileRecord &a, const StudyFileRecord &b) { return a.record.date > b.record.date; });
    return file;
}

} // namespace rongpei
