#include "storage/BackupWriter.h"

#include "storage/DatabaseError.h"
#include "storage/FileInspection.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QScopeGuard>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <memory>
#include <sqlite3.h>
#include <unistd.h>

namespace rongpei {

namespace {

struct ConnectionCloser
{
    void operator()(sqlite3 *connection) const { sqlite3_close_v2(connection); }
};
using Connection = std::unique_ptr<sqlite3, ConnectionCloser>;

/// Pages copied between two looks at the cancel button: a few megabytes.
constexpr int pagesPerStep = 1024;

DatabaseError sqliteError(sqlite3 *connection, int code, const QString &path)
{
    const QString file = QDir::toNativeSeparators(path);
    const QString details = QString::fromUtf8(connection ? sqlite3_errmsg(connection) : sqlite3_errstr(code));
    switch (code & 0xFF) {
    case SQLITE_FULL:
        return {
            DatabaseError::Kind::DiskFull,
            BackupWriter::tr("The disk holding %1 is full, so the backup was not written. Free some space "
                             "and try again.")
                .arg(file),
            details};
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        return {DatabaseError::Kind::Busy,
                BackupWriter::tr("The database %1 is locked by another program; try the backup again in a "
                                 "moment.")
                    .arg(file),
                details};
    default:
        return {DatabaseError::Kind::CannotOpen,
                BackupWriter::tr("The backup could not be written to %1. Check that the folder exists, that "
                                 "you may write to it and that there is space.")
                    .arg(file),
                details};
    }
}

Connection open(const QString &name, int flags, const QString &reportedPath)
{
    sqlite3 *raw = nullptr;
    const int code = sqlite3_open_v2(name.toUtf8().constData(), &raw, flags, nullptr);
    Connection connection(raw);
    if (code != SQLITE_OK)
        throw sqliteError(connection.get(), code, reportedPath);
    return connection;
}

void run(sqlite3 *connection, const char *sql, const QString &path)
{
    const int code = sqlite3_exec(connection, sql, nullptr, nullptr, nullptr);
    if (code != SQLITE_OK)
        throw sqliteError(connection, code, path);
}

/// Makes the rename durable: the folder's entry, not only the file's pages, must reach the disk.
void syncFolder(const QString &folder)
{
    const int fd = ::open(QFile::encodeName(folder).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd >= 0) {
        ::fsync(fd);
        ::close(fd);
    }
}

/// Gives `from` the name `to` unless `to` exists, atomically where the file system can; returns
/// 0 or the errno.
int renameWithoutReplacing(const QString &from, const QString &to)
{
    const QByteArray source = QFile::encodeName(from);
    const QByteArray target = QFile::encodeName(to);
    if (::renameat2(AT_FDCWD, source.constData(), AT_FDCWD, target.constData(), RENAME_NOREPLACE) == 0)
        return 0;
    if (errno != EINVAL && errno != ENOSYS && errno != EOPNOTSUPP)
        return errno;
    // File systems without it (FAT on a USB stick, some network shares): a link fails on an
    // existing name too; failing that, check and rename.
    if (::link(source.constData(), target.constData()) == 0) {
        ::unlink(source.constData());
        return 0;
    }
    if (errno == EEXIST || QFileInfo::exists(to))
        return EEXIST;
    return ::rename(source.constData(), target.constData()) == 0 ? 0 : errno;
}

} // namespace

BackupWriter::BackupWriter(QString source, QString target)
    : m_source(std::move(source))
    , m_target(std::move(target))
{}

QString BackupWriter::temporaryNameFor(const QString &target)
{
    const QFileInfo info(target);
    return info.dir().filePath(QStringLiteral(".%1.%2.partial")
                                   .arg(info.fileName())
                                   .arg(QRandomGenerator::global()->generate64(), 16, 16, QLatin1Char('0')));
}

void BackupWriter::write(const TaskControl &control, const std::function<void(const QString &)> &verify) const
{
    const QString nativeTarget = QDir::toNativeSeparators(m_target);
    if (QFileInfo::exists(m_target) || QFileInfo(m_target).isSymLink())
        throw DatabaseError(DatabaseError::Kind::CannotOpen,
                            tr("%1 already exists; a backup is never written over an existing file. Choose "
                               "a new name.")
                                .arg(nativeTarget));

    // Claim a name of our own first, so nobody else's file is ever written over or removed.
    const QString copy = temporaryNameFor(m_target);
    QFile claim(copy);
    if (!claim.open(QIODevice::WriteOnly | QIODevice::NewOnly) ||
        !claim.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner)) // as private as the file
        throw DatabaseError(DatabaseError::Kind::CannotOpen,
                            tr("The backup %1 cannot be created. Check that the folder exists and that you "
                               "may write to it.")
                                .arg(nativeTarget),
                            claim.errorString());
    claim.close();
    auto removeCopy = qScopeGuard([&copy] {
        for (const QString &suffix :
             {QString(), QStringLiteral("-journal"), QStringLiteral("-wal"), QStringLiteral("-shm")})
            QFile::remove(copy + suffix); // names this call made, never anyone else's
    });

