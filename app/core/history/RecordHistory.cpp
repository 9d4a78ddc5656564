#include "history/RecordHistory.h"

#include "Workspace.h"
#include "accounts/AccessPolicy.h"
#include "accounts/AccountRecordKind.h"
#include "storage/ChangeJournal.h"
#include "storage/Database.h"
#include "storage/SqlList.h"

#include <QHash>

#include <algorithm>

namespace rongpei {

namespace {

/// Names of referenced records, read once each: from the table, or from the tombstone of one
/// deleted since.
class ReferenceNames
{
public:
    explicit ReferenceNames(const Database &database)
        : m_database(database)
    {}

    QString nameOf(const QString &table, qint64 id)
    {
        const QString key = table + u'/' + QString::number(id);
        const auto known = m_names.constFind(key);
        if (known != m_names.cend())
            return *known;
        // A record kind's first field names its records (a course by its title); other tables by name.
        const RecordKind *kind = Workspace::recordKind(table);
        const QString column =
            kind && !kind->fields.empty() ? kind->fields.front().column : QStringLiteral("name");
        QSqlQuery live =
            m_database.prepare(QStringLiteral("SELECT \"%1\" FROM \"%2\" WHERE id = ?").arg(column, table));
        live.addBindValue(id);
        QString name = m_database.scalar(live).toString();
        if (name.isEmpty()) {
            QSqlQuery gone = m_database.prepare(QStringLiteral(
                "SELECT f.before FROM journal j JOIN journal_field f ON f.seq = j.seq WHERE "
                "j.operation = 'delete' AND j.table_name = ? AND j.record_id = ? AND f.field = ? "
                "ORDER BY j.seq DESC LIMIT 1"));
            gone.addBindValue(table);
            gone.addBindValue(id);
            gone.addBindValue(column);
            name = m_database.scalar(gone).toString();
        }
        if (name.isEmpty())
            name = QStringLiteral("#%1").arg(id);
        m_names.insert(key, name);
        return name;
    }

private:
    const Database &m_database;
    QHash<QString, QString> m_names;
};

QString displayed(const RecordField *field, const QVariant &value, ReferenceNames &names)
{
    if (value.isNull())
        return {};
    if (field == nullptr)
        return value.toString();
    if (!field->reference.isEmpty())
        return names.nameOf(field->reference, value.toLongLong());
    if (field->display)
        return field->display(value);
    return value.toString();
}

void appendLines(std::vector<HistoryLine> &lines, const JournalEntry &entry,
                 const std::vector<RecordField> &fields, const QString &subject, ReferenceNames &names)
{
    HistoryLine line;
    line.sequence = entry.sequence;
    line.at = entry.at.toLocalTime();
    line.author = RecordHistory::authorOf(entry);
    line.operation = ChangeJournal::operationLabel(entry.operation);
    line.subject = subject;
    // A deletion is one line: its fields are the tombstone, not a change of each.
    if (entry.operation == JournalOperation::Delete) {
        lines.push_back(line);
        return;
    }
    // Fields in the kind's order, then any it does not name (a column a later version added).
    std::vector<const FieldChange *> ordered;
    for (const RecordField &field : fields)
        if (const FieldChange *change = entry.field(field.column))
            ordered.push_back(change);
    for (const FieldChange &change : entry.fields) {
        if (findField(fields, change.field) == nullptr && change.field != QStringLiteral("created_at") &&
            change.field != QStringLiteral("updated_at"))
            ordered.push_back(&change);
    }
    for (const FieldChange *change : ordered) {
        const RecordField *field = findField(fields, change->field);
        HistoryLine fieldLine = line;
        fieldLine.field = field != nullptr ? field->label : change->field;
        fieldLine.before = displayed(field, change->before, names);
        fieldLine.after = displayed(field, change->after, names);
        lines.push_back(fieldLine);
    }
    if (ordered.empty())
        lines.push_back(line);
}

/// The uuids of every record of `children` that ever belonged to the record `parentId`: those there
/// now and those deleted since (from their tombstones).
QStringList childUuids(const Database &database, const RecordChildren &children, qint64 parentId)
{
    QSqlQuery query = database.prepare(
        QStringLiteral(
            "SELECT uuid FROM \"%1\" WHERE \"%2\" = ? UNION SELECT j.record_uuid FROM journal j JOIN "
            "journal_field f ON f.seq = j.seq AND f.field = ? WHERE j.operation = 'delete' AND "
            "j.table_name = ? AND f.before = ?")
            .arg(children.table, children.parentColumn));
    query.addBindValue(parentId);
    query.addBindValue(children.parentColumn);
    query.addBindValue(children.table);
    query.addBindValue(parentId);
    database.exec(query);
    QStringList uuids;
    while (query.next())
        uuids.append(query.value(0).toString());
    return uuids;
}

qint64 liveId(const Database &database, const QString &table, const QString &uuid)
{
    QSqlQuery query = database.prepare(QStringLiteral("SELECT id FROM \"%1\" WHERE uuid = ?").arg(table));
    query.addBindValue(uuid);
    return database.scalar(query).toLongLong();
}

/// The bulk row whose ids cover `id`, else the table's baseline row: where a record came from that
/// has no insert of its own in the journal.
std::optional<JournalEntry> originOf(const Database &database, const QString &table, qint64 id)
{
    QSqlQuery query =
        database.prepare(QStringLiteral("SELECT j.seq FROM journal j WHERE j.table_name = ? AND (j.operation "
                                        "= 'baseline' OR (j.operation = 'bulk' "
                                        "AND (SELECT after FROM journal_field WHERE seq = j.seq AND field = "
                                        "'first_id') <= ? AND (SELECT after FROM "
                                        "journal_field WHERE seq = j.seq AND field = 'last_id') >= ?)) ORDER "
                                        "BY j.operation = 'bulk' DESC, j.seq "
                                        "LIMIT 1"));
    query.addBindValue(table);
    query.addBindValue(id);
    query.addBindValue(id);
    const qint64 sequence = database.scalar(query).toLongLong();
    if (sequence == 0)
        return std::nullopt;
    std::vector<JournalEntry> entries = ChangeJournal::changesSince(database, sequence - 1, {{}, {}, 1});
    if (entries.empty())
        return std::nullopt;
    entries.front().fields.clear(); // its counts are the table's, not this record's
    return entries.front();
}

} // namespace

QString RecordHistory::referenceName(const Database &database, const QString &table, qint64 id)
{
    return ReferenceNames(database).nameOf(table, id);
}

std::vector<HistoryLine> RecordHistory::lines(const Database &database, const RecordKind &kind,
                                              const QString &uuid, const AccessPolicy &access)
{
    ReferenceNames names(database);
    std::vector<std::pair<JournalEntry, const RecordChildren *>> entries;
    qint64 recordId = 0;
    for (JournalEntry &entry : ChangeJournal::history(database, kind.table, uuid)) {
        if (entry.branchId != 0)
            access.requireReadable(entry.branchId);
        recordId = entry.recordId;
        entries.emplace_back(std::move(entry), nullptr);
    }
    for (const RecordChildren &children : kind.children) {
        if (recordId == 0)
            break;
        for (const QString &childUuid : childUuids(database, children, recordId))
            for (JournalEntry &entry : ChangeJournal::history(database, children.table, childUuid))
                entries.emplace_back(std::move(entry), &children);
    }
    // A record the journal has no insert of came with the table's baseline or the demo's bulk rows.
    const bool inserted = std::any_of(entries.begin(), entries.end(), [](const auto &entry) {
        return entry.second == nullptr && entry.first.operation == JournalOperation::Insert;
    });
    if (!inserted && recordId == 0)
        recordId = liveId(database, kind.table, uuid);
    if (!inserted && recordId > 0)
        if (std::optional<JournalEntry> origin = originOf(database, kind.table, recordId))
            entries.emplace_back(std::move(*origin), nullptr);
    std::sort(entries.begin(), entries.end(),
              [](const auto &a, const auto &b) { return a.first.sequence < b.first.sequence; });

    // A child's name (its cadre) is in its insert or tombstone, not in every update: carry it.
    QHash<QString, QString> childNames;
    std::vector<HistoryLine> lines;
    for (const auto &[entry, children] : entries) {
        if (children == nullptr) {
            appendLines(lines, entry, kind.fields, QString(), names);
            continue;
        }
        QString &name = childNames[entry.recordUuid];
        const RecordField *nameField = findField(children->fields, children->nameColumn);
        const QVariant named = entry.value(children->nameColumn);
        if (!named.isNull())
            name = displayed(nameField, named, names);
        if (name.isEmpty()) {
            QSqlQuery live = database.prepare(QStringLiteral("SELECT \"%1\" FROM \"%2\" WHERE uuid = ?")
                                                  .arg(children->nameColumn, children->table));
            live.addBindValue(entry.recordUuid);
            name = displayed(nameField, database.scalar(live), names);
        }
        std::vector<RecordField> shown;
        for (const RecordField &field : children->fields)
            if (field.column != children->nameColumn)
                shown.push_back(field);
        appendLines(lines, entry, shown, children->label + u' ' + name, names);
    }
    return lines;
}

std::vector<HistoryLine> RecordHistory::describe(const Database &database,
                                                 const std::vector<JournalEntry> &entries)
{
    ReferenceNames names(database);
    std::vector<HistoryLine> lines;
    static const std::vector<RecordField> none;
    static const RecordKind users = AccountRecordKind::kind(); // audited, but not in the recycle bin
    std::vector<const RecordKind *> kinds{&users};
    for (const RecordKind &kind : Workspace::recordKinds())
        kinds.push_back(&kind);
    for (const JournalEntry &entry : entries) {
        const std::vector<RecordField> *fields = &none;
        for (const RecordKind *kind : kinds) {
            if (kind->table == entry.table)
                fields = &kind->fields;
            for (const RecordChildren &children : kind->children)
                if (children.table == entry.table)
                    fields = &children.fields;
        }
        appendLines(lines, entry, *fields, QString(), names);
    }
    return lines;
}

QString RecordHistory::authorOf(const JournalEntry &entry)
{
    if (entry.transaction == 0)
        return tr("another program");
    QStringList parts;
    for (const QString &part : {entry.user, entry.device, entry.program})
        if (!part.isEmpty())
            parts.append(part);
    return parts.join(QStringLiteral(" · "));
}

std::optional<JournalEntry> RecordHistory::lastChange(const Database &database, const RecordKind &kind,
                                                      const QString &uuid)
{
    QSqlQuery own = database.prepare(QStringLiteral(
        "SELECT coalesce(max(seq), 0), coalesce(max(record_id), 0) FROM journal WHERE table_name = ? "
        "AND record_uuid = ?"));
    own.addBindValue(kind.table);
    own.addBindValue(uuid);
    database.exec(own);
    own.next();
    qint64 newest = own.value(0).toLongLong();
    const qint64 recordId =
        own.value(1).toLongLong() != 0 ? own.value(1).toLongLong() : liveId(database, kind.table, uuid);
    for (const RecordChildren &children : kind.children) {
        if (recordId == 0)
            break;
        QSqlQuery child = database.prepare(
            QStringLiteral(
                "SELECT coalesce(max(seq), 0) FROM journal WHERE table_name = ? AND record_uuid IN ") +
            SqlList::values());
        child.addBindValue(children.table);
        child.addBindValue(SqlList::bound(childUuids(database, children, recordId)));
        newest = qMax(newest, database.scalar(child).toLongLong());
    }
    if (newest == 0)
        return std::nullopt;
    std::vector<JournalEntry> entries = ChangeJournal::changesSince(database, newest - 1, {{}, {}, 1});
    if (entries.empty())
        return std::nullopt;
    return entries.front();
}

std::optional<QString> RecordHistory::findUuid(const Database &database, const RecordKind &kind,
                                               const QString &idOrKey)
{
    const QString wanted = idOrKey.trimmed();
    if (wanted.isEmpty())
        return std::nullopt;
    // Qt's driver counts only plain placeholders, so each value is bound where it is used.
    QVariantList values{wanted};
    QString sql = QStringLiteral("SELECT uuid FROM \"%1\" WHERE uuid = ?").arg(kind.table);
    if (!kind.keyColumn.isEmpty()) {
        sql += QStringLiteral(" OR \"%1\" = ?").arg(kind.keyColumn);
        values << wanted;
    }
    // A deleted record is found by its journal rows: by uuid, or by its key in its tombstone.
    sql +=
        QStringLiteral(" UNION ALL SELECT record_uuid FROM journal WHERE table_name = ? AND record_uuid = ?");
    values << kind.table << wanted;
    if (!kind.keyColumn.isEmpty()) {
        sql += QStringLiteral(
            " UNION ALL SELECT j.record_uuid FROM journal j JOIN journal_field f ON f.seq = j.seq "
            "WHERE j.table_name = ? AND j.operation = 'delete' AND f.field = ? AND f.before = ?");
        values << kind.table << kind.keyColumn << wanted;
    }
    QSqlQuery query = database.prepare(QStringLiteral("SELECT * FROM (%1) LIMIT 1").arg(sql));
    for (const QVariant &value : std::as_const(values))
        query.addBindValue(value);
    const QVariant uuid = database.scalar(query);
    if (uuid.isNull())
        return std::nullopt;
    return uuid.toString();
}

} // namespace rongpei
