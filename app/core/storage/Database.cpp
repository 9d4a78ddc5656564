#include "storage/Database.h"

#include "storage/AuditChain.h"
#include "storage/BackupManifest.h"
#include "storage/BackupWriter.h"
#include "storage/FileInspection.h"
#include "storage/RowReferences.h"
#include "storage/SchemaCatalog.h"
#include "storage/StrayJournalCheck.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QScopeGuard>
#include <QSqlError>

namespace rongpei {

using namespace inspection;

namespace {

/// Lets SQLite roll back the journal a crash left behind: the first read on a connection
/// that may write does it.
void recoverJournal(const QString &path, int busyTimeoutMs)
{
    const QString name = nextConnectionName();
    const auto cleanup = qScopeGuard([&name] { closeConnection(name); });
    openConnection(name, path, QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(busyTimeoutMs));
    QSqlQuery query(QSqlDatabase::database(name, false));
    if (!query.exec(QStringLiteral("SELECT count(*) FROM sqlite_schema")))
        throw DatabaseError::fromSqlError(query.lastError(), path);
}

/// What every look at an existing file starts with, before SQLite is handed it: refuse what
/// is not a regular file, read the header raw, and try a journal a crash left on a copy.
/// A file this process already has open was looked at when it was opened.
HeaderState preflight(const QString &path)
{
    requireRegularFiles(path);
    if (isOpenInThisProcess(path))
        return HeaderState::Sqlite;
    const HeaderState header = readHeader(path);
    if (header == HeaderState::Sqlite)
        StrayJournalCheck::requireOwnJournals(path);
    return header;
}

} // namespace

Database::Database(const QString &path, OpenMode mode, DatabaseOptions options)
    : m_path(QFileInfo(path).absoluteFilePath())
    , m_connectionName(nextConnectionName())
    , m_readOnly(mode == OpenMode::ReadOnly)
{
    m_references = std::make_unique<RowReferences>(*this);
    m_journal = std::make_unique<JournalWriter>(*this);
    const QString native = QDir::toNativeSeparators(m_path);
    const bool creating = mode == OpenMode::CreateIfMissing;
    const bool exists = QFileInfo::exists(m_path);
    requireRegularFiles(m_path);
    if (!exists && !creating)
        throw DatabaseError(DatabaseError::Kind::NotFound, tr("The database %1 does not exist.").arg(native));
    if (exists && QFileInfo(m_path).isDir())
        throw DatabaseError(DatabaseError::Kind::CannotOpen,
                            tr("%1 is a folder, not a database file.").arg(native));
    if (!exists && !QDir().mkpath(QFileInfo(m_path).absolutePath()))
        throw DatabaseError(DatabaseError::Kind::CannotOpen,
                            tr("The folder for the database %1 cannot be created.").arg(native));
    if (!exists)
        createPrivateFile(m_path); // SQLite gives its -wal and -shm the file's own permissions

    // A zero-byte file may be set up only when creating; any other file must first prove,
    // on a read-only connection, that it is ours: a read-write connection to a refused file
    // would checkpoint its write-ahead log into it on closing.
    const bool zeroBytes = exists && preflight(m_path) == HeaderState::Empty;
    if (zeroBytes && !creating)
        throw DatabaseError(DatabaseError::Kind::NotSqlite,
                            tr("%1 is an empty file, not a RongPei database.").arg(native));
    int version = 0;
    const CheckDepth depth = options.checkPages ? CheckDepth::Opening : CheckDepth::Identity;
    if (exists && !zeroBytes) {
        try {
            version = inspectReadOnly(m_path, creating, depth);
        } catch (const DatabaseError &error) {
            // A crash in rollback-journal mode leaves a journal that only a writer may roll
            // back. That is SQLite's ordinary recovery, done here only for a file whose
            // header already says it is RongPei's; any other file stays untouched, and so
            // does every file opened read-only.
            if (error.kind() != DatabaseError::Kind::NeedsRecovery || m_readOnly ||
                headerApplicationId(m_path) != applicationId)
                throw;
            recoverJournal(m_path, options.busyTimeoutMs);
            version = inspectReadOnly(m_path, creating, depth);
        }
    }

    if (m_readOnly) {
        if (version < latestSchemaVersion())
            throw OlderSchemaError(
                tr("%1 was written by an older version of RongPei (file format %2; this version uses %3). "
                   "It was opened for reading only, so it was not upgraded and was left unchanged; "
                   "open it in RongPei to upgrade it.")
                    .arg(native)
                    .arg(version)
                    .arg(latestSchemaVersion()),
                version);
        const ReadOnlyTarget target = readOnlyTarget(m_path);
        openConnection(m_connectionName, target.databaseName,
                       target.options +
                           QStringLiteral(";QSQLITE_BUSY_TIMEOUT=%1").arg(options.busyTimeoutMs));
        try {
            applyReadOnlyPragmas();
        } catch (...) {
            closeConnection(m_connectionName);
            throw;
        }
        m_openKey = noteOpened(m_path);
        return;
    }

    if (exists && !zeroBytes && !isOpenInThisProcess(m_path) && !canWriteBeside(m_path))
        throw DatabaseError(
            DatabaseError::Kind::ReadOnly,
            tr("%1 is on a disk or in a folder that cannot be written to (a CD, a write-protected "
               "USB stick, a folder you may only read). Copy it to a folder you may write to and "
               "open the copy; where it is, it can still be checked and backed up.")
                .arg(native));
    openConnection(m_connectionName, m_path,
                   QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(options.busyTimeoutMs));
    try {
        applyPragmas();
        migrate(version);
        m_countsWrites = true;
    } catch (...) {
        closeConnection(m_connectionName);
        throw;
    }
    m_openKey = noteOpened(m_path);
}

Database::~Database()
{
    closeConnection(m_connectionName);
    noteClosed(m_openKey);
}

int Database::latestSchemaVersion()
{
    static const int latest = static_cast<int>(SchemaCatalog::migrationFiles().size());
    return latest;
}

int Database::check(const QString &path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    const QString native = QDir::toNativeSeparators(absolute);
    if (!QFileInfo::exists(absolute))
        throw DatabaseError(DatabaseError::Kind::NotFound, tr("The database %1 does not exist.").arg(native));
    if (preflight(absolute) == HeaderState::Empty)
        throw DatabaseError(DatabaseError::Kind::NotSqlite,
                            tr("%1 is an empty file, not a RongPei database.").arg(native));
    return inspectReadOnly(absolute, false, CheckDepth::Full);
}

bool Database::isUninitialized(const QString &path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    if (!QFileInfo::exists(absolute))
        return true;
    try {
        requireRegularFiles(absolute);
        return readHeader(absolute) == HeaderState::Empty ||
               inspectReadOnly(absolute, true, CheckDepth::Opening) == 0;
    } catch (const DatabaseError &) {
        return false;
    }
}

int Database::openingCheck(const QString &path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    if (!QFileInfo::exists(absolute))
        throw DatabaseError(DatabaseError::Kind::NotFound,
                            tr("The database %1 does not exist.").arg(QDir::toNativeSeparators(absolute)));
    requireRegularFiles(absolute);
    if (readHeader(absolute) == HeaderState::Empty)
        return 0;
    return inspectReadOnly(absolute, true, CheckDepth::Opening);
}

void Database::backup(const QString &source, const QString &target, const TaskControl &control)
{
    const QString absoluteSource = QFileInfo(source).absoluteFilePath();
    check(absoluteSource);
    const QString absoluteTarget = QFileInfo(target).absoluteFilePath();
    int version = 0;
    BackupWriter(absoluteSource, absoluteTarget).write(control, [&version](const QString &copy) {
        version = check(copy);
    });
    if (version == latestSchemaVersion()) // an older file's copy (upgrade keeps one) has no seals to record
        BackupManifest::writeFor(absoluteTarget);
}

Database::BulkWrite::BulkWrite(Database &database)
    : m_database(database)
{
    QSqlQuery current = m_database.exec(QStringLiteral("PRAGMA cache_size"));
    m_cacheSize = m_database.scalar(current);
    m_database.exec(QStringLiteral("PRAGMA cache_size = -262144")); // 256 MB: the indexes stay in memory
    // Copying the log into the file once at the end, not every thousand pages on the way.
    m_database.exec(QStringLiteral("PRAGMA wal_autocheckpoint = 0"));
}

Database::BulkWrite::~BulkWrite()
{
    try {
        m_database.exec(QStringLiteral("PRAGMA cache_size = %1").arg(m_cacheSize.toLongLong()));
        m_database.exec(QStringLiteral("PRAGMA wal_autocheckpoint = 1000"));
        m_database.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    } catch (const DatabaseError &) {
        // Only this connection's memory is at stake.
    }
}

int Database::schemaVersion() const
{
    QSqlQuery query = exec(QStringLiteral("PRAGMA user_version"));
    return scalar(query).toInt();
}

QSqlQuery Database::prepare(const QString &sql) const
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    if (!query.prepare(sql))
        throw errorFrom(query.lastError());
    return query;
}