    copyPages(copy, control);
    verify(copy);
    // The empty log and index that the verifying read-only connection leaves are the copy's.
    QFile::remove(copy + QStringLiteral("-wal"));
    QFile::remove(copy + QStringLiteral("-shm"));
    publish(copy);
    removeCopy.dismiss();
}

void BackupWriter::copyPages(const QString &copy, const TaskControl &control) const
{
    const inspection::ReadOnlyTarget source = inspection::readOnlyTarget(m_source);
    // With SQLITE_OPEN_URI, a name is read as a URI only if it starts with "file:".
    const Connection from = open(source.databaseName, SQLITE_OPEN_READONLY | SQLITE_OPEN_URI, m_source);
    const Connection to = open(copy, SQLITE_OPEN_READWRITE, m_target);
    sqlite3_busy_timeout(from.get(), 5000);
    // The copy has no journal while it is written: were the process killed, a journal would be
    // left beside it. The source is read in one transaction, so the copy is one snapshot.
    run(to.get(), "PRAGMA journal_mode = OFF", m_target);
    run(from.get(), "BEGIN", m_source);
    run(from.get(), "SELECT count(*) FROM sqlite_schema", m_source);

    sqlite3_backup *backup = sqlite3_backup_init(to.get(), "main", from.get(), "main");
    if (!backup)
        throw sqliteError(to.get(), sqlite3_errcode(to.get()), m_target);
    int code = SQLITE_OK;
    {
        auto finish = qScopeGuard([backup] { sqlite3_backup_finish(backup); });
        while ((code = sqlite3_backup_step(backup, pagesPerStep)) == SQLITE_OK || code == SQLITE_BUSY ||
               code == SQLITE_LOCKED) {
            const int total = sqlite3_backup_pagecount(backup);
            control.progress(total - sqlite3_backup_remaining(backup), total);
            control.checkpoint();
            if (code != SQLITE_OK)
                sqlite3_sleep(50);
        }
        finish.dismiss();
        const int finished = sqlite3_backup_finish(backup);
        if (code == SQLITE_DONE)
            code = finished;
    }
    if (code != SQLITE_OK && code != SQLITE_DONE)
        throw sqliteError(to.get(), code, m_target);
    run(from.get(), "COMMIT", m_source);
    // The copy's header says write-ahead log, like its source's. Turning it into a plain file
    // would take a rollback journal beside it, which a kill could leave behind.
}

void BackupWriter::publish(const QString &copy) const
{
    if (const int error = renameWithoutReplacing(copy, m_target); error != 0) {
        throw DatabaseError(DatabaseError::Kind::CannotOpen,
                            error == EEXIST
                                ? tr("%1 appeared while the backup was written; it was left as it was and "
                                     "the backup was not saved. Choose a new name.")
                                      .arg(QDir::toNativeSeparators(m_target))
                                : tr("The backup could not be saved as %1. Check that you may write to the "
                                     "folder.")
                                      .arg(QDir::toNativeSeparators(m_target)),
                            QString::fromLocal8Bit(std::strerror(error)));
    }
    syncFolder(QFileInfo(m_target).absolutePath());
}

} // namespace rongpei
