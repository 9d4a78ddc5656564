#pragma once

#include "storage/ChangeJournal.h"

#include <QCoreApplication>
#include <QMap>

#include <vector>

namespace rongpei {

class AccessPolicy;
class Database;
struct RecordKind;

/// A deleted record as the recycle bin lists it.
struct DeletedRecord
{
    JournalEntry tombstone;
    const RecordKind *kind = nullptr;
    /// Its name or topic, as it was.
    QString name;
    /// Records deleted with it (a session's roll-call lines) that a restore brings back too.
    int parts = 0;
    /// Of them, how many of each table.
    QMap<QString, int> partsByTable;
};

/// The recycle bin (回收站): deleted records listed from their tombstones in the change journal,
/// restorable with the records deleted along with them, until an administrator empties it.
/// Emptying only stops listing them: the journal keeps every tombstone for the audit trail.
class RecycleBin final
{
    Q_DECLARE_TR_FUNCTIONS(rongpei::RecycleBin)

public:
    /// The deleted records of the kinds Workspace::recordKinds() names, newest first: those not
    /// restored since, not emptied, and not deleted as part of another one listed; of the units
    /// `access` may read.
    static std::vector<DeletedRecord> contents(const Database &database, const AccessPolicy &access,
                                               int limit = 2000);
    /// Puts the record of the tombstone `sequence` back as it was (same id and uuid), and the
    /// records deleted along with it; all or nothing. Returns the journal rows the restore wrote,
    /// for Workspace::announceChanges(). Throws ValidationError if it cannot be restored (a unit it
    /// belongs to is gone, its employee number is taken since …), leaving everything as it was.
    static std::vector<JournalEntry> restore(Database &database, qint64 sequence);
    /// Stops listing what the bin holds now, and deletes the stored files only its attachments
    /// held; an administrator's decision only.
    static void empty(Database &database, const AccessPolicy &access);
};

} // namespace rongpei