void Database::exec(QSqlQuery &query) const
{
    if (!query.exec())
        throw errorFrom(query.lastError());
}

QSqlQuery Database::exec(const QString &sql) const
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    if (!query.exec(sql))
        throw errorFrom(query.lastError());
    return query;
}

QVariant Database::scalar(QSqlQuery &query) const
{
    if (!query.isActive())
        exec(query);
    const QVariant value = query.next() ? query.value(0) : QVariant();
    query.finish();
    return value;
}

void Database::afterCommit(std::function<void()> notification)
{
    m_pendingNotifications.push_back(std::move(notification));
    if (m_transactionDepth == 0)
        deliverNotifications();
}

void Database::deliverNotifications()
{
    auto notifications = std::exchange(m_pendingNotifications, {});
    for (const auto &notify : notifications) {
        try {
            notify();
        } catch (const std::exception &error) {
            qWarning("RongPei: a view could not follow a saved change: %s", error.what());
        } catch (...) {
            qWarning("RongPei: a view could not follow a saved change");
        }
    }
}

void Database::createPrivateFile(const QString &path)
{
    // Personal data on a shared office PC: readable by its owner only (0600 on Linux).
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly) ||
        !file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner))
        throw DatabaseError(DatabaseError::Kind::CannotOpen,
                            tr("The database %1 cannot be created (%2).")
                                .arg(QDir::toNativeSeparators(path), file.errorString()));
}

