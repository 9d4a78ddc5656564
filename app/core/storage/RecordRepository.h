#pragma once

#include <QObject>

namespace rongpei {

class Database;

/// Base of every repository that keeps one kind of record: the three signals that models,
/// pages and (later) the change journal's live refresh listen to. Each carries the record's
/// id and is delivered only after the outermost transaction has committed, never for a
/// change that was rolled back.
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

signals:
    void recordAdded(qint64 id);
    void recordChanged(qint64 id);
    void recordRemoved(qint64 id);

protected:
    explicit RecordRepository(Database &database, QObject *parent = nullptr);

    // Queue the signal until the change is committed.
    void notifyAdded(qint64 id);
    void notifyChanged(qint64 id);
    void notifyRemoved(qint64 id);

    Database &m_database;
};

} // namespace rongpei
