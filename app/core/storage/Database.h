#pragma once

#include "common/TaskControl.h"
#include "storage/DatabaseError.h"
#include "storage/JournalWriter.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>

#include <functional>
#include <memory>
#include <optional>
#include <utility>
#include <vector>

namespace rongpei {

class RowReferences;

struct DatabaseOptions
{
    /// How long a write waits for another program's lock before giving up.
    int busyTimeoutMs = 5000;
    /// Whether opening runs quick_check over the tables. Off only for a further connection to
    /// a file this process has already opened and checked (a background computation's reader):
    /// the file's identity and schema version are still checked.
    bool checkPages = true;

    /// For opening a file whose Database::openingCheck() has just passed.
    static DatabaseOptions afterOpeningCheck()
    {
        DatabaseOptions options;
        options.checkPages = false;
        return options;
    }

    /// The options of a background computation's read-only connection to an open file.
    static DatabaseOptions secondReader()
    {
        DatabaseOptions options;
        options.checkPages = false;
        return options;
    }
};

/// Owns the SQLite connection of one RongPei file: identity checks, pragmas, migrations.
///
/// Opening never deletes, recreates or repairs a file that fails a check: it throws
/// DatabaseError and leaves the file byte for byte as it was.
class Database final
{
    Q_DECLARE_TR_FUNCTIONS(rongpei::Database)

public:
    enum class OpenMode
    {
        MustExist,
        CreateIfMissing,
        /// An existing file of the latest schema, on a connection that cannot write: no
        /// migration, no pragma that writes, no recovery. An older file is refused with
        /// OlderSchemaError, a newer one with NewerSchema, and the file is left as it was.
        ReadOnly
    };

    /// "RPDB": written to the header of every RongPei file.
    static constexpr qint32 applicationId = 0x52504442;

    Database(const QString &path, OpenMode mode, DatabaseOptions options = {});
    ~Database();
    Q_DISABLE_COPY_MOVE(Database)

    /// The schema version this build migrates to.
    static int latestSchemaVersion();

    /// Read-only health check of an existing file; never creates or changes it.
    /// Returns the schema version found; throws DatabaseError naming the problem.
    static int check(const QString &path);

    /// True for a file that does not exist yet, is empty, or is an SQLite file with
    /// nothing in it (say, left by a first start that failed): one to set up anew.
    static bool isUninitialized(const QString &path);
    /// The checks opening runs, on a read-only connection of their own, for running them off the
    /// GUI thread first and then opening with checkPages off. Returns the file's schema version,
    /// 0 for a file not yet set up; throws DatabaseError as opening would.
    static int openingCheck(const QString &path);

    /// Writes a consistent copy of the database at `source` to `target`, which must not exist
    /// yet; reads the source only. The copy is written under a temporary name beside the
    /// target and given the target's name only once check() has passed it, so a failed,
    /// cancelled or killed backup leaves nothing under the target's name. Beside it goes its
    /// BackupManifest, with the audit chain's head.
    static void backup(const QString &source, const QString &target, const TaskControl &control = {});
    /// Creates an empty file at `path` that only its owner may read and write; throws DatabaseError.
    static void createPrivateFile(const QString &path);

    const QString &path() const { return m_path; }
    int schemaVersion() const;
    /// True when opened with OpenMode::ReadOnly: every write fails with Kind::ReadOnly.
    bool isReadOnly() const { return m_readOnly; }

    /// While it lives, this connection keeps far more of the file in memory, for writing a great
    /// many rows at once (the demo generator, later an import); saved exactly as durably.
    class BulkWrite final
    {
    public:
        explicit BulkWrite(Database &database);
        ~BulkWrite();
        Q_DISABLE_COPY_MOVE(BulkWrite)

    private:
        Database &m_database;
        QVariant m_cacheSize;
    };

    /// Changes whenever anything was committed to the file, by this connection or any other;
    /// inside an open transaction it is empty, since uncommitted changes are not yet in it.
    /// Lets a repository keep what it read until the file changes.
    std::optional<std::pair<qint64, quint64>> changeStamp() const;

    QSqlQuery prepare(const QString &sql) const;
    /// Executes a prepared query; throws DatabaseError on failure.
    void exec(QSqlQuery &query) const;
    /// Executes one unprepared statement (pragmas, DDL); throws DatabaseError on failure.
    QSqlQuery exec(const QString &sql) const;

    /// Reads a single value, e.g. a COUNT or a pragma.
    QVariant scalar(QSqlQuery &query) const;

    /// Runs `notification` once the outermost transaction has committed (at once outside
    /// a transaction), and drops it if the transaction rolls back, so listeners never hear
    /// of changes that were not saved. A listener's exception is logged, not rethrown:
    /// by then the change is saved.
    void afterCommit(std::function<void()> notification);

    /// Who and what clock the change journal names for this connection's writes.
    JournalWriter &journal() const { return *m_journal; }

    /// What refers to a row, for refusing a deletion in words before it is tried; each
    /// repository names its own tables there.
    RowReferences &references() const { return *m_references; }

private:
    friend class Transaction;
    friend class BulkRead;

    void applyPragmas();
    void applyReadOnlyPragmas();
    void migrate(int fromVersion);
    /// Bumps the file's write count inside the transaction about to commit: see
    /// resources/sql/0003_file_identity.sql.
    void countWrite();
    /// Whether the file has the change journal's tables yet (schema 16 adds them).
    bool hasJournal() const;
    DatabaseError errorFrom(const QSqlError &error) const;

    void deliverNotifications();

    QString m_path;
    QString m_connectionName;
    QString m_openKey;
    bool m_readOnly = false;
    bool m_countsWrites = false;
    int m_transactionDepth = 0;
    quint64 m_commits = 0;
    bool m_rollbackOnly = false;
    std::vector<std::function<void()>> m_pendingNotifications;
    std::unique_ptr<RowReferences> m_references;
    std::unique_ptr<JournalWriter> m_journal;
};

/// Refuses to open, read-only, a file written by an older RongPei: it must be upgraded first,
/// which is a write. Its kind is Kind::ReadOnly; the file was left unchanged.
class OlderSchemaError final : public DatabaseError
{
public:
    OlderSchemaError(const QString &message, int foundVersion);

    /// The schema version of the file; Database::latestSchemaVersion() is the one it needs.
    int foundVersion() const noexcept { return m_foundVersion; }

private:
    int m_foundVersion;
};

/// A write transaction started with BEGIN IMMEDIATE, so it takes the write lock up
/// front instead of failing half-way. Rolls back unless committed. Nested
/// transactions join the outermost one; if any inner one is abandoned, the whole
/// transaction rolls back.
class Transaction final
{
public:
    explicit Transaction(Database &database);
    ~Transaction();
    Q_DISABLE_COPY_MOVE(Transaction)

    void commit();

private:
    void rollback() noexcept;

    Database &m_database;
    bool m_finished = false;
};

} // namespace rongpei