void Database::applyPragmas()
{
    exec(QStringLiteral("PRAGMA foreign_keys = ON"));
    // What is deleted is overwritten, not left in free pages for anyone who reads the file.
    exec(QStringLiteral("PRAGMA secure_delete = ON"));
    exec(QStringLiteral("PRAGMA trusted_schema = OFF"));
    QSqlQuery journal = exec(QStringLiteral("PRAGMA journal_mode = WAL"));
    const QString mode = scalar(journal).toString();
    if (mode.compare(QStringLiteral("wal"), Qt::CaseInsensitive) != 0)
        throw DatabaseError(DatabaseError::Kind::CannotOpen,
                            tr("The database %1 cannot be written safely where it is: its disk or network "
                               "share does not support what RongPei needs. Copy it to a local disk and open "
                               "the copy.")
                                .arg(QDir::toNativeSeparators(m_path)),
                            QStringLiteral("journal_mode is %1, not wal").arg(mode));
    // FULL: a clerk's PC may be switched off at the wall; WAL with NORMAL could lose the last commits.
    exec(QStringLiteral("PRAGMA synchronous = FULL"));
}

std::optional<std::pair<qint64, quint64>> Database::changeStamp() const
{
    if (m_transactionDepth > 0)
        return std::nullopt;
    // data_version moves on commits of other connections only; this connection's own are counted.
    QSqlQuery version = exec(QStringLiteral("PRAGMA data_version"));
    version.next();
    return std::pair{version.value(0).toLongLong(), m_commits};
}

