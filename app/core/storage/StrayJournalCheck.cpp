#include "storage/StrayJournalCheck.h"

#include "storage/Database.h"
#include "storage/FileInspection.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <fcntl.h>
#include <unistd.h>

namespace rongpei {

namespace {

// Where SQLite's unix VFS takes its locks (os_unix.c): every connection to a file in WAL mode
// holds a read lock on this byte of the -shm; a writer in rollback-journal mode holds the
// reserved byte of the file itself.
constexpr off_t sharedMemoryDeadManSwitch = 128;
constexpr off_t reservedLockByte = 0x40000001;

/// True when another process holds a lock on `offset` of `file`; never takes a lock.
bool lockedByAnotherProcess(const QString &file, off_t offset)
{
    const int fd = ::open(QFile::encodeName(file).constData(), O_RDONLY | O_CLOEXEC | O_NONBLOCK);
    if (fd < 0)
        return false;
    struct flock probe = {};
    probe.l_type = F_WRLCK;
    probe.l_whence = SEEK_SET;
    probe.l_start = offset;
    probe.l_len = 1;
    const bool locked = ::fcntl(fd, F_GETLK, &probe) == 0 && probe.l_type != F_UNLCK;
    ::close(fd);
    return locked;
}

bool hasContent(const QString &file)
{
    QFile journal(file);
    if (!journal.open(QIODevice::ReadOnly))
        return false;
    const QByteArray first = journal.read(1);
    return !first.isEmpty() && first.at(0) != '\0'; // SQLite ignores a journal that starts with zero
}

/// The uuid of the file_identity row (empty in a file older than schema 3), read on a
/// connection of its own, which may write (and so apply a journal) only if `applyJournal`.
QString identityOf(const QString &path, bool applyJournal)
{
    const QString name = inspection::nextConnectionName();
    try {
        inspection::openConnection(name, path,
                                   applyJournal ? QString() : QStringLiteral("QSQLITE_OPEN_READONLY"));
    } catch (const DatabaseError &) {
        return {};
    }
    QString uuid;
    {
        QSqlQuery query(QSqlDatabase::database(name, false));
        if (query.exec(QStringLiteral("SELECT uuid FROM file_identity WHERE id = 1")) && query.next())
            uuid = query.value(0).toString();
    }
    inspection::closeConnection(name);
    return uuid;
}

} // namespace

bool StrayJournalCheck::isInUseByAnotherProcess(const QString &path)
{
    const QString sharedMemory = path + QStringLiteral("-shm");
    return QFileInfo::exists(sharedMemory) && lockedByAnotherProcess(sharedMemory, sharedMemoryDeadManSwitch);
}

QString StrayJournalCheck::pendingJournal(const QString &path)
{
    const QString wal = path + QStringLiteral("-wal");
    if (hasContent(wal) && !isInUseByAnotherProcess(path))
        return wal;
    const QString journal = path + QStringLiteral("-journal");
    if (hasContent(journal) && !lockedByAnotherProcess(path, reservedLockByte))
        return journal;
    return {};
}

void StrayJournalCheck::requireOwnJournals(const QString &path)
{
    // A file that is not RongPei's is refused by its identity, and never written to.
    if (inspection::isOpenInThisProcess(path) ||
        inspection::headerApplicationId(path) != Database::applicationId)
        return;
    const QString journal = pendingJournal(path);
    if (journal.isEmpty())
        return;

    const QString native = QDir::toNativeSeparators(path);
    const QString nativeJournal = QDir::toNativeSeparators(journal);
    QTemporaryDir folder;
    const QString copy = folder.filePath(QStringLiteral("copy.db"));
    const QString journalCopy = copy + journal.mid(path.size());
    const bool copied = folder.isValid() && QFile::copy(path, copy);
    const QString fileIdentity = copied ? identityOf(copy, false) : QString();
    for (const QString &suffix : {QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(copy + suffix); // the empty ones a read-only connection may leave
    if (!copied || !QFile::copy(journal, journalCopy))
        throw DatabaseError(DatabaseError::Kind::CannotOpen,
                            tr("Beside the database %1 lies %2, left when a program stopped. RongPei applies "
                               "it to a copy first, but could not make the copy in %3: free some space there "
                               "and try again. The database was left unchanged.")
                                .arg(native, nativeJournal, QDir::toNativeSeparators(QDir::tempPath())),
                            folder.errorString());
    try {
        inspection::inspectWritable(copy, inspection::CheckDepth::Integrity);
        // Every write transaction leaves the writing file's identity row in its journal. A file
        // that cannot be read without its journal is half-written: its own journal, then.
        if (const QString journalIdentity = identityOf(copy, true);
            !fileIdentity.isEmpty() && journalIdentity != fileIdentity)
            throw DatabaseError(
                DatabaseError::Kind::StrayJournal, QString(),
                QStringLiteral("the journal was written by the database %1, not by this one (%2)")
                    .arg(journalIdentity, fileIdentity));
    } catch (const DatabaseError &error) {
        // The copy's findings are about the file: name the file, not the copy.
        const QString finding = QString(error.message()).replace(QDir::toNativeSeparators(copy), native);
        if (error.kind() == DatabaseError::Kind::NewerSchema)
            throw DatabaseError(error.kind(), finding, error.details());
        throw DatabaseError(
            DatabaseError::Kind::StrayJournal,
            tr("Beside the database %1 lies %2, which does not belong to it: applying it would "
               "damage the database. Move %2 to another folder (do not delete it yet) and "
               "open the database again; it then opens as it was when last saved. The "
               "database was left unchanged.")
                .arg(native, nativeJournal),
            finding + u'\n' + error.details());
    }
}

} // namespace rongpei
