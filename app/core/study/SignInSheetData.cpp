#include "study/SignInSheetData.h"

#include "common/ValidationError.h"
#include "storage/Database.h"

#include <QSqlQuery>
#include <QVariant>

namespace rongpei {

SignInSheetData SignInSheetData::load(const Database &database, qint64 sessionId)
{
    QSqlQuery session = database.prepare(QStringLiteral(
        "SELECT k.name, s.topic, b.name, s.speaker, s.location, s.session_date, s.start_time, s.end_time, "
        "s.hours FROM study_session s "
        "JOIN session_kind k ON k.id = s.kind_id "
        "JOIN organization b ON b.id = s.branch_id "
        "WHERE s.id = ?"));
    session.addBindValue(sessionId);
    database.exec(session);
    if (!session.next())
        throw ValidationError(tr("This session no longer exists; it may have been deleted."));

    SignInSheetData data;
    data.kindName = session.value(0).toString();
    data.topic = session.value(1).toString();
    data.branchName = session.value(2).toString();
    data.speaker = session.value(3).toString();
    data.location = session.value(4).toString();
    data.date = QDate::fromString(session.value(5).toString(), Qt::ISODate);
    data.startTime = QTime::fromString(session.value(6).toString(), Qt::ISODate);
    data.endTime = QTime::fromString(session.value(7).toString(), Qt::ISODate);
    data.hours = session.value(8).toDouble();
    data.title = data.branchName + u' ' + data.kindName;

    QSqlQuery lines = database.prepare(
        QStringLiteral("SELECT c.name, c.employee_number, coalesce(d.name, b.name, '') FROM attendance a "
                       "JOIN cadre c ON c.id = a.cadre_id "
                       "LEFT JOIN organization d ON d.id = c.department_id "
                       "LEFT JOIN organization b ON b.id = c.branch_id "
                       "WHERE a.session_id = ? ORDER BY a.position, a.id"));
    lines.setForwardOnly(true);
    lines.addBindValue(sessionId);
    database.exec(lines);
    while (lines.next()) {
        SignInSheetLine line;
        line.number = int(data.lines.size()) + 1;
        line.name = lines.value(0).toString();
        line.employeeNumber = lines.value(1).toString();
        line.unit = lines.value(2).toString();
        data.lines.append(line);
    }
    return data;
}

} // namespace rongpei
