#pragma once

// Storage's own reading of a file before it is trusted: its header, its identity, its schema
// and its pages, on connections that cannot write. Used by Database and the backup only.

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>

#include <functional>

namespace rongpei::inspection {

/// How much of the file a check reads.
enum class CheckDepth
{
    /// The file's identity, schema version and schema only.
    Identity,
    /// Every table but the bulk ones: what opening a file can afford at every start.
    Opening,
    /// Every page: rongpei-cli check and the verification of a backup.
    Full,
    /// Every page, and every index against its table: a journal applied to a private copy,
    /// where pages of another database may sit well-formed in the wrong file.
    Integrity
};

enum class HeaderState
{
    Empty,
    Sqlite
};

using StatementRunner = std::function<QSqlQuery(const QString &)>;

QString nextConnectionName();

/// The files this process holds open through a Database. Reading such a file with a file
/// descriptor of our own would release SQLite's POSIX locks on it when the descriptor closes,
/// so a file already open here is neither read raw nor inspected again.
bool isOpenInThisProcess(const QString &path);
/// Returns the key to hand to noteClosed(): the file's identity as it was when opened.
QString noteOpened(const QString &path);
void noteClosed(const QString &key);

/// Looks at the file's first bytes without SQLite, so a foreign file is never handed to it.
HeaderState readHeader(const QString &path);
/// The application id as written in the file's header, read without SQLite.
qint32 headerApplicationId(const QString &path);

/// Refuses at once what is not a regular file (a pipe, a device, a socket): reading one
/// could hang or consume it. Checks the file and the journals SQLite would open beside it.
void requireRegularFiles(const QString &path);

/// Identifies the file, verifies its schema and runs quick_check, reading only; throws on
/// any problem. Returns the schema version found (0 for a blank file that may be initialised).
int inspect(const QString &path, const StatementRunner &run, bool allowBlank, CheckDepth depth);

/// The name and connect options of a connection that cannot write. On read-only media, where
/// SQLite cannot make the write-ahead log's index beside the file, the file is opened as
/// immutable: nothing else can change it there.
/// True if the file and its folder may be written: SQLite makes its journals beside the file.
bool canWriteBeside(const QString &path);

struct ReadOnlyTarget
{
    QString databaseName;
    QString options;
};
ReadOnlyTarget readOnlyTarget(const QString &path);

/// Opens a QSQLITE connection; the caller closes it with closeConnection().
QSqlDatabase openConnection(const QString &name, const QString &path, const QString &options);
void closeConnection(const QString &name);

/// inspect() on a connection that cannot write, so nothing about the file changes.
int inspectReadOnly(const QString &path, bool allowBlank, CheckDepth depth);

/// inspect() on a connection that may write: for a private copy only.
int inspectWritable(const QString &path, CheckDepth depth);

} // namespace rongpei::inspection
