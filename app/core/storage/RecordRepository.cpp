#include "storage/RecordRepository.h"

#include "storage/Database.h"

namespace rongpei {

RecordRepository::RecordRepository(Database &database, QObject *parent)
    : QObject(parent)
    , m_database(database)
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

} // namespace rongpei
