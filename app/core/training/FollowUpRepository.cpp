#include "training/FollowUpRepository.h"

#include "common/Clock.h"
#include "common/ValidationError.h"
#include "storage/Database.h"
#include "storage/RowReferences.h"
#include "storage/SqlList.h"
#include "storage/SqlValue.h"
#include "training/TrainingClassReader.h"
#include "training/TrainingClassRepository.h"

#include <QHash>
#include <QSqlQuery>

#include <algorithm>

namespace rongpei {

namespace {

struct Who
{
    QString name;
    QString employeeNumber;
    QString branchName;
    qint64 branchId = 0;
};

QHash<qint64, Who> namesOf(const Database &database, const QList<qint64> &ids)
{
    QHash<qint64, Who> who;
    if (ids.isEmpty())
        return who;
    QSqlQuery query =
        database.prepare(QStringLiteral("SELECT c.id, c.name, c.employee_number, o.name, c.branch_id FROM "
                                        "cadre c JOIN organization o ON o.id = "
                                        "c.branch_id WHERE c.id IN ") +
                         SqlList::values());
    query.addBindValue(SqlList::bound(ids));
    query.setForwardOnly(true);
    database.exec(query);
    while (query.next())
        who.insert(query.value(0).toLongLong(), {query.value(1).toString(), query.value(2).toString(),
                                                 query.value(3).toString(), query.value(4).toLongLong()});
    return who;
}

} // namespace

FollowUpRepository::FollowUpRepository(Database &database, const Clock &clock, QObject *parent)
    : RecordRepository(database, QStringLiteral("follow_up"), parent)
    , m_clock(clock)
{
    m_database.references().describe(QStringLiteral("follow_up"), [](qint64 count) {
        return tr("%n follow-up evaluations", nullptr, static_cast<int>(count));
    });
}

QList<FollowUpLine> FollowUpRepository::lines(QDate from, QDate to) const
{
    return readableOnly(lines(m_database, from, to, m_clock.today()),
                        [](const FollowUpLine &line) { return line.organiserId; });
}

QList<FollowUpLine> FollowUpRepository::lines(const Database &database, QDate from, QDate to, QDate today)
{
    const TrainingRules rules = TrainingClassRepository::rules(database);
    const QList<TrainingClass> classes = TrainingClassReader::where(
        database, QStringLiteral("off_the_job = 1 AND ends_on BETWEEN ? AND ? AND ends_on < ?"),
        {SqlValue::date(from), SqlValue::date(to), SqlValue::date(today)});
    QHash<std::pair<qint64, qint64>, FollowUp> rated;
    QSqlQuery query = database.prepare(
        QStringLiteral("SELECT f.id, f.uuid, f.class_id, f.cadre_id, f.rating, f.rated_on, f.rated_by, "
                       "f.notes FROM follow_up f "
                       "JOIN training_class c ON c.id = f.class_id WHERE c.ends_on BETWEEN ? AND ?"));
    query.addBindValue(SqlValue::date(from));
    query.addBindValue(SqlValue::date(to));
    database.exec(query);
    while (query.next()) {
        FollowUp f{query.value(0).toLongLong(), query.value(1).toString(),
                   query.value(2).toLongLong(), query.value(3).toLongLong(),
                   query.value(4).toInt(),      QDate::fromString(query.value(5).toString(), Qt::ISODate),
                   query.value(6).toString(),   query.value(7).toString()};
        rated.insert({f.classId, f.cadreId}, f);
    }

    QList<FollowUpLine> result;
    QList<qint64> cadreIds;
    for (const TrainingClass &c : classes)
        for (const Enrollment &participant : c.enrollments) {
            if (!ClassCompletion::outcome(c, participant, rules, today).completed())
                continue;
            FollowUpLine line;
            line.classId = c.id;
            line.className = c.name;
            line.organiserId = c.branchId;
            line.classEndedOn = c.endsOn;
            line.cadreId = participant.cadreId;
            line.dueOn = c.endsOn.addDays(rules.followUpDays);
            if (const auto it = rated.constFind({c.id, participant.cadreId}); it != rated.cend())
                line.followUp = *it;
            result.append(line);
            cadreIds.append(participant.cadreId);
        }
    const QHash<qint64, Who> who = namesOf(database, cadreIds);
    for (FollowUpLine &line : result) {
        const Who person = who.value(line.cadreId);
        line.cadreName = person.name;
        line.employeeNumber = person.employeeNumber;
        line.branchName = person.branchName;
        line.branchId = person.branchId;
    }
    std::stable_sort(result.begin(), result.end(),
                     [](const FollowUpLine &a, const FollowUpLine &b) { return a.dueOn < b.dueOn; });
    return result;
}

qint64 FollowUpRepository::rate(FollowUp followUp)
{
    Transaction transaction(m_database);
    const std::optional<TrainingClass> trainingClass = [&]() -> std::optional<TrainingClass> {
        const QList<TrainingClass> found =
            TrainingClassReader::where(m_database, QStringLiteral("id = ?"), {followUp.classId});
        return found.isEmpty() ? std::nullopt : std::optional(found.first());
    }();
    if (!trainingClass)
        throw ValidationError(tr("This class no longer exists; it may have been deleted."));
    requireReadable(trainingClass->branchId);
    const QDate today = m_clock.today();
    const auto participant =
        std::find_if(trainingClass->enrollments.cbegin(), trainingClass->enrollments.cend(),
                     [&](const Enrollment &e) { return e.cadreId == followUp.cadreId; });
    QList<FieldError> errors;
    if (!trainingClass->offTheJob)
        errors.append({FeedbackField::participant, tr("Only an off-the-job class is followed up.")});
    if (participant == trainingClass->enrollments.cend() ||
        !ClassCompletion::outcome(*trainingClass, *participant, TrainingClassRepository::rules(m_database),
                                  today)
             .completed())
        errors.append(
            {FeedbackField::participant, tr("Only a participant who completed the class is followed up.")});
    if (followUp.rating < FeedbackScale::lowest || followUp.rating > FeedbackScale::highest)
        errors.append({FeedbackField::rating, tr("The rating is %1: ratings go from %2 to %3.")
                                                  .arg(followUp.rating)
                                                  .arg(FeedbackScale::lowest)
                                                  .arg(FeedbackScale::highest)});
    if (!followUp.ratedOn.isValid())
        errors.append({FeedbackField::ratedOn, tr("Enter the day of the rating.")});
    else if (followUp.ratedOn > today)
        errors.append({FeedbackField::ratedOn, tr("The day of the rating is in the future.")});
    else if (followUp.ratedOn < trainingClass->endsOn)
        errors.append({FeedbackField::ratedOn, tr("The rating cannot be before the class ended (%1).")
                                                   .arg(trainingClass->endsOn.toString(Qt::ISODate))});
    followUp.ratedBy = followUp.ratedBy.simplified();
    followUp.notes = followUp.notes.trimmed();
    if (followUp.ratedBy.size() > 200 || followUp.notes.size() > 4000)
        errors.append({FeedbackField::comments, tr("The rater or the notes are too long.")});
    if (!errors.isEmpty())
        throw ValidationError(errors);

    const QString now = m_clock.timestamp();
    QSqlQuery query = m_database.prepare(QStringLiteral(
        "INSERT INTO follow_up (uuid, class_id, cadre_id, branch_id, rating, rated_on, rated_by, notes, "
        "created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (class_id, cadre_id) DO "
        "UPDATE SET rating = excluded.rating, rated_on = excluded.rated_on, rated_by = excluded.rated_by, "
        "notes = excluded.notes, updated_at = excluded.updated_at RETURNING id"));
    query.addBindValue(SqlValue::uuidOrNew(followUp.uuid));
    query.addBindValue(followUp.classId);
    query.addBindValue(followUp.cadreId);
    query.addBindValue(trainingClass->branchId);
    query.addBindValue(followUp.rating);
    query.addBindValue(SqlValue::date(followUp.ratedOn));
    query.addBindValue(SqlValue::text(followUp.ratedBy));
    query.addBindValue(SqlValue::text(followUp.notes));
    query.addBindValue(now);
    query.addBindValue(now);
    const qint64 id = m_database.scalar(query).toLongLong();
    notifyChanged(id);
    transaction.commit();
    return id;
}

FollowUp FollowUpRepository::remove(qint64 id)
{
    Transaction transaction(m_database);
    QSqlQuery query = m_database.prepare(
        QStringLiteral("DELETE FROM follow_up WHERE id = ? RETURNING id, uuid, class_id, cadre_id, rating, "
                       "rated_on, rated_by, notes, branch_id"));
    query.addBindValue(id);
    m_database.exec(query);
    if (!query.next())
        throw ValidationError(tr("This follow-up no longer exists; it may have been deleted."));
    requireReadable(query.value(8).toLongLong());
    const FollowUp removed{
        query.value(0).toLongLong(), query.value(1).toString(),
        query.value(2).toLongLong(), query.value(3).toLongLong(),
        query.value(4).toInt(),      QDate::fromString(query.value(5).toString(), Qt::ISODate),
        query.value(6).toString(),   query.value(7).toString()};
    query.finish();
    notifyRemoved(id);
    transaction.commit();
    return removed;
}

} // namespace rongpei
