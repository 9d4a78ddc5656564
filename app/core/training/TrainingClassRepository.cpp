#include "training/TrainingClassRepository.h"

#include "common/Clock.h"
#include "common/Localization.h"
#include "organization/Organization.h"
#include "roster/Cadre.h"
#include "roster/CadreRepository.h"
#include "storage/ChangeJournal.h"
#include "storage/Database.h"
#include "storage/RowReferences.h"
#include "storage/SqlList.h"
#include "storage/SqlValue.h"
#include "training/TrainingClassReader.h"
#include "training/TrainingClassValidator.h"

#include <QHash>
#include <QSet>
#include <QSqlQuery>

namespace rongpei {

namespace {

QVariant optionalNumber(const std::optional<double> &value)
{
    return value ? QVariant(*value) : QVariant(QMetaType::fromType<double>());
}

/// Binds branch_id to notes, in column order.
void bindFields(QSqlQuery &query, const TrainingClass &c)
{
    query.addBindValue(c.branchId);
    query.addBindValue(c.kindId);
    query.addBindValue(SqlValue::text(c.name));
    query.addBindValue(SqlValue::date(c.startsOn));
    query.addBindValue(SqlValue::date(c.endsOn));
    query.addBindValue(SqlValue::text(c.location));
    query.addBindValue(c.capacity);
    query.addBindValue(c.offTheJob ? 1 : 0);
    query.addBindValue(c.joint ? 1 : 0);
    query.addBindValue(optionalNumber(c.passMark));
    query.addBindValue(SqlValue::text(c.notes));
}

QDate dateFrom(const QVariant &value)
{
    return QDate::fromString(value.toString(), Qt::ISODate);
}

} // namespace

/// What validation needs to know of the database, read once per save.
class TrainingClassRepository::References
{
public:
    QSet<qint64> kinds;
    QSet<qint64> organisers; // the branches and committees
    QSet<qint64> courses;
    QHash<qint64, Cadre> cadres;

    References(const Database &database, const QList<qint64> &cadreIds)
    {
        QSqlQuery kindQuery = database.prepare(QStringLiteral("SELECT id FROM session_kind"));
        database.exec(kindQuery);
        while (kindQuery.next())
            kinds.insert(kindQuery.value(0).toLongLong());
        QSqlQuery hostQuery =
            database.prepare(QStringLiteral("SELECT id FROM organization WHERE kind IN (?, ?)"));
        hostQuery.addBindValue(enumCode(OrganizationKind::Branch));
        hostQuery.addBindValue(enumCode(OrganizationKind::Committee));
        database.exec(hostQuery);
        while (hostQuery.next())
            organisers.insert(hostQuery.value(0).toLongLong());
        QSqlQuery courseQuery = database.prepare(QStringLiteral("SELECT id FROM course"));
        database.exec(courseQuery);
        while (courseQuery.next())
            courses.insert(courseQuery.value(0).toLongLong());

        cadres = CadreRepository::employmentOf(database, cadreIds);
    }

