#pragma once

#include <QCoreApplication>
#include <QString>

namespace rongpei {

/// SQLite applies whatever `-journal` or `-wal` lies beside a file, even one of another
/// database, and a stray one can destroy a good file. Before RongPei's file is opened, a
/// journal that SQLite would apply (one no other program is using) is applied to a private
/// copy first, and the file is opened only if the copy comes out a healthy RongPei database.
class StrayJournalCheck final
{
    Q_DECLARE_TR_FUNCTIONS(rongpei::StrayJournalCheck)

public:
    /// Throws DatabaseError (Kind::StrayJournal) naming the journal to move away, or
    /// Kind::CannotOpen when the copy cannot be made; the file and its journals stay as they were.
    static void requireOwnJournals(const QString &path);

    /// True when another process has the file open with its write-ahead log.
    static bool isInUseByAnotherProcess(const QString &path);

private:
    static QString pendingJournal(const QString &path);
};

} // namespace rongpei
