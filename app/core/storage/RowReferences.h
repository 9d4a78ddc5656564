#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <functional>
#include <map>

namespace rongpei {

class Database;

/// What keeps a record from being deleted: the rows of other tables whose foreign keys point
/// at it without ON DELETE CASCADE, found from the schema itself, so a module added later is
/// counted without this code knowing it. Each module names its own tables for the user.
class RowReferences final
{
    Q_DECLARE_TR_FUNCTIONS(rongpei::RowReferences)

public:
    /// Turns a count of referring rows into words for the user ("the roll calls of 3 study sessions").
    using Describer = std::function<QString(qint64 count)>;

    explicit RowReferences(const Database &database);

    /// Names the rows of `table` for refusals; a table nobody named is told as "other records".
    void describe(const QString &table, Describer describer);

    /// The referring rows that block deleting row `id` of `table`, in words, one entry per
    /// referring table; empty if nothing blocks it.
    QStringList blocking(const QString &table, qint64 id) const;

private:
    struct ForeignKey
    {
        QString table;
        QString column;
    };
    QList<ForeignKey> restrictingKeysTo(const QString &table) const;

    const Database &m_database;
    std::map<QString, Describer> m_describers;
};

} // namespace rongpei
