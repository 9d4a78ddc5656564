#include "storage/RowReferences.h"

#include "storage/Database.h"

namespace rongpei {

namespace {

QString quoted(QString identifier)
{
    return u'"' + identifier.replace(u'"', QStringLiteral("\"\"")) + u'"';
}

} // namespace

RowReferences::RowReferences(const Database &database)
    : m_database(database)
{}

void RowReferences::describe(const QString &table, Describer describer)
{
    m_describers[table] = std::move(describer);
}

QList<RowReferences::ForeignKey> RowReferences::restrictingKeysTo(const QString &table) const
{
    QSqlQuery query = m_database.prepare(QStringLiteral(
        "SELECT m.name, f.\"from\", f.on_delete FROM sqlite_schema m, pragma_foreign_key_list(m.name) f "
        "WHERE m.type = 'table' AND f.\"table\" = ? ORDER BY m.name, f.\"from\""));
    query.addBindValue(table);
    m_database.exec(query);
    QList<ForeignKey> keys;
    while (query.next())
        if (query.value(2).toString().compare(QStringLiteral("CASCADE"), Qt::CaseInsensitive) != 0 &&
            query.value(2).toString().compare(QStringLiteral("SET NULL"), Qt::CaseInsensitive) != 0)
            keys.append({query.value(0).toString(), query.value(1).toString()});
    return keys;
}

QStringList RowReferences::blocking(const QString &table, qint64 id) const
{
    std::map<QString, qint64> counts;
    for (const ForeignKey &key : restrictingKeysTo(table)) {
        if (key.table == table)
            continue; // a tree's own children: its repository words those itself
        QSqlQuery count = m_database.prepare(QStringLiteral("SELECT count(*) FROM %1 WHERE %2 = ?")
                                                 .arg(quoted(key.table), quoted(key.column)));
        count.addBindValue(id);
        if (const qint64 rows = m_database.scalar(count).toLongLong(); rows > 0)
            counts[key.table] += rows;
    }
    QStringList words;
    qint64 unnamed = 0;
    for (const auto &[referring, rows] : counts) {
        const auto describer = m_describers.find(referring);
        if (describer == m_describers.end())
            unnamed += rows;
        else
            words.append(describer->second(rows));
    }
    if (unnamed > 0)
        words.append(tr("%n other records", nullptr, static_cast<int>(unnamed)));
    return words;
}

} // namespace rongpei
