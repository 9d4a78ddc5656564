#include "study/StudySessionRepository.h"

#include "attachments/Attachment.h"
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
#include "study/RollCall.h"
#include "study/StudySessionValidator.h"

#include <QHash>
#include <QSet>
#include <QSqlQuery>
#include <QVariant>

namespace rongpei {

namespace {

const QString sessionColumns =
    QStringLiteral("id, uuid, kind_id, state, topic, content, speaker, branch_id, session_date, start_time, "
                   "end_time, hours, location, notes, created_at, updated_at");
const QString dateFormat = QStringLiteral("yyyy-MM-dd");
const QString timeFormat = QStringLiteral("HH:mm");

StudySession sessionFrom(const QSqlQuery &query)
{
    StudySession s;
    s.id = query.value(0).toLongLong();
    s.uuid = query.value(1).toString();
    s.kindId = query.value(2).toLongLong();
    s.state = enumFromCode<SessionState>(query.value(3).toString()).value_or(SessionState::Held);
    s.topic = query.value(4).toString();
    s.content = query.value(5).toString();
    s.speaker = query.value(6).toString();
    s.branchId = query.value(7).toLongLong();
    s.date = QDate::fromString(query.value(8).toString(), Qt::ISODate);
    s.startTime = QTime::fromString(query.value(9).toString(), Qt::ISODate);
    s.endTime = QTime::fromString(query.value(10).toString(), Qt::ISODate);
    s.hours = query.value(11).toDouble();
    s.location = query.value(12).toString();
    s.notes = query.value(13).toString();
    s.createdAt = QDateTime::fromString(query.value(14).toString(), Qt::ISODate);
    s.updatedAt = QDateTime::fromString(query.value(15).toString(), Qt::ISODate);
    return s;
}

/// Binds the fields from kind_id to notes, in column order.
void bindFields(QSqlQuery &query, const StudySession &s)
{
    query.addBindValue(s.kindId);
    query.addBindValue(enumCode(s.state));
    query.addBindValue(SqlValue::text(s.topic));
    query.addBindValue(SqlValue::text(s.content));
    query.addBindValue(SqlValue::text(s.speaker));
    query.addBindValue(s.branchId);
    query.addBindValue(s.date.toString(dateFormat));
    query.addBindValue(s.startTime.toString(timeFormat));
    query.addBindValue(s.endTime.toString(timeFormat));
    query.addBindValue(s.hours);
    query.addBindValue(SqlValue::text(s.location));
    query.addBindValue(SqlValue::text(s.notes));
}

/// Why a cadre was not at work on `date`, for a refusal.
QString absenceReason(const Cadre &cadre, QDate date)
{
    if (cadre.hiredOn.isValid() && date < cadre.hiredOn)
        return StudySessionRepository::tr("the cadre was hired only on %1").arg(displayDate(cadre.hiredOn));
    if (cadre.leftOn.isValid())
        return StudySessionRepository::tr("the cadre left on %1").arg(displayDate(cadre.leftOn));
    return StudySessionRepository::tr("the roster records the cadre as %1")
        .arg(enumLabel(cadre.employmentStatus));
}

} // namespace

/// What validation needs to know of the database, read once per save.
class StudySessionRepository::References
{
public:
    QSet<qint64> kinds;
    qint64 centralGroupKind = 0; // 中心组学习, which only a committee hosts
    QSet<qint64> committees;
    QSet<qint64> hosts;          // the branches and the committees: either may host a session
    QHash<qint64, Cadre> cadres; // name, employment status, hire and leaving dates

