#pragma once

#include "storage/ChangeJournal.h"

#include <QObject>
#include <QTimer>

#include <set>
#include <vector>

namespace rongpei {

class Database;

/// Notices what other programs (another RongPei window, rongpei-cli) committed to the open file:
/// every check asks SQLite whether another connection committed (PRAGMA data_version, no read of
/// the file), and only then reads the journal rows since the last one seen, leaving out this
/// connection's own.
class ChangeWatcher final : public QObject
{
    Q_OBJECT

public:
    /// At most this many journal rows are handed over per check; the rest follow at once.
    static constexpr int batchRows = 5000;

    explicit ChangeWatcher(Database &database, QObject *parent = nullptr);
    ~ChangeWatcher() override;
    Q_DISABLE_COPY_MOVE(ChangeWatcher)

    /// Checks every `intervalMs` from now on.
    void start(int intervalMs = 1000);
    void stop() { m_timer.stop(); }
    /// One check; returns whether there were foreign changes.
    bool check();

    qint64 lastSeenSequence() const { return m_seen; }

signals:
    /// Journal rows another program wrote, oldest first.
    void foreignChanges(const std::vector<JournalEntry> &entries);

private:
    Database &m_database;
    QTimer m_timer;
    qint64 m_seen = 0;
    qint64 m_dataVersion = -1;
    bool m_behind = false;
    std::set<qint64> m_ownTransactions;
};

} // namespace rongpei
