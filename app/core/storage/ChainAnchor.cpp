#include "storage/ChainAnchor.h"

#include "storage/Database.h"

#include <QSqlQuery>

namespace rongpei {

namespace {

QString fileUuid(const Database &database)
{
    QSqlQuery query = database.prepare(QStringLiteral("SELECT uuid FROM file_identity WHERE id = 1"));
    return database.scalar(query).toString();
}

} // namespace

ChainAnchor::ChainAnchor(const Database &database)
    : m_key(QStringLiteral("audit/") + fileUuid(database))
    , m_settings(std::make_shared<QSettings>())
{}

ChainHead ChainAnchor::seen() const
{
    return ChainHead::fromText(m_settings->value(m_key).toString());
}

void ChainAnchor::see(const ChainHead &head) const
{
    if (head.isEmpty() || head.seq <= seen().seq)
        return;
    m_settings->setValue(m_key, head.toText());
}

void ChainAnchor::forget() const
{
    m_settings->remove(m_key);
}

bool ChainAnchor::stillHolds(const Database &database) const
{
    const ChainHead head = seen();
    if (head.isEmpty())
        return true;
    QSqlQuery row = database.prepare(QStringLiteral("SELECT seal FROM journal WHERE seq = ?"));
    row.addBindValue(head.seq);
    database.exec(row);
    return row.next() && row.value(0).toByteArray() == head.seal;
}

} // namespace rongpei
