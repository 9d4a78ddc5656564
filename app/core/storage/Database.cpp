#include "storage/Database.h"

#include "storage/SqlScript.h"

#include <QAtomicInteger>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QSqlError>
#include <QtEndian>

#include <functional>
#include <map>

namespace rongpei {

namespace {

constexpr int sqliteHeaderSize = 100;

QString nextConnectionName()
{
    static QAtomicInteger<int> counter;
    return QStringLiteral("rongpei-%1").arg(counter.fetchAndAddRelaxed(1));
}

/// Migrations are resources named ":/sql/NNNN_description.sql", numbered from 1 without gaps.
std::map<int, QString> migrationFiles()
{
    static const QRegularExpression name(QStringLiteral(R"(^(\d{4})_[a-z0-9_]+\.sql$)"));
    std::map<int, QString> files;
    const QDir dir(QStringLiteral(":/sql"));
    for (const QString &entry : dir.entryList(QDir::Files, QDir::Name)) {
        const auto match = name.match(entry);
        if (match.hasMatch())
            files.emplace(match.captured(1).toInt(), dir.filePath(entry));
    }
    int expected = 1;
    for (const auto &[version, file] : files) {
        Q_ASSERT_X(version == expected, "migrationFiles", "migration numbers must be contiguous from 1");
        Q_UNUSED(file);
        ++expected;
    }
    return files;
}

enum class HeaderState
{
    Empty,
    Sqlite
};

/// Looks at the file's first bytes without SQLite, so a foreign file is never handed to it.
HeaderState readHeader(const QString &path)
{
    QFile file(path);
    const QString native = QDir::toNativeSeparators(path);
    if (!file.open(QIODevice::ReadOnly))
        throw DatabaseError(
            DatabaseError::Kind::CannotOpen,
            Database::tr("The database %1 cannot be read (%2).").arg(native, file.errorString()));
    const QByteArray header = file.read(sqliteHeaderSize);
    if (header.isEmpty())
        return HeaderState::Empty;
    if (header.size() < sqliteHeaderSize || !header.startsWith(QByteArrayView("SQLite format 3\0", 16)))
        throw DatabaseError(
            DatabaseError::Kind::NotSqlite,
            Database::tr("%1 is not a RongPei database: it is not an SQLite file at all.").arg(native));
    return HeaderState::Sqlite;
}

/// The application id as written in the file's header, read without SQLite.
qint32 headerApplicationId(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return 0;
    const QByteArray header = file.read(sqliteHeaderSize);
    if (header.size() < sqliteHeaderSize)
        return 0;
    return qFromBigEndian<qint32>(header.constData() + 68);
}

using StatementRunner = std::function<QSqlQuery(const QString &)>;

QVariant firstValue(QSqlQuery query)
{
    return query.next() ? query.value(0) : QVariant();
}

/// How much of the file a check reads.
enum class CheckDepth
{
    /// The file's identity and schema version only.
    Identity,
    /// Every table but the bulk ones: what opening a file can afford at every start.
    Opening,
    /// Every page: rongpei-cli check and the verification of a backup.
    Full
};

/// Tables past this many rows (the roll calls: millions) would make a quick_check at every
/// start take seconds; opening leaves them to SQLite's own checks as their pages are read.
/// Judged by size, so storage keeps no list of any module's tables.
constexpr qint64 bulkTableRows = 200000;

/// An upper bound of a table's rows, read from the end of its rowid b-tree, not by counting.
/// A table without rowids (none of RongPei's) gives -1 and is always checked.
qint64 estimatedRows(const StatementRunner &run, const QString &quotedTable)
{
    try {
        return firstValue(run(QStringLiteral("SELECT max(rowid) FROM %1").arg(quotedTable))).toLongLong();
    } catch (const DatabaseError &) {
        return -1;
    }
}

/// The quick_check statements for a depth: one for the whole file, or one per table.
QStringList quickChecks(const StatementRunner &run, CheckDepth depth)
{
    if (depth == CheckDepth::Full)
        return {QStringLiteral("PRAGMA quick_check")};
    if (depth == CheckDepth::Identity)
        return {};
    QStringList quotedTables;
    QSqlQuery tables =
        run(QStringLiteral("SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name"));
    while (tables.next())
        quotedTables.append(
            QStringLiteral("\"%1\"").arg(tables.value(0).toString().replace(u'"', QStringLiteral("\"\""))));
    QStringList checks;
    for (const QString &table : std::as_const(quotedTables))
        if (estimatedRows(run, table) <= bulkTableRows)
            checks.append(QStringLiteral("PRAGMA quick_check(%1)").arg(table));
    return checks;
}

/// Identifies the file and runs quick_check, reading only; throws on any problem.
/// Returns the schema version found (0 for a blank file that may be initialised).
int inspect(const QString &path, const StatementRunner &run, bool allowBlank, CheckDepth depth)
{
    const QString native = QDir::toNativeSeparators(path);
    const qint32 applicationId = firstValue(run(QStringLiteral("PRAGMA application_id"))).toInt();
    const int userVersion = firstValue(run(QStringLiteral("PRAGMA user_version"))).toInt();
    const int schemaObjects = firstValue(run(QStringLiteral("SELECT count(*) FROM sqlite_schema"))).toInt();

    const bool blank = applicationId == 0 && userVersion == 0 && schemaObjects == 0;
    if (blank && !allowBlank)
        throw DatabaseError(DatabaseError::Kind::ForeignApplication,
                            Database::tr("%1 is an empty SQLite file, not a RongPei database.").arg(native));
    if (!blank && applicationId != Database::applicationId)
        throw DatabaseError(DatabaseError::Kind::ForeignApplication,
                            Database::tr("%1 is an SQLite database of another application, not a RongPei "
                                         "database. It was left unchanged.")
                                .arg(native));
    if (userVersion > Database::latestSchemaVersion())
        throw DatabaseError(
            DatabaseError::Kind::NewerSchema,
            Database::tr("%1 was written by a newer version of RongPei (schema %2; this version "
                         "understands up to %3). Install the newer RongPei to open it; the file "
                         "was left unchanged.")
                .arg(native)
                .arg(userVersion)
                .arg(Database::latestSchemaVersion()));

    QStringList problems;
    for (const QString &statement : quickChecks(run, depth)) {
        QSqlQuery check = run(statement);
        while (check.next())
            if (const QString result = check.value(0).toString(); result != QStringLiteral("ok"))
                problems.append(result);
    }
    if (!problems.isEmpty())
        throw DatabaseError(DatabaseError::Kind::Corrupt,
                            Database::tr("The database %1 is damaged (%2). It was left unchanged; restore it "
                                         "from a backup.")
                                .arg(native, problems.mid(0, 3).join(QStringLiteral("; "))));
    return userVersion;
}

/// Opens a QSQLITE connection; the caller removes it.
QSqlDatabase openConnection(const QString &name, const QString &path, const QString &options);
void closeConnection(const QString &name);

/// inspect() on a connection that cannot write, so nothing about the file changes.
int inspectReadOnly(const QString &path, bool allowBlank, CheckDepth depth)
{
    const QString name = nextConnectionName();
    const auto cleanup = qScopeGuard([&name] { closeConnection(name); });
    openConnection(name, path, QStringLiteral("QSQLITE_OPEN_READONLY"));
    return inspect(
        path,
        [&](const QString &sql) {
            QSqlQuery query(QSqlDatabase::database(name, false));
            if (!query.exec(sql))
                throw DatabaseError::fromSqlError(query.lastError(), path);
            return query;
        },
        allowBlank, depth);
}

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

/// Opens a QSQLITE connection; the caller removes it.
QSqlDatabase openConnection(const QString &name, const QString &path, const QString &options)
{
    QSqlDatabase connection = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
    connection.setDatabaseName(path);
    connection.setConnectOptions(options);
    if (!connection.open()) {
        const QSqlError error = connection.lastError();
        connection = QSqlDatabase();
        QSqlDatabase::removeDatabase(name);
        throw DatabaseError::fromSqlError(error, path);
    }
    return connection;
}

void closeConnection(const QString &name)
{
    {
        QSqlDatabase connection = QSqlDatabase::database(name, false);
        connection.close();
    }
    QSqlDatabase::removeDatabase(name);
}

} // namespace

Database::Database(const QString &path, OpenMode mode, DatabaseOptions options)
    : m_path(QFileInfo(path).absoluteFilePath())
    , m_connectionName(nextConnectionName())
    , m_readOnly(mode == OpenMode::ReadOnly)
{
    const QString native = QDir::toNativeSeparators(m_path);
    const bool creating = mode == OpenMode::CreateIfMissing;
    const bool exists = QFileInfo::exists(m_path);
    if (!exists && !creating)
        throw DatabaseError(DatabaseError::Kind::NotFound, tr("The database %1 does not exist.").arg(native));
    if (exists && QFileInfo(m_path).isDir())
        throw DatabaseError(DatabaseError::Kind::CannotOpen,
                            tr("%1 is a folder, not a database file.").arg(native));
    if (!exists && !QDir().mkpath(QFileInfo(m_path).absolutePath()))
        throw DatabaseError(DatabaseError::Kind::CannotOpen,
                            tr("The folder for the database %1 cannot be created.").arg(native));

    // A zero-byte file may be set up only when creating; any other file must first prove,
    // on a read-only connection, that it is ours: a read-write connection to a refused file
    // would checkpoint its write-ahead log into it on closing.
    const bool zeroBytes = exists && readHeader(m_path) == HeaderState::Empty;
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
        openConnection(
            m_connectionName, m_path,
            QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=%1").arg(options.busyTimeoutMs));
        try {
            applyReadOnlyPragmas();
        } catch (...) {
            closeConnection(m_connectionName);
            throw;
        }
        return;
    }

    openConnection(m_connectionName, m_path,
                   QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(options.busyTimeoutMs));
    try {
        applyPragmas();
        migrate(version);
    } catch (...) {
        closeConnection(m_connectionName);
        throw;
    }
}

Database::~Database()
{
    closeConnection(m_connectionName);
}

int Database::latestSchemaVersion()
{
    static const int latest = static_cast<int>(migrationFiles().size());
    return latest;
}

int Database::check(const QString &path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    const QString native = QDir::toNativeSeparators(absolute);
    if (!QFileInfo::exists(absolute))
        throw DatabaseError(DatabaseError::Kind::NotFound, tr("The database %1 does not exist.").arg(native));
    if (readHeader(absolute) == HeaderState::Empty)
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
        return readHeader(absolute) == HeaderState::Empty ||
               inspectReadOnly(absolute, true, CheckDepth::Opening) == 0;
    } catch (const DatabaseError &) {
        return false;
    }
}