    static QList<qint64> cadreIdsOf(const TrainingClass &c)
    {
        QList<qint64> ids;
        for (const Enrollment &participant : c.enrollments)
            ids.append(participant.cadreId);
        return ids;
    }
};

TrainingClassRepository::TrainingClassRepository(Database &database, const Clock &clock, QObject *parent)
    : RecordRepository(database, QStringLiteral("training_class"), parent)
    , m_clock(clock)
{
    m_database.references().describe(QStringLiteral("enrollment"), [](qint64 count) {
        return tr("the cohorts of %n training classes", nullptr, static_cast<int>(count));
    });
    m_database.references().describe(QStringLiteral("training_class"), [](qint64 count) {
        return tr("%n training classes", nullptr, static_cast<int>(count));
    });
}

QList<TrainingClass> TrainingClassRepository::classesWhere(const Database &database, const QString &filter,
                                                           const QVariantList &values)
{
    return TrainingClassReader::where(database, filter, values);
}

std::optional<TrainingClass> TrainingClassRepository::find(qint64 id) const
{
    const QList<TrainingClass> found = classesWhere(m_database, QStringLiteral("id = ?"), {id});
    if (found.isEmpty())
        return std::nullopt;
    requireReadable(found.first().branchId);
    return found.first();
}

QList<TrainingClass> TrainingClassRepository::startingBetween(QDate from, QDate to) const
{
    return readableOnly(startingBetween(m_database, from, to),
                        [](const TrainingClass &c) { return c.branchId; });
}

QList<TrainingClass> TrainingClassRepository::startingBetween(const Database &database, QDate from, QDate to)
{
    return classesWhere(database, QStringLiteral("starts_on BETWEEN ? AND ?"),
                        {SqlValue::date(from), SqlValue::date(to)});
}

QList<TrainingClass> TrainingClassRepository::endingBetween(const Database &database, QDate from, QDate to)
{
    return classesWhere(database, QStringLiteral("ends_on BETWEEN ? AND ?"),
                        {SqlValue::date(from), SqlValue::date(to)});
}

QList<TrainingClass> TrainingClassRepository::ofCadre(const Database &database, qint64 cadreId)
{
    return classesWhere(
        database, QStringLiteral("id IN (SELECT class_id FROM enrollment WHERE cadre_id = ?)"), {cadreId});
}

int TrainingClassRepository::count() const
{
    QSqlQuery query = m_database.prepare(QStringLiteral("SELECT count(*) FROM training_class"));
    return m_database.scalar(query).toInt();
}

std::optional<RecordRepository::ConcernedRecord>
TrainingClassRepository::concernedRecord(const JournalEntry &entry) const
{
    static const QSet<QString> parts{QStringLiteral("class_course"), QStringLiteral("class_day"),
                                     QStringLiteral("enrollment")};
    QString sql;
    qint64 id = 0;
    if (parts.contains(entry.table)) {
        id = entry.value(QStringLiteral("class_id")).toLongLong();
        sql = QStringLiteral("SELECT class_id FROM %1 WHERE id = ?").arg(entry.table);
    } else if (entry.table == QStringLiteral("class_attendance")) {
        sql = QStringLiteral("SELECT e.class_id FROM class_attendance a JOIN enrollment e ON e.id = "
                             "a.enrollment_id WHERE a.id = ?");
        if (const qint64 enrollment = entry.value(QStringLiteral("enrollment_id")).toLongLong();
            enrollment > 0) {
            sql = QStringLiteral("SELECT class_id FROM enrollment WHERE id = ?");
            QSqlQuery query = m_database.prepare(sql);
            query.addBindValue(enrollment);
            id = m_database.scalar(query).toLongLong();
            sql.clear();
        }
    } else {
        return RecordRepository::concernedRecord(entry);
    }
    if (id == 0 && !sql.isEmpty()) {
        QSqlQuery query = m_database.prepare(sql);
        query.addBindValue(entry.recordId);
        id = m_database.scalar(query).toLongLong();
    }
    if (id == 0)
        return std::nullopt;
    return ConcernedRecord{id, false};
}

TrainingClass TrainingClassRepository::validated(const TrainingClass &input, const TrainingClass *stored,
                                                 const References &references) const
{
    TrainingClass c = TrainingClassValidator::normalized(input);
    QList<FieldError> errors = TrainingClassValidator::validate(c, m_clock.today());
    if (c.kindId > 0 && !references.kinds.contains(c.kindId))
        errors.append({TrainingClassField::kind, tr("Choose an existing kind of study.")});
    if (c.branchId > 0 && !references.organisers.contains(c.branchId))
        errors.append({TrainingClassField::branch, tr("Choose an existing party committee or branch.")});
    for (const qint64 course : c.courseIds)
        if (!references.courses.contains(course)) {
            errors.append(
                {TrainingClassField::courses,
                 tr("A course of the class is no longer in the catalogue; refresh and try again.")});
            break;
        }
    QSet<qint64> before;
    if (stored)
        for (const Enrollment &participant : stored->enrollments)
            before.insert(participant.cadreId);
    QSet<qint64> seen;
    for (const Enrollment &participant : c.enrollments) {
        const auto cadre = references.cadres.constFind(participant.cadreId);
        if (cadre == references.cadres.cend()) {
            errors.append({TrainingClassField::participants,
                           tr("A participant is no longer in the roster; refresh and try again.")});
            continue;
        }
        if (seen.contains(participant.cadreId)) {
            errors.append(
                {TrainingClassField::participants, tr("%1 is in the class twice.").arg(cadre->name)});
            continue;
        }
        seen.insert(participant.cadreId);
        // Judged on the first day: a cadre who left since still belongs to an older class.
        if (c.startsOn.isValid() && !isEmployedOn(*cadre, c.startsOn) && participant.uuid.isEmpty() &&
            !before.contains(participant.cadreId))
            errors.append({TrainingClassField::participants,
                           tr("%1 cannot join a class that starts on %2: the cadre is not employed then.")
                               .arg(cadre->name, displayDate(c.startsOn))});
    }
    if (!errors.isEmpty())
        throw ValidationError(errors);
    return c;
}

void TrainingClassRepository::insertClass(TrainingClass &c, const QString &createdAt, const QString &now)
{
    QSqlQuery query = m_database.prepare(
        QStringLiteral("INSERT INTO training_class (%1) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
            .arg(TrainingClassReader::columns()));
    query.addBindValue(SqlValue::optionalId(c.id));
    c.uuid = SqlValue::uuidOrNew(c.uuid);
    query.addBindValue(c.uuid);
    bindFields(query, c);
    query.addBindValue(createdAt);
    query.addBindValue(now);
    m_database.exec(query);
    c.id = query.lastInsertId().toLongLong();
}

void TrainingClassRepository::saveParts(const TrainingClass &c, const TrainingClass *stored,
                                        const QString &now)
{
    const auto exec = [this](const QString &sql, const QVariantList &values) {
        QSqlQuery query = m_database.prepare(sql);
        for (const QVariant &value : values)
            query.addBindValue(value);
        m_database.exec(query);
        return query;
    };

    // Courses: by course, in order.
    QList<qint64> storedCourses = stored ? stored->courseIds : QList<qint64>();
    for (const qint64 course : storedCourses)
        if (!c.courseIds.contains(course))
            exec(QStringLiteral("DELETE FROM class_course WHERE class_id = ? AND course_id = ?"),
                 {c.id, course});
    for (int position = 0; position < c.courseIds.size(); ++position) {
        const qint64 course = c.courseIds.at(position);
        const qsizetype before = storedCourses.indexOf(course);
        if (before < 0)
            exec(QStringLiteral("INSERT INTO class_course (uuid, class_id, course_id, branch_id, position, "
                                "created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)"),
                 {SqlValue::newUuid(), c.id, course, c.branchId, position, now, now});
        else if (before != position)
            exec(QStringLiteral("UPDATE class_course SET position = ?, updated_at = ? WHERE class_id = ? AND "
                                "course_id = ?"),
                 {position, now, c.id, course});
    }

    // Days: by date.
    QHash<QDate, ClassDay> storedDays;
    if (stored)
        for (const ClassDay &day : stored->days)
            storedDays.insert(day.date, day);
    QSet<QDate> keptDays;
    for (const ClassDay &day : c.days) {
        keptDays.insert(day.date);
        const auto before = storedDays.constFind(day.date);
        if (before == storedDays.cend())
            exec(QStringLiteral("INSERT INTO class_day (uuid, class_id, branch_id, day, hours, created_at, "
                                "updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)"),
                 {SqlValue::uuidOrNew(day.uuid), c.id, c.branchId, SqlValue::date(day.date), day.hours, now,
                  now});
        else if (before->hours != day.hours)
            exec(QStringLiteral(
                     "UPDATE class_day SET hours = ?, updated_at = ? WHERE class_id = ? AND day = ?"),
                 {day.hours, now, c.id, SqlValue::date(day.date)});
    }
    for (auto day = storedDays.cbegin(); day != storedDays.cend(); ++day)
        if (!keptDays.contains(day.key())) // its marks go with it
            exec(QStringLiteral("DELETE FROM class_day WHERE class_id = ? AND day = ?"),
                 {c.id, SqlValue::date(day.key())});

    // The cohort: by cadre.
    QHash<qint64, std::pair<int, Enrollment>> storedLines;
    if (stored)
        for (int i = 0; i < stored->enrollments.size(); ++i)
            storedLines.insert(stored->enrollments.at(i).cadreId, {i, stored->enrollments.at(i)});
    QSet<qint64> keptCadres;
    for (const Enrollment &participant : c.enrollments)
        keptCadres.insert(participant.cadreId);
    for (auto line = storedLines.cbegin(); line != storedLines.cend(); ++line)
        if (!keptCadres.contains(line.key()))
            exec(QStringLiteral("DELETE FROM enrollment WHERE class_id = ? AND cadre_id = ?"),
                 {c.id, line.key()});
    for (int position = 0; position < c.enrollments.size(); ++position) {
        const Enrollment &participant = c.enrollments.at(position);
        const auto before = storedLines.constFind(participant.cadreId);
        if (before == storedLines.cend())
            exec(QStringLiteral(
                     "INSERT INTO enrollment (uuid, class_id, cadre_id, branch_id, position, score, "
                     "created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
                 {SqlValue::uuidOrNew(participant.uuid), c.id, participant.cadreId, c.branchId, position,
                  optionalNumber(participant.score), now, now});
        else if (before->first != position || before->second.score != participant.score)
            exec(QStringLiteral(
                     "UPDATE enrollment SET position = ?, score = ?, updated_at = ? WHERE class_id = ? "
                     "AND cadre_id = ?"),
                 {position, optionalNumber(participant.score), now, c.id, participant.cadreId});
    }
    if (stored && stored->branchId != c.branchId) // the organiser changed: the parts follow
        for (const QString &table :
             {QStringLiteral("class_course"), QStringLiteral("class_day"), QStringLiteral("enrollment")})
            exec(QStringLiteral("UPDATE %1 SET branch_id = ?, updated_at = ? WHERE class_id = ?").arg(table),
                 {c.branchId, now, c.id});
    if (stored && stored->branchId != c.branchId)
        exec(
            QStringLiteral("UPDATE class_attendance SET branch_id = ?, updated_at = ? WHERE enrollment_id IN "
                           "(SELECT id FROM enrollment WHERE class_id = ?)"),
            {c.branchId, now, c.id});

    // Marks: by participant and day.
    QHash<QDate, qint64> dayIds;
    for (QSqlQuery query = exec(QStringLiteral("SELECT day, id FROM class_day WHERE class_id = ?"), {c.id});
         query.next();)
        dayIds.insert(dateFrom(query.value(0)), query.value(1).toLongLong());
    QHash<qint64, qint64> enrollmentIds;
    for (QSqlQuery query =
             exec(QStringLiteral("SELECT cadre_id, id FROM enrollment WHERE class_id = ?"), {c.id});
         query.next();)
        enrollmentIds.insert(query.value(0).toLongLong(), query.value(1).toLongLong());
    QSqlQuery upsert = m_database.prepare(QStringLiteral(
        "INSERT INTO class_attendance (uuid, enrollment_id, day_id, branch_id, status, missed_hours, excuse, "
        "created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (enrollment_id, day_id) DO "
        "UPDATE SET status = excluded.status, missed_hours = excluded.missed_hours, excuse = "
        "excluded.excuse, "
        "updated_at = excluded.updated_at"));
    QSqlQuery drop = m_database.prepare(
        QStringLiteral("DELETE FROM class_attendance WHERE enrollment_id = ? AND day_id = ?"));
    for (const Enrollment &participant : c.enrollments) {
        const qint64 enrollment = enrollmentIds.value(participant.cadreId);
        const auto before = storedLines.constFind(participant.cadreId);
        const QMap<QDate, DayMark> storedMarks =
            before == storedLines.cend() ? QMap<QDate, DayMark>() : before->second.marks;
        for (auto mark = participant.marks.cbegin(); mark != participant.marks.cend(); ++mark) {
            if (const auto old = storedMarks.constFind(mark.key());
                old != storedMarks.cend() && *old == *mark && keptDays.contains(mark.key()))
                continue;
            upsert.addBindValue(SqlValue::newUuid());
            upsert.addBindValue(enrollment);
            upsert.addBindValue(dayIds.value(mark.key()));
            upsert.addBindValue(c.branchId);
            upsert.addBindValue(enumCode(mark->status));
            upsert.addBindValue(mark->missedHours);
            upsert.addBindValue(SqlValue::text(mark->excuse));
            upsert.addBindValue(now);
            upsert.addBindValue(now);
            m_database.exec(upsert);
        }
        for (auto old = storedMarks.cbegin(); old != storedMarks.cend(); ++old)
            if (!participant.marks.contains(old.key()) && dayIds.contains(old.key())) {
                drop.addBindValue(enrollment);
                drop.addBindValue(dayIds.value(old.key()));
                m_database.exec(drop);
            }
    }
}

qint64 TrainingClassRepository::add(TrainingClass trainingClass)
{
    Transaction transaction(m_database);
    trainingClass.id = 0;
    TrainingClass c =
        validated(trainingClass, nullptr, References(m_database, References::cadreIdsOf(trainingClass)));
    const QString now = m_clock.timestamp();
    insertClass(c, now, now);
    saveParts(c, nullptr, now);
    notifyAdded(c.id);
    transaction.commit();
    return c.id;
}

void TrainingClassRepository::addAll(QList<TrainingClass> classes)
{
    Transaction transaction(m_database);
    const References references(m_database, {});
    const QString now = m_clock.timestamp();
    for (TrainingClass &trainingClass : classes) {
        trainingClass.id = 0;
        TrainingClass c = validated(trainingClass, nullptr, references);
        insertClass(c, now, now);
        saveParts(c, nullptr, now);
    }
    transaction.commit();
}

void TrainingClassRepository::update(TrainingClass trainingClass)
{
    Transaction transaction(m_database);
    const std::optional<TrainingClass> stored = find(trainingClass.id);
    if (!stored)
        throw ValidationError(tr("This class no longer exists; it may have been deleted."));
    const TrainingClass c =
        validated(trainingClass, &*stored, References(m_database, References::cadreIdsOf(trainingClass)));
    QSqlQuery query =
        m_database.prepare(QStringLiteral("UPDATE training_class SET branch_id = ?, kind_id = ?, name = ?, "
                                          "starts_on = ?, ends_on = ?, location = "
                                          "?, capacity = ?, off_the_job = ?, joint = ?, pass_mark = ?, notes "
                                          "= ?, updated_at = ? WHERE id = ?"));
    bindFields(query, c);
    const QString now = m_clock.timestamp();
    query.addBindValue(now);
    query.addBindValue(c.id);
    m_database.exec(query);
    saveParts(c, &*stored, now);
    notifyChanged(c.id);
    transaction.commit();
}

TrainingClass TrainingClassRepository::remove(qint64 id)
{
    Transaction transaction(m_database);
    const std::optional<TrainingClass> stored = find(id);
    if (!stored)
        throw ValidationError(tr("This class no longer exists; it may have been deleted."));
    QSqlQuery query = m_database.prepare(QStringLiteral("DELETE FROM training_class WHERE id = ?"));
    query.addBindValue(id);
    m_database.exec(query); // its courses, days, cohort and marks go with it
    notifyRemoved(id);
    transaction.commit();
    return *stored;
}

void TrainingClassRepository::restore(const TrainingClass &trainingClass)
{
    Transaction transaction(m_database);
    if (find(trainingClass.id))
        throw ValidationError(tr("The class \"%1\" is already recorded.").arg(trainingClass.name));
    // Participants who have left since were in the class: keep them.
    TrainingClass c = validated(trainingClass, &trainingClass,
                                References(m_database, References::cadreIdsOf(trainingClass)));
    const QString now = m_clock.timestamp();
    insertClass(c, c.createdAt.isValid() ? c.createdAt.toUTC().toString(Qt::ISODate) : now, now);
    saveParts(c, nullptr, now);
    notifyAdded(c.id);
    transaction.commit();
}

TrainingRules TrainingClassRepository::rules() const
{
    return rules(m_database);
}

TrainingRules TrainingClassRepository::rules(const Database &database)
{
    QSqlQuery query = database.prepare(QStringLiteral(
        "SELECT absence_numerator, absence_denominator, joint_min_percent, follow_up_days FROM training_rule "
        "WHERE id = 1"));
    database.exec(query);
    TrainingRules rules;
    if (query.next()) {
        rules.absenceNumerator = query.value(0).toInt();
        rules.absenceDenominator = std::max(1, query.value(1).toInt());
        rules.jointMinPercent = query.value(2).toInt();
        rules.followUpDays = query.value(3).toInt();
    }
    return rules;
}

void TrainingClassRepository::updateRules(const TrainingRules &rules)
{
    QList<FieldError> errors;
    if (rules.absenceNumerator < 0 || rules.absenceDenominator <= 0 ||
        rules.absenceNumerator > rules.absenceDenominator)
        errors.append({QStringLiteral("absence"),
                       tr("The share of leave and absence must be a fraction from 0 to 1.")});
    if (rules.jointMinPercent < 0 || rules.jointMinPercent > 50)
        errors.append(
            {QStringLiteral("jointMinPercent"), tr("A track's least share must lie between 0 and 50 %.")});
    if (rules.followUpDays < 1 || rules.followUpDays > 730)
        errors.append({QStringLiteral("followUpDays"),
                       tr("The follow-up falls due from 1 to 730 days after the class.")});
    if (!errors.isEmpty())
        throw ValidationError(errors);
    Transaction transaction(m_database);
    QSqlQuery query = m_database.prepare(QStringLiteral(
        "UPDATE training_rule SET absence_numerator = ?, absence_denominator = ?, joint_min_percent = ?, "
        "follow_up_days = ?, updated_at = ? WHERE id = 1"));
    query.addBindValue(rules.absenceNumerator);
    query.addBindValue(rules.absenceDenominator);
    query.addBindValue(rules.jointMinPercent);
    query.addBindValue(rules.followUpDays);
    query.addBindValue(m_clock.timestamp());
    m_database.exec(query);
    transaction.commit();
    emit rulesChanged();
}

} // namespace rongpei
