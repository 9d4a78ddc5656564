#include "storage/ChangeWatcher.h"

#include "storage/Database.h"

namespace rongpei {

ChangeWatcher::ChangeWatcher(Database &database, QObject *parent)
    : QObject(parent)
    , m_database(database)
    , m_seen(ChangeJournal::lastSequence(database))
{
    if (const auto stamp = database.changeStamp())
        m_dataVersion = stamp->first;
    database.journal().takeCommitted(); // what it wrote before now is seen already
    database.journal().setWatched(true);
    connect(&m_timer, &QTimer::timeout, this, [this] {
        try {
            check();
        } catch (const DatabaseError &) {
            // A locked or busy file: the next tick tries again.
        }
    });
}

ChangeWatcher::~ChangeWatcher()
{
    m_database.journal().setWatched(false);
}

void ChangeWatcher::start(int intervalMs)
{
    m_timer.start(intervalMs);
}

bool ChangeWatcher::check()
{
    const std::optional<std::pair<qint64, quint64>> stamp = m_database.changeStamp();
    if (!stamp)
        return false; // inside a transaction of this connection: look again next time
    for (const qint64 transaction : m_database.journal().takeCommitted())
        m_ownTransactions.insert(transaction);
    if (stamp->first == m_dataVersion && !m_behind)
        return false;
    m_dataVersion = stamp->first;
    std::vector<JournalEntry> entries = ChangeJournal::changesSince(m_database, m_seen, {{}, {}, batchRows});
    m_behind = entries.size() >= static_cast<size_t>(batchRows);
    if (m_behind)
        QTimer::singleShot(0, this, [this] { check(); });
    if (entries.empty())
        return false;
    m_seen = entries.back().sequence;
    std::vector<JournalEntry> foreign;
    for (JournalEntry &entry : entries)
        if (entry.transaction == 0 || !m_ownTransactions.contains(entry.transaction))
            foreign.push_back(std::move(entry));
    // Caught up, every own transaction taken so far has been read: none of them comes again.
    if (!m_behind)
        m_ownTransactions.clear();
    if (foreign.empty())
        return false;
    emit foreignChanges(foreign);
    return true;
}

} // namespace rongpei