void Database::backup(const QString &source, const QString &target)
{
    const QString absoluteSource = QFileInfo(source).absoluteFilePath();
    const QString absoluteTarget = QFileInfo(target).absoluteFilePath();
    const QString nativeTarget = QDir::toNativeSeparators(absoluteTarget);
    check(absoluteSource);

    // Claim the target first, so nobody else's file is ever written over or removed.
    QFile claim(absoluteTarget);
    if (!claim.open(QIODevice::WriteOnly | QIODevice::NewOnly))
        throw DatabaseError(
            DatabaseError::Kind::CannotOpen,
            QFileInfo::exists(absoluteTarget)
                ? tr("%1 already exists; a backup is never written over an existing file.").arg(nativeTarget)
                : tr("The backup %1 cannot be created (%2).").arg(nativeTarget, claim.errorString()));
    claim.close();

    const QString name = nextConnectionName();
    try {
        {
            const auto cleanup = qScopeGuard([&name] { closeConnection(name); });
            openConnection(name, absoluteSource, QStringLiteral("QSQLITE_OPEN_READONLY"));
            QSqlQuery query(QSqlDatabase::database(name, false));
            query.prepare(QStringLiteral("VACUUM INTO ?"));
            query.addBindValue(absoluteTarget);
            if (!query.exec())
                throw DatabaseError::fromSqlError(query.lastError(), absoluteTarget);
        }
        check(absoluteTarget);
    } catch (const DatabaseError &) {
        QFile::remove(absoluteTarget); // the file this call created, never anyone else's
        throw;
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

void Database::applyPragmas()
{
    exec(QStringLiteral("PRAGMA foreign_keys = ON"));
    exec(QStringLiteral("PRAGMA trusted_schema = OFF"));
    QSqlQuery journal = exec(QStringLiteral("PRAGMA journal_mode = WAL"));
    const QString mode = scalar(journal).toString();
    if (mode.compare(QStringLiteral("wal"), Qt::CaseInsensitive) != 0)
        throw DatabaseError(DatabaseError::Kind::CannotOpen,
                            tr("The database %1 cannot use write-ahead logging (journal mode is %2).")
                                .arg(QDir::toNativeSeparators(m_path), mode));
    // FULL: a clerk's PC may be switched off at the wall; WAL with NORMAL could lose the last commits.
    exec(QStringLiteral("PRAGMA synchronous = FULL"));
}

void Database::applyReadOnlyPragmas()
{
    // Settings of this connection only: none of them writes to the file.
    exec(QStringLiteral("PRAGMA foreign_keys = ON"));
    exec(QStringLiteral("PRAGMA trusted_schema = OFF"));
    exec(QStringLiteral("PRAGMA query_only = ON"));
}

void Database::migrate(int fromVersion)
{
    for (const auto &[version, fileName] : migrationFiles()) {
        if (version <= fromVersion)
            continue;
        QFile file(fileName);
        if (!file.open(QIODevice::ReadOnly))
            throw DatabaseError(DatabaseError::Kind::Other, tr("Migration %1 is missing.").arg(fileName));
        const QString script = QString::fromUtf8(file.readAll());
        Transaction transaction(*this);
        for (const QString &statement : splitSqlStatements(script))
            exec(statement);
        exec(QStringLiteral("PRAGMA application_id = %1").arg(applicationId));
        exec(QStringLiteral("PRAGMA user_version = %1").arg(version));
        transaction.commit();
    }
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
        m_database.exec(QStringLiteral("ROLLBACK"));
        throw DatabaseError(DatabaseError::Kind::Other,
                            Database::tr("An inner step of the change failed, so nothing was saved."));
    }
    try {
        m_database.exec(QStringLiteral("COMMIT"));
    } catch (const DatabaseError &) {
        m_database.m_pendingNotifications.clear();
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
    try {
        m_database.exec(QStringLiteral("ROLLBACK"));
    } catch (const DatabaseError &) {
        // Nothing more can be done in a destructor; SQLite rolls back a failed transaction itself.
    }
}

} // namespace rongpei
