#include "storage/FileInspection.h"

#include "storage/Database.h"
#include "storage/SchemaCatalog.h"

#include <QAtomicInteger>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QMutex>
#include <QScopeGuard>
#include <QSqlError>
#include <QUrl>
#include <QtEndian>

#include <unistd.h>

namespace rongpei::inspection {

namespace {

constexpr int sqliteHeaderSize = 100;

QVariant firstValue(QSqlQuery query)
{
    return query.next() ? query.value(0) : QVariant();
}

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
    if (depth == CheckDepth::Integrity)
        return {QStringLiteral("PRAGMA integrity_check")};
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

StatementRunner runnerOn(const QString &connectionName, const QString &path)
{
    return [connectionName, path](const QString &sql) {
        QSqlQuery query(QSqlDatabase::database(connectionName, false));
        if (!query.exec(sql))
            throw DatabaseError::fromSqlError(query.lastError(), path);
        return query;
    };
}

} // namespace

QString nextConnectionName()
{
    static QAtomicInteger<int> counter;
    return QStringLiteral("rongpei-%1").arg(counter.fetchAndAddRelaxed(1));
}

namespace {

struct OpenFiles
{
    QMutex mutex;
    QHash<QString, int> counts;
};

OpenFiles &openFiles()
{
    static OpenFiles files;
    return files;
}

QString identityOf(const QString &path)
{
    const QFileInfo info(path);
    const QString canonical = info.canonicalFilePath();
    return canonical.isEmpty() ? info.absoluteFilePath() : canonical;
}

} // namespace

bool isOpenInThisProcess(const QString &path)
{
    OpenFiles &files = openFiles();
    const QMutexLocker lock(&files.mutex);
    return files.counts.value(identityOf(path)) > 0;
}

QString noteOpened(const QString &path)
{
    OpenFiles &files = openFiles();
    const QMutexLocker lock(&files.mutex);
    const QString key = identityOf(path);
    ++files.counts[key];
    return key;
}

void noteClosed(const QString &key)
{
    OpenFiles &files = openFiles();
    const QMutexLocker lock(&files.mutex);
    if (--files.counts[key] <= 0)
        files.counts.remove(key);
}

HeaderState readHeader(const QString &path)
{
    QFile file(path);
    const QString native = QDir::toNativeSeparators(path);
    if (!file.open(QIODevice::ReadOnly))
        throw DatabaseError(
            DatabaseError::Kind::CannotOpen,
            Database::tr("The database %1 cannot be read. Check that you may read it.").arg(native),
            file.errorString());
    const QByteArray header = file.read(sqliteHeaderSize);
    if (header.isEmpty())
        return HeaderState::Empty;
    if (header.size() < sqliteHeaderSize || !header.startsWith(QByteArrayView("SQLite format 3\0", 16)))
        throw DatabaseError(
            DatabaseError::Kind::NotSqlite,
            Database::tr("%1 is not a RongPei database: its file format is not recognised.").arg(native));
    return HeaderState::Sqlite;
}

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

void requireRegularFiles(const QString &path)
{
    for (const QString &suffix :
         {QString(), QStringLiteral("-journal"), QStringLiteral("-wal"), QStringLiteral("-shm")}) {
        const QFileInfo info(path + suffix);
        if (!info.exists() || info.isFile() || (suffix.isEmpty() && info.isDir()))
            continue;
        const QString native = QDir::toNativeSeparators(info.absoluteFilePath());
        throw DatabaseError(
            DatabaseError::Kind::CannotOpen,
            suffix.isEmpty()
                ? Database::tr("%1 is not a file but a device, a pipe or a socket, so it cannot be a "
                               "database. Choose the database file itself.")
                      .arg(native)
                : Database::tr("Beside the database %1 lies %2, which is not a file but a device, a pipe "
                               "or a socket. Move it away to open the database; the database was left "
                               "unchanged.")
                      .arg(QDir::toNativeSeparators(path), native));
    }
}

int inspect(const QString &path, const StatementRunner &run, bool allowBlank, CheckDepth depth)
{
    const QString native = QDir::toNativeSeparators(path);
    const qint32 applicationId = firstValue(run(QStringLiteral("PRAGMA application_id"))).toInt();
    const int userVersion = firstValue(run(QStringLiteral("PRAGMA user_version"))).toInt();
    const int schemaObjects = firstValue(run(QStringLiteral("SELECT count(*) FROM sqlite_schema"))).toInt();

    const bool blank = applicationId == 0 && userVersion == 0 && schemaObjects == 0;
    if (blank && !allowBlank)
        throw DatabaseError(
            DatabaseError::Kind::ForeignApplication,
            Database::tr("%1 is an empty database of another kind, not a RongPei database.").arg(native));
    if (!blank && applicationId != Database::applicationId)
        throw DatabaseError(
            DatabaseError::Kind::ForeignApplication,
            Database::tr("%1 is a database of another program, not a RongPei database. It was "
                         "left unchanged.")
                .arg(native));
    if (userVersion > Database::latestSchemaVersion())
        throw DatabaseError(
            DatabaseError::Kind::NewerSchema,
            Database::tr("%1 was written by a newer version of RongPei (file format %2; this version "
                         "understands up to %3). Install the newer RongPei to open it; the file "
                         "was left unchanged.")
                .arg(native)
                .arg(userVersion)
                .arg(Database::latestSchemaVersion()));
    if (!blank)
        SchemaCatalog::verify(path, run, userVersion);

    QStringList problems;
    for (const QString &statement : quickChecks(run, depth)) {
        QSqlQuery check = run(statement);
        while (check.next())
            if (const QString result = check.value(0).toString(); result != QStringLiteral("ok"))
                problems.append(result);
    }
    if (!problems.isEmpty())
        throw DatabaseError(DatabaseError::Kind::Corrupt,
                            Database::tr("The database %1 is damaged. It was left unchanged; restore it "
                                         "from a backup.")
                                .arg(native),
                            problems.mid(0, 20).join(u'\n'));
    return userVersion;
}

bool canWriteBeside(const QString &path)
{
    const QString folder = QFileInfo(path).absolutePath();
    return ::access(QFile::encodeName(folder).constData(), W_OK) == 0 &&
           ::access(QFile::encodeName(path).constData(), W_OK) == 0;
}

ReadOnlyTarget readOnlyTarget(const QString &path)
{
    const QString folder = QFileInfo(path).absolutePath();
    const bool canMakeIndex = ::access(QFile::encodeName(folder).constData(), W_OK) == 0;
    if (canMakeIndex || QFileInfo::exists(path + QStringLiteral("-wal")))
        return {path, QStringLiteral("QSQLITE_OPEN_READONLY")};
    QUrl uri = QUrl::fromLocalFile(path);
    uri.setQuery(QStringLiteral("immutable=1"));
    return {uri.toString(QUrl::FullyEncoded), QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_OPEN_URI")};
}

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

int inspectReadOnly(const QString &path, bool allowBlank, CheckDepth depth)
{
    const QString name = nextConnectionName();
    const ReadOnlyTarget target = readOnlyTarget(path);
    openConnection(name, target.databaseName, target.options);
    const auto cleanup = qScopeGuard([&name] { closeConnection(name); });
    return inspect(path, runnerOn(name, path), allowBlank, depth);
}

int inspectWritable(const QString &path, CheckDepth depth)
{
    const QString name = nextConnectionName();
    openConnection(name, path, QString());
    const auto cleanup = qScopeGuard([&name] { closeConnection(name); });
    return inspect(path, runnerOn(name, path), false, depth);
}

} // namespace rongpei::inspection
