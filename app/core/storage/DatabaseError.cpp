#include "storage/DatabaseError.h"

#include <QDir>
#include <QSqlError>

namespace rongpei {

namespace {

// Primary SQLite result codes, as QSQLITE reports them in nativeErrorCode().
enum SqliteCode
{
    Busy = 5,
    Locked = 6,
    ReadOnly = 8,
    IoError = 10,
    Corrupt = 11,
    Full = 13,
    CantOpen = 14,
    Constraint = 19,
    NotADatabase = 26,
    ReadOnlyRollback = 776, // extended: a read-only connection met a journal that needs rolling back
};

} // namespace

DatabaseError::DatabaseError(Kind kind, const QString &message, const QString &details)
    : std::runtime_error(message.toStdString())
    , m_kind(kind)
    , m_message(message)
    , m_details(details)
{}

DatabaseError DatabaseError::fromSqlError(const QSqlError &error, const QString &path)
{
    return fromSqliteCode(error.nativeErrorCode().toInt(), error.text(), path);
}

DatabaseError DatabaseError::fromSqliteCode(int code, const QString &detail, const QString &path)
{
    const QString file = QDir::toNativeSeparators(path);
    if (code == ReadOnlyRollback)
        return {Kind::NeedsRecovery,
                tr("The database %1 was left half-written when a program stopped, and must be recovered "
                   "before it can be read. RongPei recovers its own databases when it opens them; this file "
                   "was left unchanged.")
                    .arg(file),
                detail};
    // QSQLITE may report extended result codes; the low byte is the primary code.
    switch (code & 0xFF) {
    case Busy:
    case Locked:
        return {Kind::Busy,
                tr("The database %1 is being changed by another program. Nothing was saved; "
                   "try again in a moment.")
                    .arg(file),
                detail};
    case ReadOnly:
        return {Kind::ReadOnly,
                tr("The database %1 can only be read, not written. Nothing was saved; check "
                   "the file's permissions or copy it to a writable folder.")
                    .arg(file),
                detail};
    case Full:
        return {Kind::DiskFull,
                tr("The disk holding %1 is full. Nothing was saved; free some space and "
                   "try again.")
                    .arg(file),
                detail};
    case Corrupt:
        return {Kind::Corrupt, tr("The database %1 is damaged. Restore it from a backup.").arg(file), detail};
    case NotADatabase:
        return {Kind::NotSqlite, tr("%1 is not a RongPei database.").arg(file), detail};
    case CantOpen:
        return {Kind::CannotOpen,
                tr("The database %1 cannot be opened. Check that the file and its folder exist and "
                   "that you may read them.")
                    .arg(file),
                detail};
    case IoError:
        return {Kind::Other,
                tr("Reading or writing %1 failed; the disk or the connection to it may be at fault. "
                   "Nothing was saved.")
                    .arg(file),
                detail};
    case Constraint:
        return {Kind::Constraint, tr("The change conflicts with existing records. Nothing was saved."),
                detail};
    default:
        return {Kind::Other, tr("Working with the database %1 failed. Nothing was saved.").arg(file), detail};
    }
}

} // namespace rongpei
