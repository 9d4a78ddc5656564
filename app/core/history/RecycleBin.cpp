#include "history/RecycleBin.h"

#include "Workspace.h"
#include "accounts/AccessPolicy.h"
#include "attachments/AttachmentRepository.h"
#include "common/ValidationError.h"
#include "history/RecordHistory.h"
#include "history/RecordKind.h"
#include "storage/Database.h"
#include "storage/SqlList.h"

#include <QHash>
#include <QSet>

namespace rongpei {

namespace {

QString quoted(QString name)
{
    return u'"' + name.replace(u'"', QStringLiteral("\"\"")) + u'"';
}

QStringList columnsOf(const Database &database, const QString &table)
{
    QSqlQuery query = database.prepare(QStringLiteral("SELECT name FROM pragma_table_info(?) ORDER BY cid"));
    query.addBindValue(table);
    database.exec(query);
    QStringList columns;
    while (query.next())
        columns.append(query.value(0).toString());
    return columns;
}

/// The delete rows of the same transaction that were parts of `tombstone`: rows of a table whose
/// reference to its table held its id (a session's roll-call lines, deleted with it by the cascade).
std::vector<JournalEntry> partsOf(const Database &database, const JournalEntry &tombstone)
{
    // Another program's deletion has no transaction of RongPei's: its cascade shares its moment.
    QSqlQuery query = database.prepare(
        QStringLiteral("SELECT j.seq FROM journal j JOIN journal_table t ON t.name = j.table_name JOIN "
                       "pragma_foreign_key_list(t.name) k ON k.\"table\" = ? JOIN journal_field f ON f.seq = "
                       "j.seq AND f.field = "
                       "k.\"from\" WHERE (j.txn = ? OR (j.txn IS NULL AND ? = 0 AND j.at = (SELECT at FROM "
                       "journal WHERE seq = ?))) "
                       "AND j.operation = 'delete' AND j.seq <> ? AND f.before = ? ORDER BY j.seq"));
    query.addBindValue(tombstone.table);
    query.addBindValue(tombstone.transaction);
    query.addBindValue(tombstone.transaction);
    query.addBindValue(tombstone.sequence);
    query.addBindValue(tombstone.sequence);
    query.addBindValue(tombstone.recordId);
    database.exec(query);
    QList<qint64> sequences;
    while (query.next())
        sequences.append(query.value(0).toLongLong());
    if (sequences.isEmpty())
        return {};
    return ChangeJournal::entries(database, sequences);
}

bool restoredSince(const Database &database, const JournalEntry &tombstone)
{
    QSqlQuery query = database.prepare(QStringLiteral(
        "SELECT EXISTS (SELECT 1 FROM journal WHERE table_name = ? AND record_uuid = ? AND seq > ?)"));
    query.addBindValue(tombstone.table);
    query.addBindValue(tombstone.recordUuid);
    query.addBindValue(tombstone.sequence);
    return database.scalar(query).toBool();
}

/// The columns of `table` whose reference the schema clears when the referenced row goes (ON DELETE
/// SET NULL: a planned item's class), with the table they refer to.
QHash<QString, QString> clearedReferences(const Database &database, const QString &table)
{
    QSqlQuery query = database.prepare(QStringLiteral(
        "SELECT \"from\", \"table\" FROM pragma_foreign_key_list(?) WHERE on_delete = 'SET NULL'"));
    query.addBindValue(table);
    database.exec(query);
    QHash<QString, QString> references;
    while (query.next())
        references.insert(query.value(0).toString(), query.value(1).toString());
    return references;
}

bool rowExists(const Database &database, const QString &table, const QVariant &id)
{
    QSqlQuery query =
        database.prepare(QStringLiteral("SELECT EXISTS (SELECT 1 FROM %1 WHERE id = ?)").arg(quoted(table)));
    query.addBindValue(id);
    return database.scalar(query).toBool();
}

/// Inserts the record as its tombstone left it, with its id and uuid; only columns the table has.
/// A reference the schema would have cleared, had its row been deleted while the record was there,
/// is cleared too.
void insertRecord(Database &database, const JournalEntry &tombstone)
{
    const QStringList columns = columnsOf(database, tombstone.table);
    const QHash<QString, QString> cleared = clearedReferences(database, tombstone.table);
    QStringList names{QStringLiteral("\"id\""), QStringLiteral("\"uuid\"")};
    QVariantList values{tombstone.recordId, tombstone.recordUuid};
    for (const FieldChange &field : tombstone.fields)
        if (columns.contains(field.field) && field.field != QStringLiteral("id") &&
            field.field != QStringLiteral("uuid")) {
            names.append(quoted(field.field));
            const auto reference = cleared.constFind(field.field);
            const bool gone = reference != cleared.cend() && !field.before.isNull() &&
                              !rowExists(database, *reference, field.before);
            values.append(gone ? QVariant(field.before.metaType()) : field.before);
        }
    QStringList marks;
    for (qsizetype i = 0; i < names.size(); ++i)
        marks.append(QStringLiteral("?"));
    QSqlQuery insert =
        database.prepare(QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                             .arg(quoted(tombstone.table), names.join(u','), marks.join(u',')));
    for (const QVariant &value : std::as_const(values))
        insert.addBindValue(value);
    database.exec(insert);
}

QString nameOf(const Database &database, const RecordKind &kind, const JournalEntry &tombstone)
{
    if (kind.fields.empty())
        return tombstone.recordUuid;
    const RecordField &first = kind.fields.front();
    const QVariant value = tombstone.value(first.column);
    // A plan is named by the cadre or unit it is for, and its year.
    const QString name = first.reference.isEmpty()
                             ? value.toString()
                             : RecordHistory::referenceName(database, first.reference, value.toLongLong());
    if (kind.field(QStringLiteral("year")) == nullptr)
        return name;
    return RecycleBin::tr("%1, %2").arg(name, tombstone.value(QStringLiteral("year")).toString());
}

} // namespace

std::vector<DeletedRecord> RecycleBin::contents(const Database &database, const AccessPolicy &access,
                                                int limit)
{
    QStringList tables;
    for (const RecordKind &kind : Workspace::recordKinds())
        tables.append(kind.table);
    QSqlQuery query = database.prepare(
        QStringLiteral(
            "SELECT j.seq FROM journal j WHERE j.operation = 'delete' AND j.table_name IN %1 AND j.seq > "
            "(SELECT emptied_through FROM journal_bin) AND NOT EXISTS (SELECT 1 FROM journal later WHERE "
            "later.table_name = j.table_name AND later.record_uuid = j.record_uuid AND later.seq > j.seq) "
            "AND NOT EXISTS (SELECT 1 FROM journal_field p WHERE p.seq = j.seq AND p.purged IS NOT NULL) "
            "ORDER BY j.seq DESC LIMIT ?")
            .arg(SqlList::values()));
    query.addBindValue(SqlList::bound(tables));
    query.addBindValue(limit);
    database.exec(query);
    QList<qint64> sequences;
    while (query.next())
        sequences.append(query.value(0).toLongLong());
    std::vector<DeletedRecord> records;
    std::vector<JournalEntry> tombstones = ChangeJournal::entries(database, sequences);
    // A record deleted as a part of another (a session's files) is restored with it, not alone.
    QHash<qint64, QMap<QString, int>> partCounts;
    QSet<qint64> parts;
    for (const JournalEntry &entry : tombstones) {
        QMap<QString, int> &counts = partCounts[entry.sequence];
        for (const JournalEntry &part : partsOf(database, entry)) {
            parts.insert(part.sequence);
            ++counts[part.table];
        }
    }
    for (auto entry = tombstones.rbegin(); entry != tombstones.rend(); ++entry) {
        if ((entry->branchId != 0 && !access.mayRead(entry->branchId)) || parts.contains(entry->sequence))
            continue;
        DeletedRecord record;
        record.kind = Workspace::recordKind(entry->table);
        record.partsByTable = partCounts.value(entry->sequence);
        for (const int count : std::as_const(record.partsByTable))
            record.parts += count;
        record.tombstone = std::move(*entry);
        record.name = nameOf(database, *record.kind, record.tombstone);
        records.push_back(std::move(record));
    }
    return records;
}

std::vector<JournalEntry> RecycleBin::restore(Database &database, qint64 sequence)
{
    const std::vector<JournalEntry> found = ChangeJournal::entries(database, {sequence});
    if (found.empty() || found.front().operation != JournalOperation::Delete)
        throw ValidationError(tr("This record is no longer in the recycle bin."));
    const JournalEntry &tombstone = found.front();
    const RecordKind *kind = Workspace::recordKind(tombstone.table);
    const QString name = kind != nullptr ? nameOf(database, *kind, tombstone) : tombstone.recordUuid;
    if (restoredSince(database, tombstone))
        throw ValidationError(
            tr("\"%1\" has been restored or changed since it was deleted; it is no longer in "
               "the recycle bin.")
                .arg(name));
    const qint64 before = ChangeJournal::lastSequence(database);
    try {
        Transaction transaction(database);
        insertRecord(database, tombstone);
        for (const JournalEntry &part : partsOf(database, tombstone))
            if (!restoredSince(database, part))
                insertRecord(database, part);
        transaction.commit();
    } catch (const DatabaseError &error) {
        if (error.kind() != DatabaseError::Kind::Constraint)
            throw;
        throw ValidationError(
            tr("\"%1\" cannot be restored: a unit or person it refers to has been deleted "
               "since, or a record added since has the same employee number or name. Restore "
               "or change that record first; nothing was changed.")
                .arg(name));
    }
    return ChangeJournal::changesSince(database, before);
}

void RecycleBin::empty(Database &database, const AccessPolicy &access)
{
    access.require(Permission::EmptyRecycleBin);
    Transaction transaction(database);
    QSqlQuery query = database.prepare(QStringLiteral("UPDATE journal_bin SET emptied_through = (SELECT "
                                                      "coalesce(max(seq), 0) FROM journal), emptied_at = ?"));
    query.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
    database.exec(query);
    // Nothing listed can be restored any more: the files only the bin's attachments held go.
    AttachmentRepository::dropUnreferenced(database);
    transaction.commit();
}

} // namespace rongpei