    /// Reads kinds, hosts and the cadres with the given ids (all cadres if empty).
    References(const Database &database, const QList<qint64> &cadreIds)
    {
        QSqlQuery kindQuery = database.prepare(QStringLiteral("SELECT id, code FROM session_kind"));
        database.exec(kindQuery);
        while (kindQuery.next()) {
            kinds.insert(kindQuery.value(0).toLongLong());
            if (kindQuery.value(1).toString() == QStringLiteral("central_group_study"))
                centralGroupKind = kindQuery.value(0).toLongLong();
        }
        QSqlQuery hostQuery =
            database.prepare(QStringLiteral("SELECT id, kind FROM organization WHERE kind IN (?, ?)"));
        hostQuery.addBindValue(enumCode(OrganizationKind::Branch));
        hostQuery.addBindValue(enumCode(OrganizationKind::Committee));
        database.exec(hostQuery);
        while (hostQuery.next()) {
            hosts.insert(hostQuery.value(0).toLongLong());
            if (hostQuery.value(1).toString() == enumCode(OrganizationKind::Committee))
                committees.insert(hostQuery.value(0).toLongLong());
        }

        cadres = CadreRepository::employmentOf(database, cadreIds);
    }
};

StudySessionRepository::StudySessionRepository(Database &database, const Clock &clock, QObject *parent)
    : RecordRepository(database, QStringLiteral("study_session"), parent)
    , m_clock(clock)
{
    // A roll-call line names one cadre at one session.
    m_database.references().describe(QStringLiteral("attendance"), [](qint64 count) {
        return tr("the roll calls of %n study sessions", nullptr, static_cast<int>(count));
    });
    m_database.references().describe(QStringLiteral("study_session"), [](qint64 count) {
        return tr("%n study sessions", nullptr, static_cast<int>(count));
    });
}

std::optional<StudySession> StudySessionRepository::find(qint64 id) const
{
    QSqlQuery query =
        m_database.prepare(QStringLiteral("SELECT %1 FROM study_session WHERE id = ?").arg(sessionColumns));
    query.addBindValue(id);
    m_database.exec(query);
    if (!query.next())
        return std::nullopt;
    StudySession session = sessionFrom(query);
    requireReadable(session.branchId);
    session.attendance = attendanceOf(id);
    return session;
}

QList<Attendance> StudySessionRepository::attendanceOf(qint64 sessionId) const
{
    QSqlQuery query = m_database.prepare(QStringLiteral(
        "SELECT uuid, cadre_id, status, excuse FROM attendance WHERE session_id = ? ORDER BY position"));
    query.addBindValue(sessionId);
    m_database.exec(query);
    QList<Attendance> lines;
    while (query.next())
        lines.append(
            {query.value(0).toString(), query.value(1).toLongLong(),
             enumFromCode<AttendanceStatus>(query.value(2).toString()).value_or(AttendanceStatus::Absent),
             query.value(3).toString()});
    return lines;
}

namespace {

/// The sessions that `filter` (on study_session's columns, with `?`s) picks, in date order.
QString sessionsSql(const QString &filter)
{
    // required_meeting: the meeting rules require the kind of the host (its own rule over the default).
    return QStringLiteral(
               "SELECT id, kind_id, state, topic, speaker, branch_id, session_date, start_time, end_time, "
               "hours, "
               "location, coalesce((SELECT r.frequency <> 'none' FROM meeting_rule r WHERE r.kind_id = "
               "study_session.kind_id AND r.branch_id = study_session.branch_id), (SELECT r.frequency <> "
               "'none' "
               "FROM meeting_rule r WHERE r.kind_id = study_session.kind_id AND r.branch_id IS NULL), 0) "
               "FROM study_session WHERE %1 ORDER BY session_date, id")
        .arg(filter);
}

/// Their roll calls' lines by mark, counted in the order of the (session, status) index: no
/// expression is worked out per line, which for a year's 600,000 lines is what the time goes on.
QString countsSql(const QString &filter)
{
    return QStringLiteral(
               "SELECT session_id, status, count(*) FROM attendance "
               "WHERE session_id IN (SELECT id FROM study_session WHERE %1) GROUP BY session_id, status")
        .arg(filter);
}

/// Their attached files by category.
QString attachmentsSql(const QString &filter)
{
    return QStringLiteral("SELECT session_id, category, count(*) FROM attachment WHERE session_id IN (SELECT "
                          "id FROM study_session WHERE %1) GROUP BY session_id, category")
        .arg(filter);
}

void addFiles(SessionSummary &s, const QString &category, int files)
{
    s.attachments += files;
    const auto known = enumFromCode<AttachmentCategory>(category);
    s.hasMinutes = s.hasMinutes || known == AttachmentCategory::Minutes;
    s.hasSignInSheet = s.hasSignInSheet || known == AttachmentCategory::SignInSheet;
}

SessionSummary summaryFrom(const QSqlQuery &query)
{
    SessionSummary s;
    s.id = query.value(0).toLongLong();
    s.kindId = query.value(1).toLongLong();
    s.state = enumFromCode<SessionState>(query.value(2).toString()).value_or(SessionState::Held);
    s.topic = query.value(3).toString();
    s.speaker = query.value(4).toString();
    s.branchId = query.value(5).toLongLong();
    s.date = QDate::fromString(query.value(6).toString(), Qt::ISODate);
    s.startTime = QTime::fromString(query.value(7).toString(), Qt::ISODate);
    s.endTime = QTime::fromString(query.value(8).toString(), Qt::ISODate);
    s.hours = query.value(9).toDouble();
    s.location = query.value(10).toString();
    s.requiredMeeting = query.value(11).toBool();
    return s;
}

void addCount(SessionSummary &s, AttendanceStatus status, int lines)
{
    s.expected += lines;
    if (isAttending(status))
        s.attended += lines;
    if (status == AttendanceStatus::Late)
        s.late += lines;
    else if (status == AttendanceStatus::Excused)
        s.excused += lines;
    else if (status == AttendanceStatus::Absent)
        s.absent += lines;
    else if (status == AttendanceStatus::Unmarked)
        s.unmarked += lines;
}

} // namespace

QList<SessionSummary> StudySessionRepository::summariesWhere(const Database &database, const QString &filter,
                                                             const QVariantList &values)
{
    QSqlQuery sessions = database.prepare(sessionsSql(filter));
    sessions.setForwardOnly(true);
    for (const QVariant &value : values)
        sessions.addBindValue(value);
    database.exec(sessions);
    QList<SessionSummary> result;
    QHash<qint64, qsizetype> rowOf;
    while (sessions.next()) {
        result.append(summaryFrom(sessions));
        rowOf.insert(result.last().id, result.size() - 1);
    }
    QSqlQuery counts = database.prepare(countsSql(filter));
    counts.setForwardOnly(true);
    for (const QVariant &value : values)
        counts.addBindValue(value);
    database.exec(counts);
    while (counts.next())
        if (const auto row = rowOf.constFind(counts.value(0).toLongLong()); row != rowOf.cend())
            if (const auto status = enumFromCode<AttendanceStatus>(counts.value(1).toString()))
                addCount(result[*row], *status, counts.value(2).toInt());
    QSqlQuery files = database.prepare(attachmentsSql(filter));
    files.setForwardOnly(true);
    for (const QVariant &value : values)
        files.addBindValue(value);
    database.exec(files);
    while (files.next())
        if (const auto row = rowOf.constFind(files.value(0).toLongLong()); row != rowOf.cend())
            addFiles(result[*row], files.value(1).toString(), files.value(2).toInt());
    return result;
}

std::optional<SessionSummary> StudySessionRepository::summary(qint64 id) const
{
    const QList<SessionSummary> found = summariesWhere(m_database, QStringLiteral("id = ?"), {id});
    return found.isEmpty() ? std::nullopt : std::optional<SessionSummary>(found.first());
}

QList<SessionSummary> StudySessionRepository::summaries(QDate from, QDate to) const
{
    return readableOnly(summaries(m_database, from, to), [](const SessionSummary &s) { return s.branchId; });
}

QList<SessionSummary> StudySessionRepository::summaries(const Database &database, QDate from, QDate to)
{
    return summariesWhere(database, QStringLiteral("session_date BETWEEN ? AND ?"),
                          {from.toString(dateFormat), to.toString(dateFormat)});
}

int StudySessionRepository::count() const
{
    QSqlQuery query = m_database.prepare(QStringLiteral("SELECT count(*) FROM study_session"));
    return m_database.scalar(query).toInt();
}

struct StudySessionRepository::Writer
{
    QSqlQuery insertSession;
    QSqlQuery insertLine;
    QSqlQuery changeLine;
    QSqlQuery dropLine;
};

std::optional<RecordRepository::ConcernedRecord>
StudySessionRepository::concernedRecord(const JournalEntry &entry) const
{
    if (entry.table == QStringLiteral("attachment"))
        return attachedTo(entry);
    if (entry.table != QStringLiteral("attendance"))
        return RecordRepository::concernedRecord(entry);
    // An update names only what changed: the line's session is then read from the line.
    qint64 session = entry.value(QStringLiteral("session_id")).toLongLong();
    if (session == 0) {
        QSqlQuery query =
            m_database.prepare(QStringLiteral("SELECT session_id FROM attendance WHERE id = ?"));
        query.addBindValue(entry.recordId);
        session = m_database.scalar(query).toLongLong();
    }
    return ConcernedRecord{session, false};
}

std::optional<RecordRepository::ConcernedRecord>
StudySessionRepository::attachedTo(const JournalEntry &entry) const
{
    // An update of a file names only what changed: its session is then read from it.
    qint64 session = entry.value(QStringLiteral("session_id")).toLongLong();
    if (session == 0 && entry.operation == JournalOperation::Update) {
        QSqlQuery query =
            m_database.prepare(QStringLiteral("SELECT session_id FROM attachment WHERE id = ?"));
        query.addBindValue(entry.recordId);
        session = m_database.scalar(query).toLongLong();
    }
    if (session == 0)
        return std::nullopt; // a file of another kind of record
    return ConcernedRecord{session, false};
}

qint64 StudySessionRepository::add(StudySession session)
{
    Transaction transaction(m_database);
    session.id = 0;
    QList<qint64> ids;
    for (const Attendance &line : session.attendance)
        ids.append(line.cadreId);
    session = validated(session, {}, References(m_database, ids));
    session.uuid = SqlValue::uuidOrNew(session.uuid);
    Writer statements = writer();
    const QString now = m_clock.timestamp();
    session.id = insertSession(statements, session, now, now);
    saveAttendance(statements, session, {}, now);
    const qint64 id = session.id;
    notifyAdded(id);
    transaction.commit();
    return id;
}

void StudySessionRepository::addAll(QList<StudySession> sessions)
{
    Transaction transaction(m_database);
    const References references(m_database, {});
    const QString now = m_clock.timestamp();
    Writer statements = writer();
    for (StudySession &session : sessions) {
        session.id = 0;
        session = validated(session, {}, references);
        session.uuid = SqlValue::uuidOrNew(session.uuid);
        session.id = insertSession(statements, session, now, now);
        saveAttendance(statements, session, {}, now);
    }
    transaction.commit();
}

void StudySessionRepository::update(StudySession session)
{
    Transaction transaction(m_database);
    const std::optional<StudySession> stored = find(session.id);
    if (!stored)
        throw ValidationError(tr("This session no longer exists; it may have been deleted."));
    QList<qint64> ids;
    for (const Attendance &line : session.attendance)
        ids.append(line.cadreId);
    session = validated(session, stored->attendance, References(m_database, ids));
    QSqlQuery query = m_database.prepare(QStringLiteral(
        "UPDATE study_session SET kind_id = ?, state = ?, topic = ?, content = ?, speaker = ?, branch_id = "
        "?, "
        "session_date = ?, start_time = ?, end_time = ?, hours = ?, location = ?, notes = ?, updated_at = ? "
        "WHERE id = ?"));
    bindFields(query, session);
    query.addBindValue(m_clock.timestamp());
    query.addBindValue(session.id);
    m_database.exec(query);
    Writer statements = writer();
    saveAttendance(statements, session, stored->attendance, m_clock.timestamp());
    const qint64 id = session.id;
    notifyChanged(id);
    transaction.commit();
}

StudySession StudySessionRepository::remove(qint64 id)
{
    Transaction transaction(m_database);
    const std::optional<StudySession> session = find(id);
    if (!session)
        throw ValidationError(tr("This session no longer exists; it may have been deleted."));
    QSqlQuery query = m_database.prepare(QStringLiteral("DELETE FROM study_session WHERE id = ?"));
    query.addBindValue(id);
    m_database.exec(query); // the roll call goes with it (ON DELETE CASCADE)
    notifyRemoved(id);
    transaction.commit();
    return *session;
}

void StudySessionRepository::restore(const StudySession &session)
{
    Transaction transaction(m_database);
    if (find(session.id))
        throw ValidationError(tr("The session \"%1\" is already recorded.").arg(session.topic));
    QList<qint64> ids;
    for (const Attendance &line : session.attendance)
        ids.append(line.cadreId);
    // Cadres who have left since were on the roll call when it was taken: keep them.
    const StudySession valid = validated(session, session.attendance, References(m_database, ids));
    Writer statements = writer();
    const QString now = m_clock.timestamp();
    insertSession(statements, valid,
                  valid.createdAt.isValid() ? valid.createdAt.toUTC().toString(Qt::ISODate) : now, now);
    saveAttendance(statements, valid, {}, now);
    const qint64 id = valid.id;
    notifyAdded(id);
    transaction.commit();
}

StudySession StudySessionRepository::validated(const StudySession &input, const QList<Attendance> &stored,
                                               const References &references) const
{
    StudySession session = StudySessionValidator::normalized(input);
    QList<FieldError> errors = StudySessionValidator::validate(session, m_clock.today());
    if (session.kindId > 0 && !references.kinds.contains(session.kindId))
        errors.append({StudySessionField::kind, tr("Choose an existing kind of session.")});
    if (session.branchId > 0 && !references.hosts.contains(session.branchId))
        errors.append({StudySessionField::branch, tr("Choose an existing party branch or committee.")});
    else if (session.kindId > 0 && session.kindId == references.centralGroupKind &&
             !references.committees.contains(session.branchId))
        errors.append(
            {StudySessionField::branch,
             tr("党委理论学习中心组学习 is hosted by a party committee: choose the committee as host.")});

    QSet<qint64> alreadyOnRollCall;
    for (const Attendance &line : stored)
        alreadyOnRollCall.insert(line.cadreId);
    QSet<qint64> seen;
    for (const Attendance &line : session.attendance) {
        const auto cadre = references.cadres.constFind(line.cadreId);
        if (cadre == references.cadres.cend()) {
            errors.append(
                {StudySessionField::attendance,
                 tr("A cadre on the roll call is no longer in the roster; refresh and try again.")});
            continue;
        }
        if (seen.contains(line.cadreId)) {
            errors.append(
                {StudySessionField::attendance, tr("%1 is on the roll call twice.").arg(cadre->name)});
            continue;
        }
        seen.insert(line.cadreId);
        // Judged at the session's date: a cadre who left since still belongs on an older roll call.
        // A line with a uuid was saved before (undo, restore); only a new line is refused.
        if (!isEmployedOn(*cadre, session.date) && line.uuid.isEmpty() &&
            !alreadyOnRollCall.contains(line.cadreId))
            errors.append({StudySessionField::attendance, tr("%1 cannot be added to the roll call of %2: %3.")
                                                              .arg(cadre->name, displayDate(session.date),
                                                                   absenceReason(*cadre, session.date))});
    }
    if (!errors.isEmpty())
        throw ValidationError(errors);
    return session;
}

StudySessionRepository::Writer StudySessionRepository::writer() const
{
    return {
        m_database.prepare(
            QStringLiteral(
                "INSERT INTO study_session (%1) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .arg(sessionColumns)),
        m_database.prepare(QStringLiteral(
            "INSERT INTO attendance (uuid, session_id, cadre_id, branch_id, position, status, excuse, "
            "created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")),
        m_database.prepare(QStringLiteral(
            "UPDATE attendance SET branch_id = ?, position = ?, status = ?, excuse = ?, updated_at = ? "
            "WHERE session_id = ? AND cadre_id = ?")),
        m_database.prepare(QStringLiteral("DELETE FROM attendance WHERE session_id = ? AND cadre_id = ?"))};
}

qint64 StudySessionRepository::insertSession(Writer &writer, const StudySession &session,
                                             const QString &createdAt, const QString &now)
{
    QSqlQuery &query = writer.insertSession;
    query.addBindValue(SqlValue::optionalId(session.id));
    query.addBindValue(session.uuid);
    bindFields(query, session);
    query.addBindValue(createdAt);
    query.addBindValue(now);
    m_database.exec(query);
    return query.lastInsertId().toLongLong();
}

void StudySessionRepository::saveAttendance(Writer &writer, const StudySession &session,
                                            const QList<Attendance> &stored, const QString &now)
{
    QHash<qint64, std::pair<int, Attendance>> before; // cadre → (position, line)
    for (int i = 0; i < stored.size(); ++i)
        before.insert(stored.at(i).cadreId, {i, stored.at(i)});

    QSqlQuery &insert = writer.insertLine;
    QSqlQuery &change = writer.changeLine;
    for (int position = 0; position < session.attendance.size(); ++position) {
        const Attendance &line = session.attendance.at(position);
        const auto previous = before.constFind(line.cadreId);
        if (previous == before.cend()) {
            insert.addBindValue(SqlValue::uuidOrNew(line.uuid));
            insert.addBindValue(session.id);
            insert.addBindValue(line.cadreId);
            insert.addBindValue(session.branchId);
            insert.addBindValue(position);
            insert.addBindValue(enumCode(line.status));
            insert.addBindValue(SqlValue::text(line.excuse));
            insert.addBindValue(now);
            insert.addBindValue(now);
            m_database.exec(insert);
            continue;
        }
        const Attendance &old = previous->second;
        if (previous->first == position && old.status == line.status && old.excuse == line.excuse)
            continue;
        change.addBindValue(session.branchId);
        change.addBindValue(position);
        change.addBindValue(enumCode(line.status));
        change.addBindValue(SqlValue::text(line.excuse));
        change.addBindValue(now);
        change.addBindValue(session.id);
        change.addBindValue(line.cadreId);
        m_database.exec(change);
    }

    if (!stored.isEmpty()) { // the host branch may have changed
        QSqlQuery host = m_database.prepare(QStringLiteral(
            "UPDATE attendance SET branch_id = ?, updated_at = ? WHERE session_id = ? AND branch_id <> ?"));
        host.addBindValue(session.branchId);
        host.addBindValue(now);
        host.addBindValue(session.id);
        host.addBindValue(session.branchId);
        m_database.exec(host);
    }

    QSet<qint64> kept;
    for (const Attendance &line : session.attendance)
        kept.insert(line.cadreId);
    QSqlQuery &drop = writer.dropLine;
    for (const Attendance &line : stored) {
        if (kept.contains(line.cadreId))
            continue;
        drop.addBindValue(session.id);
        drop.addBindValue(line.cadreId);
        m_database.exec(drop);
    }
}

} // namespace rongpei
