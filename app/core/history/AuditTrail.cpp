#include "history/AuditTrail.h"

#include "Workspace.h"
#include "accounts/AccessPolicy.h"
#include "storage/ChangeJournal.h"
#include "storage/Database.h"
#include "storage/SqlList.h"

#include <QHash>
#include <QSqlQuery>

#include <algorithm>

namespace rongpei {

namespace {

/// The tables of a kind: its own and its parts'; every journalled table for all kinds.
QStringList tablesOf(const Database &database, const QString &kindCode)
{
    if (kindCode.isEmpty())
        return ChangeJournal::journalledTables(database);
    QStringList tables;
    for (const RecordKind &kind : Workspace::recordKinds()) {
        if (kind.code != kindCode)
            continue;
        tables.append(kind.table);
        for (const RecordChildren &children : kind.children)
            tables.append(children.table);
    }
    return tables;
}

/// The kind a table's rows belong to, for its label.
QString kindLabel(const QString &table)
{
    for (const RecordKind &kind : Workspace::recordKinds()) {
        if (kind.table == table)
            return kind.label;
        for (const RecordChildren &children : kind.children)
            if (children.table == table)
                return kind.label + QStringLiteral(" · ") + children.label;
    }
    if (table == QLatin1String("account"))
        return AuditTrail::tr("User");
    if (table == QLatin1String("account_unit"))
        return AuditTrail::tr("User · works for");
    if (table == QLatin1String("opening_hours"))
        return AuditTrail::tr("Opening hours");
    if (table == QLatin1String("study_group_member"))
        return AuditTrail::tr("Committee study group");
    return AuditTrail::tr("Study rules"); // the rule tables: kinds, conversions, requirements …
}

const QStringList nameColumns{QStringLiteral("name"), QStringLiteral("topic")};

/// What a change's record is called, its name or a session's topic: as a row of the batch left it
/// (an update names only what it changed), else as the record is now.
class RecordNames
{
public:
    RecordNames(const Database &database, const std::vector<JournalEntry> &entries)
        : m_database(database)
    {
        for (const JournalEntry &entry : entries)
            for (const QString &column : nameColumns)
                if (const QVariant value = entry.value(column);
                    !value.isNull() && !m_names.contains(entry.recordUuid))
                    m_names.insert(entry.recordUuid, value.toString());
    }

    QString of(const JournalEntry &entry)
    {
        if (const auto known = m_names.constFind(entry.recordUuid); known != m_names.cend())
            return *known;
        QString name = entry.recordUuid;
        if (const QString column = nameColumnOf(entry.table); !column.isEmpty()) {
            QSqlQuery live = m_database.prepare(QStringLiteral("SELECT \"%1\" FROM \"%2\" WHERE uuid = ?")
                                                    .arg(column, QString(entry.table).remove(u'"')));
            live.addBindValue(entry.recordUuid);
            if (const QVariant value = m_database.scalar(live); value.isValid() && !value.isNull())
                name = value.toString();
        }
        m_names.insert(entry.recordUuid, name);
        return name;
    }

private:
    /// The table's column that names its records, looked up once per table; empty if none.
    QString nameColumnOf(const QString &table)
    {
        if (const auto known = m_nameColumns.constFind(table); known != m_nameColumns.cend())
            return *known;
        QString found;
        for (const QString &column : nameColumns) {
            QSqlQuery has =
                m_database.prepare(QStringLiteral("SELECT 1 FROM pragma_table_info(?) WHERE name = ?"));
            has.addBindValue(table);
            has.addBindValue(column);
            if (m_database.scalar(has).isValid()) {
                found = column;
                break;
            }
        }
        m_nameColumns.insert(table, found);
        return found;
    }

    const Database &m_database;
    QHash<QString, QString> m_names;
    QHash<QString, QString> m_nameColumns;
};

} // namespace

std::vector<AuditLine> AuditTrail::lines(const Database &database, const AuditFilter &filter,
                                         const AccessPolicy &access, bool *truncated)
{
    std::optional<QSet<qint64>> units = filter.units;
    if (const std::optional<QSet<qint64>> &readable = access.units())
        units = units ? units->intersect(*readable) : *readable;
    const QString from =
        filter.from.isValid() ? filter.from.startOfDay().toUTC().toString(Qt::ISODateWithMs) : QString();
    const QString to = filter.to.isValid()
                           ? filter.to.addDays(1).startOfDay().toUTC().toString(Qt::ISODateWithMs)
                           : QString();
    QSqlQuery query = database.prepare(
        QStringLiteral("SELECT j.seq FROM journal j LEFT JOIN journal_transaction t ON t.id = j.txn "
                       "WHERE j.operation IN ('insert', 'update', 'delete') AND j.table_name IN %1 "
                       "AND (? = '' OR t.user = ?) AND (? = '' OR j.at >= ?) AND (? = '' OR j.at < ?) "
                       "AND (? = 0 OR j.branch_id IS NULL OR j.branch_id IN %1) ORDER BY j.seq DESC LIMIT ?")
            .arg(SqlList::values()));
    query.addBindValue(SqlList::bound(tablesOf(database, filter.kind)));
    for (const QString &value : {filter.user, from, to}) {
        const QString text = value.isNull() ? QStringLiteral("") : value; // a null QString binds NULL
        query.addBindValue(text);
        query.addBindValue(text);
    }
    query.addBindValue(units ? 1 : 0);
    query.addBindValue(SqlList::bound(units ? QList<qint64>(units->begin(), units->end()) : QList<qint64>()));
    query.addBindValue(filter.limit + 1);
    database.exec(query);
    QList<qint64> sequences;
    while (query.next())
        sequences.append(query.value(0).toLongLong());
    if (truncated)
        *truncated = sequences.size() > filter.limit;
    if (sequences.size() > filter.limit)
        sequences.removeLast();

    std::vector<JournalEntry> entries = ChangeJournal::entries(database, sequences);
    QHash<qint64, const JournalEntry *> bySequence;
    for (const JournalEntry &entry : entries)
        bySequence.insert(entry.sequence, &entry);
    RecordNames names(database, entries);
    std::vector<AuditLine> lines;
    for (const HistoryLine &change : RecordHistory::describe(database, entries)) {
        const JournalEntry *entry = bySequence.value(change.sequence);
        AuditLine line;
        line.change = change;
        line.user = entry->user;
        line.kind = kindLabel(entry->table);
        line.record = names.of(*entry);
        line.unitId = entry->branchId;
        lines.push_back(std::move(line));
    }
    std::stable_sort(lines.begin(), lines.end(), [](const AuditLine &a, const AuditLine &b) {
        return a.change.sequence > b.change.sequence;
    });
    return lines;
}

QStringList AuditTrail::users(const Database &database)
{
    QSqlQuery query = database.prepare(QStringLiteral(
        "SELECT DISTINCT user FROM journal_transaction WHERE user <> '' ORDER BY user COLLATE NOCASE"));
    database.exec(query);
    QStringList users;
    while (query.next())
        users.append(query.value(0).toString());
    return users;
}

} // namespace rongpei
