#include "storage/ChangeJournal.h"

#include "storage/ChangeJournalTriggers.h"
#include "storage/Database.h"
#include "storage/SqlList.h"

namespace rongpei {

namespace {

inspection::StatementRunner runner(const Database &database)
{
    return [&database](const QString &sql) { return database.exec(sql); };
}

const QString entryColumns = QStringLiteral(
    "j.seq, coalesce(j.txn, 0), j.at, j.table_name, coalesce(j.record_id, 0), coalesce(j.record_uuid, ''), "
    "j.operation, coalesce(j.branch_id, 0), coalesce(j.dated_on, ''), coalesce(t.device, ''), "
    "coalesce(t.user, ''), "
    "coalesce(t.program, ''), f.field, f.before, f.after");

const QString entryJoins = QStringLiteral(" FROM journal j LEFT JOIN journal_transaction t ON t.id = j.txn "
                                          "LEFT JOIN journal_field f ON f.seq = j.seq");

/// Reads the rows of a query over entryColumns ordered by seq and field, one entry per seq.
std::vector<JournalEntry> entriesFrom(const Database &database, QSqlQuery &query)
{
    database.exec(query);
    std::vector<JournalEntry> entries;
    while (query.next()) {
        const qint64 sequence = query.value(0).toLongLong();
        if (entries.empty() || entries.back().sequence != sequence) {
            JournalEntry entry;
            entry.sequence = sequence;
            entry.transaction = query.value(1).toLongLong();
            entry.at = QDateTime::fromString(query.value(2).toString(), Qt::ISODateWithMs);
            entry.table = query.value(3).toString();
            entry.recordId = query.value(4).toLongLong();
            entry.recordUuid = query.value(5).toString();
            entry.operation = ChangeJournal::operationFromCode(query.value(6).toString())
                                  .value_or(JournalOperation::Update);
            entry.branchId = query.value(7).toLongLong();
            entry.datedOn = QDate::fromString(query.value(8).toString(), Qt::ISODate);
            entry.device = query.value(9).toString();
            entry.user = query.value(10).toString();
            entry.program = query.value(11).toString();
            entries.push_back(std::move(entry));
        }
        if (!query.isNull(12))
            entries.back().fields.push_back({query.value(12).toString(), query.value(13), query.value(14)});
    }
    return entries;
}

} // namespace

const FieldChange *JournalEntry::field(const QString &name) const
{
    for (const FieldChange &change : fields)
        if (change.field == name)
            return &change;
    return nullptr;
}

QVariant JournalEntry::value(const QString &name) const
{
    const FieldChange *change = field(name);
    if (change == nullptr)
        return {};
    return operation == JournalOperation::Delete ? change->before : change->after;
}

qint64 ChangeJournal::lastSequence(const Database &database)
{
    QSqlQuery query = database.prepare(QStringLiteral("SELECT coalesce(max(seq), 0) FROM journal"));
    return database.scalar(query).toLongLong();
}

std::vector<JournalEntry> ChangeJournal::changesSince(const Database &database, qint64 sequence,
                                                      const JournalFilter &filter)
{
    // The limit applies to journal rows, not to their fields: it picks the range of seq first.
    QString sql = QStringLiteral("SELECT %1%2 WHERE j.seq > ?").arg(entryColumns, entryJoins);
    if (!filter.tables.isEmpty())
        sql += QStringLiteral(" AND j.table_name IN ") + SqlList::values();
    if (!filter.branchIds.isEmpty())
        sql += QStringLiteral(" AND j.branch_id IN ") + SqlList::values();
    if (filter.limit > 0)
        sql += QStringLiteral(" AND j.seq <= (SELECT max(seq) FROM (SELECT seq FROM journal WHERE seq > ? "
                              "ORDER BY seq LIMIT ?))");
    sql += QStringLiteral(" ORDER BY j.seq, f.field");
    QSqlQuery query = database.prepare(sql);
    query.addBindValue(sequence);
    if (!filter.tables.isEmpty())
        query.addBindValue(SqlList::bound(filter.tables));
    if (!filter.branchIds.isEmpty())
        query.addBindValue(SqlList::bound(filter.branchIds));
    if (filter.limit > 0) {
        query.addBindValue(sequence);
        query.addBindValue(filter.limit);
    }
    return entriesFrom(database, query);
}

std::vector<JournalEntry> ChangeJournal::history(const Database &database, const QString &table,
                                                 const QString &uuid)
{
    QSqlQuery query = database.prepare(
        QStringLiteral("SELECT %1%2 WHERE j.table_name = ? AND j.record_uuid = ? ORDER BY j.seq, f.field")
            .arg(entryColumns, entryJoins));
    query.addBindValue(table);
    query.addBindValue(uuid);
    return entriesFrom(database, query);
}

bool ChangeJournal::changedWithin(const Database &database, const QStringList &tables, QDate from, QDate to,
                                  qint64 sequence)
{
    // A change that moved a record out of the period is dated outside it now: its date before
    // the change is in the field of its table's date column.
    QSqlQuery query = database.prepare(
        QStringLiteral(
            "SELECT EXISTS (SELECT 1 FROM journal j WHERE j.seq > ? AND j.table_name IN %1 AND "
            "(j.dated_on BETWEEN ? AND ? OR EXISTS (SELECT 1 FROM journal_field f JOIN journal_table d "
            "ON d.name = j.table_name WHERE f.seq = j.seq AND f.field = d.date_column AND f.before "
            "BETWEEN ? AND ?)))")
            .arg(SqlList::values()));
    const QString first = from.toString(Qt::ISODate);
    const QString last = to.toString(Qt::ISODate);
    query.addBindValue(sequence);
    query.addBindValue(SqlList::bound(tables));
    query.addBindValue(first);
    query.addBindValue(last);
    query.addBindValue(first);
    query.addBindValue(last);
    return database.scalar(query).toBool();
}

std::vector<JournalEntry> ChangeJournal::entries(const Database &database, const QList<qint64> &sequences)
{
    QSqlQuery query = database.prepare(QStringLiteral("SELECT %1%2 WHERE j.seq IN %3 ORDER BY j.seq, f.field")
                                           .arg(entryColumns, entryJoins, SqlList::values()));
    query.addBindValue(SqlList::bound(sequences));
    return entriesFrom(database, query);
}

QStringList ChangeJournal::journalledTables(const Database &database)
{
    QSqlQuery query = database.prepare(QStringLiteral("SELECT name FROM journal_table ORDER BY name"));
    database.exec(query);
    QStringList tables;
    while (query.next())
        tables.append(query.value(0).toString());
    return tables;
}

QString ChangeJournal::operationCode(JournalOperation operation)
{
    switch (operation) {
    case JournalOperation::Insert:
        return QStringLiteral("insert");
    case JournalOperation::Update:
        return QStringLiteral("update");
    case JournalOperation::Delete:
        return QStringLiteral("delete");
    case JournalOperation::Baseline:
        return QStringLiteral("baseline");
    case JournalOperation::Bulk:
        return QStringLiteral("bulk");
    }
    return {};
}

std::optional<JournalOperation> ChangeJournal::operationFromCode(const QString &code)
{
    for (const JournalOperation operation :
         {JournalOperation::Insert, JournalOperation::Update, JournalOperation::Delete,
          JournalOperation::Baseline, JournalOperation::Bulk})
        if (operationCode(operation) == code)
            return operation;
    return std::nullopt;
}

QString ChangeJournal::operationLabel(JournalOperation operation)
{
    switch (operation) {
    case JournalOperation::Insert:
        return tr("Created");
    case JournalOperation::Update:
        return tr("Changed");
    case JournalOperation::Delete:
        return tr("Deleted");
    case JournalOperation::Baseline:
        return tr("Already there when the journal began");
    case JournalOperation::Bulk:
        return tr("Written in bulk");
    }
    return {};
}

BulkJournal::BulkJournal(Database &database)
    : m_database(database)
{
    for (const QString &table : ChangeJournal::journalledTables(database)) {
        QSqlQuery last =
            database.prepare(QStringLiteral("SELECT coalesce(max(id), 0) FROM \"%1\"").arg(table));
        m_lastIds.emplace(table, database.scalar(last).toLongLong());
    }
    // Dropped, not bypassed: a trigger that only skips its body still costs every row a statement
    // journal. The drop is part of the open transaction, so a rollback brings them back.
    for (const QString &statement : ChangeJournalTriggers::statements(runner(database)))
        if (statement.startsWith(QStringLiteral("DROP ")))
            database.exec(statement);
    database.journal().setBulk(true);
}

BulkJournal::~BulkJournal()
{
    // After a rollback (isBulk() is false then) the triggers are back already.
    if (m_finished || !m_database.journal().isBulk())
        return;
    try {
        restoreTriggers();
    } catch (const DatabaseError &) {
        // The transaction is being abandoned: its rollback brings the triggers back with everything else.
    }
}

void BulkJournal::restoreTriggers()
{
    m_database.journal().setBulk(false);
    for (const QString &statement : ChangeJournalTriggers::statements(runner(m_database)))
        m_database.exec(statement);
}

void BulkJournal::finish()
{
    m_finished = true;
    restoreTriggers();
    for (const auto &[table, lastId] : m_lastIds) {
        QSqlQuery grown = m_database.prepare(
            QStringLiteral("SELECT count(*), min(id), max(id) FROM \"%1\" WHERE id > ?").arg(table));
        grown.addBindValue(lastId);
        m_database.exec(grown);
        if (!grown.next() || grown.value(0).toLongLong() == 0)
            continue;
        QSqlQuery entry = m_database.prepare(
            QStringLiteral("INSERT INTO journal (txn, at, table_name, operation) SELECT txn, coalesce(at, "
                           "strftime('%Y-%m-%dT%H:%M:%fZ', 'now')), ?, 'bulk' FROM journal_writer"));
        entry.addBindValue(table);
        m_database.exec(entry);
        const qint64 sequence = entry.lastInsertId().toLongLong();
        QSqlQuery fields = m_database.prepare(QStringLiteral(
            "INSERT INTO journal_field (seq, field, after) VALUES (?, 'rows', ?), (?, 'first_id', ?), "
            "(?, 'last_id', ?)"));
        for (int i = 0; i < 3; ++i) {
            fields.addBindValue(sequence);
            fields.addBindValue(grown.value(i));
        }
        m_database.exec(fields);
    }
}

} // namespace rongpei
