#pragma once

#include "storage/RecordRepository.h"
#include "study/StudySession.h"

#include <QObject>
#include <QVariant>

#include <optional>

namespace rongpei {

class Clock;
class Database;

/// Study sessions with their roll calls. A session and its attendance are saved together
/// in one transaction; on a ValidationError or DatabaseError nothing is saved.
class StudySessionRepository final : public RecordRepository
{
    Q_OBJECT

public:
    StudySessionRepository(Database &database, const Clock &clock, QObject *parent = nullptr);

    /// A session with its roll call in order.
    std::optional<StudySession> find(qint64 id) const;
    std::optional<SessionSummary> summary(qint64 id) const;
    /// Sessions dated from `from` to `to`, inclusive, by date.
    QList<SessionSummary> summaries(QDate from, QDate to) const;
    /// The same, read on `database`: for a reader connection off the GUI thread.
    static QList<SessionSummary> summaries(const Database &database, QDate from, QDate to);
    int count() const;

    /// Validates and inserts a session and its roll call; returns the new id.
    qint64 add(StudySession session);
    /// Saves every field and the roll call: changed lines keep their identity.
    void update(StudySession session);
    /// Deletes a session and its roll call; returns it as it was, so it can be undone.
    StudySession remove(qint64 id);
    /// Puts a deleted session back with its ids, uuids and creation time.
    void restore(const StudySession &session);

    /// Saves many new sessions at once, validated as add() does (the demo generator).
    void addAll(QList<StudySession> sessions);

protected:
    /// A roll-call line's change, or a file's attached to it, is a change of its session.
    std::optional<ConcernedRecord> concernedRecord(const JournalEntry &entry) const override;

private:
    class References;
    std::optional<ConcernedRecord> attachedTo(const JournalEntry &entry) const;
    StudySession validated(const StudySession &session, const QList<Attendance> &stored,
                           const References &references) const;
    /// The statements that write a session and its roll call, prepared once for a batch.
    struct Writer;
    Writer writer() const;
    qint64 insertSession(Writer &writer, const StudySession &session, const QString &createdAt,
                         const QString &now);
    void saveAttendance(Writer &writer, const StudySession &session, const QList<Attendance> &stored,
                        const QString &now);
    QList<Attendance> attendanceOf(qint64 sessionId) const;
    static QList<SessionSummary> summariesWhere(const Database &database, const QString &filter,
                                                const QVariantList &values);

    const Clock &m_clock;
};

} // namespace rongpei