void Database::countWrite()
{
    // Files older than schema 3 have no identity row until they are upgraded.
    if (!m_countsWrites)
        return;
    QSqlQuery bump = exec(QStringLiteral("UPDATE file_identity SET writes = writes + 1"));
    Q_UNUSED(bump);
}

void Database::applyReadOnlyPragmas()
{
    // Settings of this connection only: none of them writes to the file.
    exec(QStringLiteral("PRAGMA foreign_keys = ON"));
    exec(QStringLiteral("PRAGMA trusted_schema = OFF"));
    exec(QStringLiteral("PRAGMA query_only = ON"));
}

bool Database::hasJournal() const
{
    QSqlQuery query =
        exec(QStringLiteral("SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = 'journal_writer'"));
    return query.next();
}

void Database::migrate(int fromVersion)
{
    for (int version = fromVersion + 1; version <= latestSchemaVersion(); ++version) {
        const bool journalled = version > 1 && hasJournal();
        const bool sealed = journalled && AuditChain::isSealed(*this);
        m_journal->setEnabled(journalled);
        m_journal->setSealing(sealed);
        Transaction transaction(*this);
        SchemaCatalog::runMigration(version, [this](const QString &sql) { return exec(sql); });
        if (journalled && !sealed && AuditChain::isSealed(*this))
            AuditChain::seal(*this, 0); // the history so far, as the step that adds seals finds it
        exec(QStringLiteral("PRAGMA application_id = %1").arg(applicationId));
        exec(QStringLiteral("PRAGMA user_version = %1").arg(version));
        transaction.commit();
    }
    const bool journalled = hasJournal();
    m_journal->setEnabled(journalled);
    m_journal->setSealing(journalled && AuditChain::isSealed(*this));
}

DatabaseError Database::errorFrom(const QSqlError &error) const
{
    return DatabaseError::fromSqlError(error, m_path);
}

OlderSchemaError::OlderSchemaError(const QString &message, int foundVersion)
    : DatabaseError(Kind::ReadOnly, message)
    , m_foundVersion(foundVersion)
{}

Transaction::Transaction(Database &database)
    : m_database(database)
{
    if (m_database.m_transactionDepth == 0) {
        m_database.exec(QStringLiteral("BEGIN IMMEDIATE"));
        m_database.m_rollbackOnly = false;
        try {
            m_database.m_journal->begin();
        } catch (...) {
            m_database.exec(QStringLiteral("ROLLBACK"));
            throw;
        }
    }
    ++m_database.m_transactionDepth;
}

Transaction::~Transaction()
{
    if (!m_finished)
        rollback();
}

void Transaction::commit()
{
    Q_ASSERT(!m_finished);
    m_finished = true;
    if (--m_database.m_transactionDepth > 0)
        return;
    if (m_database.m_rollbackOnly) {
        m_database.m_pendingNotifications.clear();
        m_database.m_journal->abandon();
        m_database.exec(QStringLiteral("ROLLBACK"));
        throw DatabaseError(DatabaseError::Kind::Other,
                            Database::tr("An inner step of the change failed, so nothing was saved."));
    }
    try {
        m_database.m_journal->finish();
        m_database.countWrite();
        m_database.exec(QStringLiteral("COMMIT"));
        m_database.m_journal->committed();
        ++m_database.m_commits;
    } catch (...) {
        m_database.m_pendingNotifications.clear();
        m_database.m_journal->abandon();
        try {
            m_database.exec(QStringLiteral("ROLLBACK"));
        } catch (const DatabaseError &) {
            // SQLite may already have rolled back on its own; the commit error is what matters.
        }
        throw;
    }
    m_database.deliverNotifications();
}

void Transaction::rollback() noexcept
{
    m_finished = true;
    if (--m_database.m_transactionDepth > 0) {
        m_database.m_rollbackOnly = true;
        return;
    }
    m_database.m_pendingNotifications.clear();
    m_database.m_journal->abandon();
    try {
        m_database.exec(QStringLiteral("ROLLBACK"));
    } catch (const DatabaseError &) {
        // Nothing more can be done in a destructor; SQLite rolls back a failed transaction itself.
    }
}

} // namespace rongpei
