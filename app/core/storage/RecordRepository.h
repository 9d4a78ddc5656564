#pragma once

#include <QList>
#include <QObject>
#include <QString>

#include <functional>
#include <optional>
#include <vector>

namespace rongpei {

class Database;
struct JournalEntry;

/// Base of every repository that keeps one kind of record: the three signals that models,
/// pages and live refresh listen to. Each carries the record's id and is delivered only after the
/// outermost transaction has committed, never for a change that was rolled back.
class RecordRepository : public QObject
{
    Q_OBJECT

public:
    /// Calls `slot` (with no arguments) after any record of `repository` was added, changed or
    /// removed: for listeners that recompute a whole view rather than follow single rows.
    template <typename Functor>
    static void onAnyChange(const RecordRepository &repository, const QObject *context, Functor slot)
    {
        connect(&repository, &RecordRepository::recordAdded, context, [slot](qint64) { slot(); });
        connect(&repository, &RecordRepository::recordChanged, context, [slot](qint64) { slot(); });
        connect(&repository, &RecordRepository::recordRemoved, context, [slot](qint64) { slot(); });
    }

    /// Announces changes written past the repository — by another program (another window, the
    /// CLI) or by the recycle bin — from their journal rows:
    /// the same signals as for this program's own changes, once per record and for its state at
    /// the end, so the views refresh just those rows.
    void announceChanges(const std::vector<JournalEntry> &entries);

    /// Which units' records the signed-in user may read, and how a read of another is refused
    /// (throws): set on every repository by Workspace from its access policy, so each module's
    /// reads are held to the same rule. Unset, everything is readable.
    void setReadAccess(std::function<bool(qint64 unitId)> mayRead, std::function<void(qint64 unitId)> refuse)
    {
        m_mayRead = std::move(mayRead);
        m_refuseRead = std::move(refuse);
    }

    /// Tells the listeners that a part of record `id` kept by another repository (its attached
    /// files) changed, once that change is committed.
    void announcePartChanged(qint64 id) { notifyChanged(id); }

signals:
    void recordAdded(qint64 id);
    void recordChanged(qint64 id);
    void recordRemoved(qint64 id);

protected:
    /// `table` is the repository's own table: a journal row of it is one of its records.
    RecordRepository(Database &database, QString table, QObject *parent = nullptr);

    // Queue the signal until the change is committed.
    void notifyAdded(qint64 id);
    void notifyChanged(qint64 id);
    void notifyRemoved(qint64 id);

    /// A record a journal row concerns, and whether the row is the record itself (its insert and
    /// delete add and remove it) or a part of it (a change of it).
    struct ConcernedRecord
    {
        qint64 id = 0;
        bool itself = true;
    };
    /// By default a row of the repository's own table; a repository whose records have parts in
    /// other tables (a session's roll call) names those too.
    virtual std::optional<ConcernedRecord> concernedRecord(const JournalEntry &entry) const;

    /// Whether the signed-in user may read the records of `unitId`.
    bool mayRead(qint64 unitId) const { return !m_mayRead || m_mayRead(unitId); }
    /// Throws DatabaseError (Kind::Permission) unless they may.
    void requireReadable(qint64 unitId) const
    {
        if (!mayRead(unitId) && m_refuseRead)
            m_refuseRead(unitId);
    }
    /// `records` less those of units the user may not read.
    template <typename Record, typename UnitOf>
    QList<Record> readableOnly(QList<Record> records, UnitOf unitOf) const
    {
        if (m_mayRead)
            records.removeIf([this, &unitOf](const Record &record) { return !m_mayRead(unitOf(record)); });
        return records;
    }

    Database &m_database;
    const QString m_table;

private:
    std::function<bool(qint64)> m_mayRead;
    std::function<void(qint64)> m_refuseRead;
};

} // namespace rongpei
