#include "storage/RecordRepository.h"

#include "storage/ChangeJournal.h"
#include "storage/Database.h"

#include <map>

namespace rongpei {

RecordRepository::RecordRepository(Database &database, QString table, QObject *parent)
    : QObject(parent)
    , m_database(database)
    , m_table(std::move(table))
{}

void RecordRepository::notifyAdded(qint64 id)
{
    m_database.afterCommit([this, id] { emit recordAdded(id); });
}

void RecordRepository::notifyChanged(qint64 id)
{
    m_database.afterCommit([this, id] { emit recordChanged(id); });
}

void RecordRepository::notifyRemoved(qint64 id)
{
    m_database.afterCommit([this, id] { emit recordRemoved(id); });
}

std::optional<RecordRepository::ConcernedRecord>
RecordRepository::concernedRecord(const JournalEntry &entry) const
{
    if (entry.table != m_table || entry.recordId == 0)
        return std::nullopt;
    return ConcernedRecord{entry.recordId, true};
}

void RecordRepository::announceChanges(const std::vector<JournalEntry> &entries)
{
    struct Fate
    {
        bool inserted = false; // first seen being inserted
        bool deleted = false;  // last seen being deleted
    };
    std::map<qint64, Fate> fates; // in id order: a stable order for the views
    for (const JournalEntry &entry : entries) {
        const std::optional<ConcernedRecord> record = concernedRecord(entry);
        if (!record || record->id == 0)
            continue;
        const bool first = !fates.contains(record->id);
        Fate &fate = fates[record->id];
        if (!record->itself)
            continue;
        if (first)
            fate.inserted = entry.operation == JournalOperation::Insert;
        fate.deleted = entry.operation == JournalOperation::Delete;
        if (entry.operation == JournalOperation::Insert)
            fate.deleted = false;
    }
    for (const auto &[id, fate] : fates) {
        if (fate.inserted && fate.deleted)
            continue; // came and went while this window was not looking
        if (fate.deleted)
            emit recordRemoved(id);
        else if (fate.inserted)
            emit recordAdded(id);
        else
            emit recordChanged(id);
    }
}

} // namespace rongpei
