#include "storage/ChangeJournalTriggers.h"

#include "storage/DatabaseError.h"

#include <QCoreApplication>

namespace rongpei {

namespace {

/// Columns a journal row holds itself (id, uuid) or that every change moves (updated_at).
const QStringList recordKeyColumns{QStringLiteral("id"), QStringLiteral("uuid")};
const QString updatedAtColumn = QStringLiteral("updated_at");

QString identifier(QString name)
{
    return u'"' + name.replace(u'"', QStringLiteral("\"\"")) + u'"';
}

QString literal(QString text)
{
    return u'\'' + text.replace(u'\'', QStringLiteral("''")) + u'\'';
}

DatabaseError declarationError(const QString &detail)
{
    return DatabaseError(DatabaseError::Kind::SchemaMismatch,
                         QCoreApplication::translate("rongpei::ChangeJournalTriggers",
                                                     "The change journal names a table or column that is not "
                                                     "in the file: %1.")
                             .arg(detail));
}

struct JournalledTable
{
    QString name;
    QStringList columns;
    QString branchColumn;
    /// The date a record is dated by, as an expression of `row` (NEW or OLD); empty for none.
    QString dateOf(const QString &row) const
    {
        if (!dateColumn.isEmpty())
            return row + u'.' + identifier(dateColumn);
        if (!viaColumn.isEmpty())
            return QStringLiteral("(SELECT %1 FROM %2 WHERE %3 = %4.%5)")
                .arg(identifier(parentDateColumn), identifier(parentTable), identifier(parentKey), row,
                     identifier(viaColumn));
        return QStringLiteral("NULL");
    }
    QString dateColumn;
    QString viaColumn;
    QString parentTable;
    QString parentKey;
    QString parentDateColumn;
};

QStringList columnsOf(const inspection::StatementRunner &run, const QString &table)
{
    QStringList columns;
    QSqlQuery query =
        run(QStringLiteral("SELECT name FROM pragma_table_info(%1) ORDER BY cid").arg(literal(table)));
    while (query.next())
        columns.append(query.value(0).toString());
    return columns;
}

std::vector<JournalledTable> declaredTables(const inspection::StatementRunner &run)
{
    std::vector<JournalledTable> tables;
    std::map<QString, QString> dateColumns;
    QSqlQuery query =
        run(QStringLiteral("SELECT name, coalesce(date_column, ''), coalesce(date_via, '') FROM "
                           "journal_table ORDER BY name"));
    while (query.next()) {
        JournalledTable table;
        table.name = query.value(0).toString();
        table.dateColumn = query.value(1).toString();
        table.viaColumn = query.value(2).toString();
        table.columns = columnsOf(run, table.name);
        for (const QString &required : recordKeyColumns)
            if (!table.columns.contains(required))
                throw declarationError(table.name + u'.' + required);
        if (!table.dateColumn.isEmpty() && !table.columns.contains(table.dateColumn))
            throw declarationError(table.name + u'.' + table.dateColumn);
        if (table.columns.contains(QStringLiteral("branch_id")))
            table.branchColumn = QStringLiteral("branch_id");
        dateColumns.emplace(table.name, table.dateColumn);
        tables.push_back(table);
    }
    for (JournalledTable &table : tables) {
        if (table.viaColumn.isEmpty())
            continue;
        QSqlQuery reference = run(QStringLiteral("SELECT \"table\", coalesce(\"to\", 'id') FROM "
                                                 "pragma_foreign_key_list(%1) WHERE \"from\" = %2")
                                      .arg(literal(table.name), literal(table.viaColumn)));
        if (!reference.next())
            throw declarationError(table.name + u'.' + table.viaColumn);
        table.parentTable = reference.value(0).toString();
        table.parentKey = reference.value(1).toString();
        const auto parent = dateColumns.find(table.parentTable);
        if (parent == dateColumns.end() || parent->second.isEmpty())
            throw declarationError(table.parentTable + QStringLiteral(" (date of ") + table.name + u')');
        table.parentDateColumn = parent->second;
    }
    return tables;
}

/// The journal row for a change of `row` (NEW or OLD).
QString journalRow(const JournalledTable &table, const QString &operation, const QString &row)
{
    return QStringLiteral(
               "INSERT INTO journal (txn, at, table_name, record_id, record_uuid, operation, branch_id, "
               "dated_on) VALUES ((SELECT txn FROM journal_writer), coalesce((SELECT at FROM "
               "journal_writer), strftime('%Y-%m-%dT%H:%M:%fZ', 'now')), %1, %2.\"id\", %2.\"uuid\", "
               "%3, %4, %5);\n")
        .arg(literal(table.name), row, literal(operation),
             table.branchColumn.isEmpty() ? QStringLiteral("NULL")
                                          : row + u'.' + identifier(table.branchColumn),
             table.dateOf(row));
}

QStringList fieldColumns(const JournalledTable &table, bool forUpdate)
{
    QStringList columns;
    for (const QString &column : table.columns)
        if (!recordKeyColumns.contains(column) && !(forUpdate && column == updatedAtColumn))
            columns.append(column);
    return columns;
}

/// The fields of an inserted (NEW) or deleted (OLD) record: every column that is not NULL.
QString wholeRecordFields(const JournalledTable &table, const QString &row, const QString &side)
{
    QStringList selects;
    for (const QString &column : fieldColumns(table, false))
        selects.append(QStringLiteral("SELECT %1 AS field, %2.%3 AS value")
                           .arg(literal(column), row, identifier(column)));
    return QStringLiteral(
               "INSERT INTO journal_field (seq, field, %1) SELECT last_insert_rowid(), field, value FROM "
               "(%2) WHERE value IS NOT NULL;\n")
        .arg(side, selects.join(QStringLiteral(" UNION ALL ")));
}

QString createTrigger(const JournalledTable &table, const QString &operation, const QString &event,
                      const QString &when, const QString &body)
{
    return QStringLiteral("CREATE TRIGGER %1 AFTER %2 ON %3%4\nBEGIN\n%5END")
        .arg(identifier(ChangeJournalTriggers::triggerName(table.name, operation)), event,
             identifier(table.name), when, body);
}

QStringList triggersOf(const JournalledTable &table)
{
    QStringList changed;
    QStringList selects;
    for (const QString &column : fieldColumns(table, true)) {
        const QString quoted = identifier(column);
        changed.append(QStringLiteral("OLD.%1 IS NOT NEW.%1").arg(quoted));
        selects.append(QStringLiteral("SELECT %1 AS field, OLD.%2 AS before, NEW.%2 AS after")
                           .arg(literal(column), quoted));
    }
    const QString updateFields =
        QStringLiteral(
            "INSERT INTO journal_field (seq, field, before, after) SELECT last_insert_rowid(), field, "
            "before, after FROM (%1) WHERE before IS NOT after;\n")
            .arg(selects.join(QStringLiteral(" UNION ALL ")));
    return {
        createTrigger(table, QStringLiteral("insert"), QStringLiteral("INSERT"), QString(),
                      journalRow(table, QStringLiteral("insert"), QStringLiteral("NEW")) +
                          wholeRecordFields(table, QStringLiteral("NEW"), QStringLiteral("after"))),
        createTrigger(table, QStringLiteral("update"), QStringLiteral("UPDATE"),
                      QStringLiteral(" WHEN %1").arg(changed.join(QStringLiteral(" OR "))),
                      journalRow(table, QStringLiteral("update"), QStringLiteral("NEW")) + updateFields),
        createTrigger(table, QStringLiteral("delete"), QStringLiteral("DELETE"), QString(),
                      journalRow(table, QStringLiteral("delete"), QStringLiteral("OLD")) +
                          wholeRecordFields(table, QStringLiteral("OLD"), QStringLiteral("before"))),
    };
}

} // namespace

QString ChangeJournalTriggers::triggerName(const QString &table, const QString &operation)
{
    return QStringLiteral("journal_%1_%2").arg(table, operation);
}

QStringList ChangeJournalTriggers::statements(const inspection::StatementRunner &run)
{
    QSqlQuery exists =
        run(QStringLiteral("SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = 'journal_table'"));
    if (!exists.next())
        return {};
    QStringList statements;
    QSqlQuery existing = run(QStringLiteral("SELECT name FROM sqlite_schema WHERE type = 'trigger' AND name "
                                            "LIKE 'journal\\_%' ESCAPE '\\' ORDER BY name"));
    while (existing.next())
        statements.append(QStringLiteral("DROP TRIGGER %1").arg(identifier(existing.value(0).toString())));
    for (const JournalledTable &table : declaredTables(run))
        statements.append(triggersOf(table));
    return statements;
}

} // namespace rongpei
