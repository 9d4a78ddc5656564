#include "rotation/RotationRepository.h"

#include "common/Clock.h"
#include "common/ValidationError.h"
#include "roster/CadreRepository.h"
#include "rotation/PostTrack.h"
#include "rotation/RotationValidator.h"
#include "storage/ChangeJournal.h"
#include "storage/Database.h"
#include "storage/RowReferences.h"
#include "storage/SqlValue.h"

#include <QHash>
#include <QLocale>
#include <QSqlQuery>

namespace rongpei {

namespace {

// Column order shared by reads and writes; rotationFrom() and bindFields() follow it.
const QString rotationColumns = QStringLiteral(
    "id, uuid, cadre_id, kind, from_unit_id, from_post, from_track, to_unit_id, to_post, to_track, "
    "track_stated, planned_start, planned_end, actual_start, actual_end, extended_to, extension_reference, "
    "mentor_id, goals, approval_number, self_summary, cancelled, notes, created_at, updated_at");

QDate dateOf(const QVariant &value)
{
    return QDate::fromString(value.toString(), Qt::ISODate);
}

Rotation rotationFrom(const QSqlQuery &q)
{
    Rotation r;
    r.id = q.value(0).toLongLong();
    r.uuid = q.value(1).toString();
    r.cadreId = q.value(2).toLongLong();
    r.kind = enumFromCode<RotationKind>(q.value(3).toString()).value_or(RotationKind::Rotation);
    r.fromUnitId = q.value(4).toLongLong();
    r.fromPost = q.value(5).toString();
    r.fromTrack = enumFromCode<Track>(q.value(6).toString()).value_or(Track::Operations);
    r.toUnitId = q.value(7).toLongLong();
    r.toPost = q.value(8).toString();
    r.toTrack = enumFromCode<Track>(q.value(9).toString());
    r.trackStated = q.value(10).toBool();
    r.plannedStart = dateOf(q.value(11));
    r.plannedEnd = dateOf(q.value(12));
    r.actualStart = dateOf(q.value(13));
    r.actualEnd = dateOf(q.value(14));
    r.extendedTo = dateOf(q.value(15));
    r.extensionReference = q.value(16).toString();
    r.mentorId = q.value(17).toLongLong();
    r.goals = q.value(18).toString();
    r.approvalNumber = q.value(19).toString();
    r.selfSummary = q.value(20).toString();
    r.cancelled = q.value(21).toBool();
    r.notes = q.value(22).toString();
    r.createdAt = QDateTime::fromString(q.value(23).toString(), Qt::ISODate);
    r.updatedAt = QDateTime::fromString(q.value(24).toString(), Qt::ISODate);
    return r;
}

/// Binds kind to notes, in column order.
void bindFields(QSqlQuery &query, const Rotation &r)
{
    query.addBindValue(enumCode(r.kind));
    query.addBindValue(SqlValue::optionalId(r.fromUnitId));
    query.addBindValue(SqlValue::text(r.fromPost));
    query.addBindValue(enumCode(r.fromTrack));
    query.addBindValue(r.toUnitId);
    query.addBindValue(SqlValue::text(r.toPost));
    query.addBindValue(enumCode(r.toTrack.value_or(r.fromTrack)));
    query.addBindValue(r.trackStated ? 1 : 0);
    query.addBindValue(SqlValue::date(r.plannedStart));
    query.addBindValue(SqlValue::date(r.plannedEnd));
    query.addBindValue(SqlValue::date(r.actualStart));
    query.addBindValue(SqlValue::date(r.actualEnd));
    query.addBindValue(SqlValue::date(r.extendedTo));
    query.addBindValue(SqlValue::text(r.extensionReference));
    query.addBindValue(SqlValue::optionalId(r.mentorId));
    query.addBindValue(SqlValue::text(r.goals));
    query.addBindValue(SqlValue::text(r.approvalNumber));
    query.addBindValue(SqlValue::text(r.selfSummary));
    query.addBindValue(r.cancelled ? 1 : 0);
    query.addBindValue(SqlValue::text(r.notes));
}

QString day(QDate date)
{
    return QLocale().toString(date, QLocale::ShortFormat);
}

} // namespace

RotationRepository::RotationRepository(Database &database, const Clock &clock, QObject *parent)
    : RecordRepository(database, QStringLiteral("rotation"), parent)
    , m_clock(clock)
{
    m_database.references().describe(QStringLiteral("rotation"), [](qint64 count) {
        return tr("%n rotations", nullptr, static_cast<int>(count));
    });
}

QList<Rotation> RotationRepository::rotationsWhere(const Database &database, const QString &filter,
                                                   const QVariantList &values)
{
    QSqlQuery query = database.prepare(
        QStringLiteral("SELECT %1 FROM rotation WHERE %2 ORDER BY cadre_id, planned_start, id")
            .arg(rotationColumns, filter));
    for (const QVariant &value : values)
        query.addBindValue(value);
    query.setForwardOnly(true);
    database.exec(query);
    QList<Rotation> rotations;
    QHash<qint64, int> indexOf;
    while (query.next()) {
        indexOf.insert(query.value(0).toLongLong(), static_cast<int>(rotations.size()));
        rotations.append(rotationFrom(query));
    }
    if (rotations.isEmpty())
        return rotations;
    QSqlQuery evaluations = database.prepare(
        QStringLiteral("SELECT rotation_id, stage, evaluated_on, grade, integrity, ability, diligence, "
                       "performance, probity, host_comments, home_opinion FROM rotation_evaluation WHERE "
                       "rotation_id IN (SELECT id FROM rotation WHERE %1)")
            .arg(filter));
    for (const QVariant &value : values)
        evaluations.addBindValue(value);
    evaluations.setForwardOnly(true);
    database.exec(evaluations);
    while (evaluations.next()) {
        const auto it = indexOf.constFind(evaluations.value(0).toLongLong());
        if (it == indexOf.cend())
            continue;
        RotationEvaluation e;
        e.evaluatedOn = dateOf(evaluations.value(2));
        e.grade = enumFromCode<EvaluationGrade>(evaluations.value(3).toString())
                      .value_or(EvaluationGrade::Competent);
        e.integrity = evaluations.value(4).toInt();
        e.ability = evaluations.value(5).toInt();
        e.diligence = evaluations.value(6).toInt();
        e.performance = evaluations.value(7).toInt();
        e.probity = evaluations.value(8).toInt();
        e.hostComments = evaluations.value(9).toString();
        e.homeOpinion = evaluations.value(10).toString();
        Rotation &rotation = rotations[*it];
        if (evaluations.value(1).toString() == enumCode(EvaluationStage::MidTerm))
            rotation.midTermEvaluation = e;
        else
            rotation.finalEvaluation = e;
    }
    return rotations;
}

qint64 RotationRepository::branchOfCadre(qint64 cadreId) const
{
    QSqlQuery query = m_database.prepare(QStringLiteral("SELECT branch_id FROM cadre WHERE id = ?"));
    query.addBindValue(cadreId);
    return m_database.scalar(query).toLongLong();
}

std::optional<Rotation> RotationRepository::read(const Database &database, qint64 id)
{
    const QList<Rotation> found = rotationsWhere(database, QStringLiteral("id = ?"), {id});
    return found.isEmpty() ? std::nullopt : std::optional(found.first());
}

std::optional<Rotation> RotationRepository::find(qint64 id) const
{
    std::optional<Rotation> found = read(m_database, id);
    if (found)
        requireReadable(branchOfCadre(found->cadreId));
    return found;
}

QList<Rotation> RotationRepository::ofCadre(qint64 cadreId) const
{
    requireReadable(branchOfCadre(cadreId));
    return rotationsWhere(m_database, QStringLiteral("cadre_id = ?"), {cadreId});
}

QList<Rotation> RotationRepository::during(const Database &database, QDate from, QDate to)
{
    if (!from.isValid() || !to.isValid())
        return rotationsWhere(database, QStringLiteral("1"), {});
    // A rotation covers the period when its first day is by the period's end and its last day
    // after the period's start (Rotation::firstDay and lastDay).
    return rotationsWhere(
        database,
        QStringLiteral("coalesce(actual_start, planned_start) <= ? AND coalesce(actual_end, extended_to, "
                       "planned_end) >= ?"),
        {to.toString(Qt::ISODate), from.toString(Qt::ISODate)});
}

QList<Rotation> RotationRepository::during(QDate from, QDate to) const
{
    QSqlQuery units = m_database.prepare(QStringLiteral("SELECT id, branch_id FROM rotation"));
    m_database.exec(units);
    QHash<qint64, qint64> unitOf;
    while (units.next())
        unitOf.insert(units.value(0).toLongLong(), units.value(1).toLongLong());
    return readableOnly(during(m_database, from, to),
                        [&unitOf](const Rotation &rotation) { return unitOf.value(rotation.id); });
}

int RotationRepository::count() const
{
    QSqlQuery query = m_database.prepare(QStringLiteral("SELECT count(*) FROM rotation"));
    return m_database.scalar(query).toInt();
}

Rotation RotationRepository::validated(const Rotation &input) const
{
    Rotation rotation = RotationValidator::normalized(input);
    QList<FieldError> errors = RotationValidator::validate(rotation);
    const QHash<qint64, Cadre> cadres =
        CadreRepository::employmentOf(m_database, {rotation.cadreId, rotation.mentorId});
    const auto cadre = cadres.constFind(rotation.cadreId);
    if (rotation.cadreId > 0 && cadre == cadres.cend())
        errors.append({RotationField::cadre, tr("Choose a cadre of the roster.")});
    // Who is at work is judged for a new rotation and for changed dates: a rotation of a cadre who
    // has left since stays editable (its evaluation, say).
    const std::optional<Rotation> stored = rotation.id > 0 ? read(m_database, rotation.id) : std::nullopt;
    const bool datesChanged = !stored || stored->cadreId != rotation.cadreId ||
                              stored->firstDay() != rotation.firstDay() ||
                              stored->lastDay() != rotation.lastDay();
    if (cadre != cadres.cend() && rotation.plannedStart.isValid() && datesChanged) {
        if (!isEmployedOn(*cadre, rotation.firstDay()))
            errors.append(
                {RotationField::cadre, tr("%1 was not at work in the enterprise on %2: a rotation is "
                                          "for a cadre at work. Correct the cadre's employment first.")
                                           .arg(cadre->name, day(rotation.firstDay()))});
        else if (cadre->leftOn.isValid() && rotation.lastDay() >= cadre->leftOn)
            errors.append({RotationField::plannedEnd,
                           tr("%1 left the enterprise on %2, before the rotation's last "
                              "day %3: end it earlier.")
                               .arg(cadre->name, day(cadre->leftOn), day(rotation.lastDay()))});
    }
    const QDate today = m_clock.today();
    if (rotation.actualStart.isValid() && rotation.actualStart > today)
        errors.append(
            {RotationField::actualStart,
             tr("The actual first day cannot be after today: a rotation that has not begun is planned.")});
    if (rotation.actualEnd.isValid() && rotation.actualEnd > today)
        errors.append({RotationField::actualEnd, tr("The actual last day cannot be after today.")});
    if (rotation.mentorId > 0 && !cadres.contains(rotation.mentorId))
        errors.append({RotationField::mentor, tr("Choose a mentor of the roster.")});
    for (const auto &[unit, field] : {std::pair{rotation.fromUnitId, RotationField::fromUnit},
                                      std::pair{rotation.toUnitId, RotationField::toUnit}}) {
        if (unit <= 0)
            continue;
        QSqlQuery exists =
            m_database.prepare(QStringLiteral("SELECT count(*) FROM organization WHERE id = ?"));
        exists.addBindValue(unit);
        if (m_database.scalar(exists).toInt() == 0)
            errors.append({field, tr("Choose a unit of the organisation.")});
    }
    if (!rotation.toTrack) {
        rotation.trackStated = false;
        rotation.toTrack = trackOfPost(rotation.toPost);
        if (!rotation.toTrack && !rotation.toPost.isEmpty())
            errors.append(
                {RotationField::toTrack,
                 tr("RongPei cannot tell from \"%1\" whether the post is party affairs or operations: "
                    "state it.")
                     .arg(rotation.toPost)});
    }
    // The track the cadre rotates from is theirs when the rotation is first saved for them; a
    // restored rotation keeps its own.
    if (cadre != cadres.cend() && (rotation.id == 0 || (stored && stored->cadreId != rotation.cadreId))) {
        QSqlQuery track = m_database.prepare(QStringLiteral("SELECT track FROM cadre WHERE id = ?"));
        track.addBindValue(rotation.cadreId);
        rotation.fromTrack =
            enumFromCode<Track>(m_database.scalar(track).toString()).value_or(Track::Operations);
    }
    if (errors.isEmpty()) {
        for (const Rotation &other : rotationsWhere(m_database, QStringLiteral("cadre_id = ? AND id <> ?"),
                                                    {rotation.cadreId, rotation.id}))
            if (rotation.overlaps(other)) {
                errors.append({RotationField::plannedStart,
                               tr("The dates overlap %1's %2 as %3 from %4 to %5: a cadre is on one rotation "
                                  "at a time. Change the dates, or cancel the other rotation.")
                                   .arg(cadre->name, enumLabel(other.kind), other.toPost,
                                        day(other.firstDay()), day(other.lastDay()))});
                break;
            }
    }
    if (!errors.isEmpty())
        throw ValidationError(errors);
    return rotation;
}

qint64 RotationRepository::insert(const Rotation &rotation, qint64 branchId, const QString &createdAt,
                                  const QString &now)
{
    QSqlQuery query = m_database.prepare(
        QStringLiteral(
            "INSERT INTO rotation (%1, branch_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
            "?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
            .arg(rotationColumns));
    query.addBindValue(SqlValue::optionalId(rotation.id));
    query.addBindValue(SqlValue::uuidOrNew(rotation.uuid));
    query.addBindValue(rotation.cadreId);
    bindFields(query, rotation);
    query.addBindValue(createdAt);
    query.addBindValue(now);
    query.addBindValue(branchId);
    m_database.exec(query);
    const qint64 id = query.lastInsertId().toLongLong();
    Rotation saved = rotation;
    saved.id = id;
    saveEvaluations(saved, branchId, now);
    return id;
}

void RotationRepository::saveEvaluations(const Rotation &rotation, qint64 branchId, const QString &now)
{
    for (const EvaluationStage stage : {EvaluationStage::MidTerm, EvaluationStage::Final}) {
        const std::optional<RotationEvaluation> &e = rotation.evaluation(stage);
        if (!e) {
            QSqlQuery drop = m_database.prepare(
                QStringLiteral("DELETE FROM rotation_evaluation WHERE rotation_id = ? AND stage = ?"));
            drop.addBindValue(rotation.id);
            drop.addBindValue(enumCode(stage));
            m_database.exec(drop);
            continue;
        }
        // An upsert keeps the row's uuid, so its history is one record changing.
        QSqlQuery save = m_database.prepare(QStringLiteral(
            "INSERT INTO rotation_evaluation (uuid, rotation_id, branch_id, stage, evaluated_on, grade, "
            "integrity, "
            "ability, diligence, performance, probity, host_comments, home_opinion, created_at, updated_at) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (rotation_id, stage) DO UPDATE "
            "SET "
            "evaluated_on = excluded.evaluated_on, grade = excluded.grade, integrity = excluded.integrity, "
            "ability = excluded.ability, diligence = excluded.diligence, performance = excluded.performance, "
            "probity = excluded.probity, host_comments = excluded.host_comments, home_opinion = "
            "excluded.home_opinion, branch_id = excluded.branch_id, updated_at = excluded.updated_at WHERE "
            "(evaluated_on, grade, integrity, ability, diligence, performance, probity, host_comments, "
            "home_opinion, branch_id) IS NOT (excluded.evaluated_on, excluded.grade, excluded.integrity, "
            "excluded.ability, excluded.diligence, excluded.performance, excluded.probity, "
            "excluded.host_comments, "
            "excluded.home_opinion, excluded.branch_id)"));
        save.addBindValue(SqlValue::newUuid());
        save.addBindValue(rotation.id);
        save.addBindValue(branchId);
        save.addBindValue(enumCode(stage));
        save.addBindValue(SqlValue::date(e->evaluatedOn));
        save.addBindValue(enumCode(e->grade));
        save.addBindValue(e->integrity);
        save.addBindValue(e->ability);
        save.addBindValue(e->diligence);
        save.addBindValue(e->performance);
        save.addBindValue(e->probity);
        save.addBindValue(SqlValue::text(e->hostComments));
        save.addBindValue(SqlValue::text(e->homeOpinion));
        save.addBindValue(now);
        save.addBindValue(now);
        m_database.exec(save);
    }
}

qint64 RotationRepository::add(Rotation rotation)
{
    Transaction transaction(m_database);
    rotation.id = 0;
    rotation = validated(rotation);
    const QString now = m_clock.timestamp();
    const qint64 id = insert(rotation, branchOfCadre(rotation.cadreId), now, now);
    notifyAdded(id);
    transaction.commit();
    return id;
}

void RotationRepository::update(Rotation rotation)
{
    Transaction transaction(m_database);
    if (!find(rotation.id))
        throw ValidationError(tr("This rotation no longer exists; it may have been deleted."));
    rotation = validated(rotation);
    const QString now = m_clock.timestamp();
    QSqlQuery query = m_database.prepare(QStringLiteral(
        "UPDATE rotation SET kind = ?, from_unit_id = ?, from_post = ?, from_track = ?, to_unit_id = ?, "
        "to_post = "
        "?, to_track = ?, track_stated = ?, planned_start = ?, planned_end = ?, actual_start = ?, actual_end "
        "= ?, "
        "extended_to = ?, extension_reference = ?, mentor_id = ?, goals = ?, approval_number = ?, "
        "self_summary = "
        "?, cancelled = ?, notes = ?, cadre_id = ?, branch_id = ?, updated_at = ? WHERE id = ?"));
    bindFields(query, rotation);
    const qint64 branchId = branchOfCadre(rotation.cadreId);
    query.addBindValue(rotation.cadreId);
    query.addBindValue(branchId);
    query.addBindValue(now);
    query.addBindValue(rotation.id);
    m_database.exec(query);
    saveEvaluations(rotation, branchId, now);
    notifyChanged(rotation.id);
    transaction.commit();
}

Rotation RotationRepository::remove(qint64 id)
{
    Transaction transaction(m_database);
    const std::optional<Rotation> rotation = find(id);
    if (!rotation)
        throw ValidationError(tr("This rotation no longer exists; it may have been deleted."));
    QSqlQuery query = m_database.prepare(QStringLiteral("DELETE FROM rotation WHERE id = ?"));
    query.addBindValue(id);
    m_database.exec(query);
    notifyRemoved(id);
    transaction.commit();
    return *rotation;
}

void RotationRepository::restore(const Rotation &rotation)
{
    Transaction transaction(m_database);
    if (!rotationsWhere(m_database, QStringLiteral("id = ?"), {rotation.id}).isEmpty())
        throw ValidationError(tr("This rotation is already on the list."));
    const Rotation valid = validated(rotation);
    insert(valid, branchOfCadre(valid.cadreId),
           valid.createdAt.isValid() ? valid.createdAt.toUTC().toString(Qt::ISODate) : m_clock.timestamp(),
           m_clock.timestamp());
    notifyAdded(valid.id);
    transaction.commit();
}

std::optional<RecordRepository::ConcernedRecord>
RotationRepository::concernedRecord(const JournalEntry &entry) const
{
    if (entry.table == QStringLiteral("rotation_evaluation")) {
        const qint64 id = entry.value(QStringLiteral("rotation_id")).toLongLong();
        return id > 0 ? std::optional(ConcernedRecord{id, false}) : std::nullopt;
    }
    return RecordRepository::concernedRecord(entry);
}

} // namespace rongpei
