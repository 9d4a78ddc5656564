#pragma once

#include "storage/AuditChain.h"

#include <QDateTime>
#include <QSqlQuery>
#include <QString>

#include <functional>
#include <utility>
#include <vector>

namespace rongpei {

class Database;

/// Who writes: the device, the signed-in user and the program.
struct JournalAuthor
{
    QString device;
    QString user;
    QString program;

    /// This computer's name and login, and the running program's name.
    static JournalAuthor ofThisProcess();
};

/// Tells the change journal's triggers which transaction is writing: a journal_transaction row
/// (when, who) is made right after BEGIN and named in journal_writer until right before COMMIT.
/// A transaction that changed no record leaves no journal_transaction row behind.
class JournalWriter final
{
public:
    explicit JournalWriter(Database &database);
    Q_DISABLE_COPY_MOVE(JournalWriter)
    ~JournalWriter() = default;

    void setAuthor(JournalAuthor author) { m_author = std::move(author); }
    const JournalAuthor &author() const { return m_author; }
    void setClock(std::function<QDateTime()> now) { m_now = std::move(now); }
    /// Whether the file has a journal: not before schema 16, which adds it.
    void setEnabled(bool enabled) { m_enabled = enabled; }
    /// Whether its rows are sealed into the audit chain: not before schema 17.
    void setSealing(bool sealing) { m_sealing = sealing; }

    /// Called before a transaction that changed records commits, with the journal seq it began
    /// after; throws (DatabaseError::Kind::Permission) to refuse the whole transaction. The one
    /// place the accounts' permissions hold every write of every module to.
    using WriteGuard = std::function<void(qint64 afterSeq)>;
    void setWriteGuard(WriteGuard guard) { m_guard = std::move(guard); }
    /// Called after each commit that sealed rows, with the chain's new head.
    void setSealedListener(std::function<void(const ChainHead &)> listener)
    {
        m_sealedListener = std::move(listener);
    }

    /// Right after BEGIN of the outermost transaction.
    void begin();
    /// Right before its COMMIT.
    void finish();
    /// Right after its COMMIT succeeded.
    void committed();
    /// After ROLLBACK, which took the transaction's rows with it.
    void abandon()
    {
        m_transaction = m_pending = 0;
        m_head = {};
        m_bulk = false; // the rollback put the triggers back
    }
    /// While a BulkJournal has the triggers off: a commit is refused until it has put them back.
    void setBulk(bool bulk) { m_bulk = bulk; }
    bool isBulk() const { return m_bulk; }

    /// The transactions committed with journal rows since the last call, oldest first: the
    /// change watcher leaves them out, as this connection's own.
    std::vector<qint64> takeCommitted() { return std::exchange(m_committed, {}); }
    /// Kept only while a watcher takes them, so a process without one (the CLI, an import) does
    /// not collect an id for every transaction it commits.
    void setWatched(bool watched)
    {
        m_watched = watched;
        if (!watched)
            m_committed.clear();
    }

    /// The journal_transaction id of the transaction now open, 0 when none.
    qint64 transaction() const { return m_transaction; }

private:
    Database &m_database;
    JournalAuthor m_author;
    std::function<QDateTime()> m_now;
    bool m_enabled = false;
    bool m_sealing = false;
    WriteGuard m_guard;
    std::function<void(const ChainHead &)> m_sealedListener;
    ChainHead m_head;
    bool m_bulk = false;
    bool m_watched = false;
    qint64 m_transaction = 0;
    qint64 m_lastSequenceBefore = 0;
    qint64 m_pending = 0;
    std::vector<qint64> m_committed;
};

} // namespace rongpei
