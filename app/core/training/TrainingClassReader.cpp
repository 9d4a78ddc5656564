#include "training/TrainingClassReader.h"

#include "storage/Database.h"

#include <QHash>
#include <QSqlQuery>

namespace rongpei {

namespace {

const QString classColumns =
    QStringLiteral("id, uuid, branch_id, kind_id, name, starts_on, ends_on, location, capacity, off_the_job, "
                   "joint, pass_mark, notes, created_at, updated_at");

std::optional<double> numberFrom(const QVariant &value)
{
    return value.isNull() ? std::nullopt : std::optional<double>(value.toDouble());
}

TrainingClass classFrom(const QSqlQuery &query)
{
    TrainingClass c;
    c.id = query.value(0).toLongLong();
    c.uuid = query.value(1).toString();
    c.branchId = query.value(2).toLongLong();
    c.kindId = query.value(3).toLongLong();
    c.name = query.value(4).toString();
    c.startsOn = QDate::fromString(query.value(5).toString(), Qt::ISODate);
    c.endsOn = QDate::fromString(query.value(6).toString(), Qt::ISODate);
    c.location = query.value(7).toString();
    c.capacity = query.value(8).toInt();
    c.offTheJob = query.value(9).toBool();
    c.joint = query.value(10).toBool();
    c.passMark = numberFrom(query.value(11));
    c.notes = query.value(12).toString();
    c.createdAt = QDateTime::fromString(query.value(13).toString(), Qt::ISODate);
    c.updatedAt = QDateTime::fromString(query.value(14).toString(), Qt::ISODate);
    return c;
}

} // namespace

QString TrainingClassReader::columns()
{
    return classColumns;
}

QList<TrainingClass> TrainingClassReader::where(const Database &database, const QString &filter,
                                                const QVariantList &values)
{
    const auto run = [&database, &values](const QString &sql) {
        QSqlQuery query = database.prepare(sql);
        query.setForwardOnly(true);
        for (const QVariant &value : values)
            query.addBindValue(value);
        database.exec(query);
        return query;
    };
    const QString ids = QStringLiteral("(SELECT id FROM training_class WHERE %1)").arg(filter);
    QList<TrainingClass> result;
    QHash<qint64, qsizetype> rowOf;
    for (QSqlQuery query = run(QStringLiteral("SELECT %1 FROM training_class WHERE %2 ORDER BY starts_on, id")
                                   .arg(columns(), filter));
         query.next();) {
        result.append(classFrom(query));
        rowOf.insert(result.last().id, result.size() - 1);
    }
    if (result.isEmpty())
        return result;
    for (QSqlQuery query =
             run(QStringLiteral(
                     "SELECT class_id, course_id FROM class_course WHERE class_id IN %1 ORDER BY class_id, "
                     "position")
                     .arg(ids));
         query.next();)
        result[rowOf.value(query.value(0).toLongLong())].courseIds.append(query.value(1).toLongLong());
    for (QSqlQuery query =
             run(QStringLiteral(
                     "SELECT class_id, uuid, day, hours FROM class_day WHERE class_id IN %1 ORDER BY day")
                     .arg(ids));
         query.next();)
        result[rowOf.value(query.value(0).toLongLong())].days.append(
            {query.value(1).toString(), QDate::fromString(query.value(2).toString(), Qt::ISODate),
             query.value(3).toDouble()});
    QHash<qint64, std::pair<qsizetype, qsizetype>> enrollmentAt; // enrollment → (class row, line)
    for (QSqlQuery query =
             run(QStringLiteral("SELECT class_id, id, uuid, cadre_id, score FROM enrollment WHERE "
                                "class_id IN %1 ORDER BY class_id, position")
                     .arg(ids));
         query.next();) {
        const qsizetype row = rowOf.value(query.value(0).toLongLong());
        Enrollment participant;
        participant.uuid = query.value(2).toString();
        participant.cadreId = query.value(3).toLongLong();
        participant.score = numberFrom(query.value(4));
        result[row].enrollments.append(participant);
        enrollmentAt.insert(query.value(1).toLongLong(), {row, result[row].enrollments.size() - 1});
    }
    for (QSqlQuery query = run(QStringLiteral("SELECT a.enrollment_id, d.day, a.status, a.missed_hours, "
                                              "a.excuse FROM class_attendance a JOIN "
                                              "class_day d ON d.id = a.day_id WHERE d.class_id IN %1")
                                   .arg(ids));
         query.next();) {
        const auto at = enrollmentAt.constFind(query.value(0).toLongLong());
        if (at == enrollmentAt.cend())
            continue;
        result[at->first].enrollments[at->second].marks.insert(
            QDate::fromString(query.value(1).toString(), Qt::ISODate),
            {enumFromCode<AttendanceStatus>(query.value(2).toString()).value_or(AttendanceStatus::Present),
             query.value(3).toDouble(), query.value(4).toString()});
    }
    return result;
}

} // namespace rongpei
