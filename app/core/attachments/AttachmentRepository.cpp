#include "attachments/AttachmentRepository.h"

#include "accounts/AccessPolicy.h"
#include "attachments/AttachmentFile.h"
#include "attachments/ContentDigest.h"
#include "common/Clock.h"
#include "common/ValidationError.h"
#include "history/RecordKind.h"
#include "storage/BulkRead.h"
#include "storage/Database.h"
#include "storage/RowReferences.h"
#include "storage/SqlList.h"
#include "storage/SqlValue.h"

#include <QSqlQuery>

namespace rongpei {

namespace {

/// The columns of the attachment table that name an owner record, with the owner's table: its
/// references but the unit's and the content's.
QHash<QString, QString> ownerTables(const Database &database)
{
    QSqlQuery query = database.prepare(QStringLiteral(
        "SELECT \"from\", \"table\" FROM pragma_foreign_key_list('attachment') WHERE \"from\" NOT IN "
        "('branch_id', 'sha256')"));
    database.exec(query);
    QHash<QString, QString> owners;
    while (query.next())
        owners.insert(query.value(0).toString(), query.value(1).toString());
    return owners;
}

const QString selectColumns = QStringLiteral(
    "a.id, a.uuid, a.branch_id, a.sha256, a.file_name, a.media_type, a.size, a.category, a.attached_by, "
    "a.created_at, c.thumbnail");

Attachment attachmentFrom(const QSqlQuery &query, int ownerColumn)
{
    Attachment a;
    a.id = query.value(0).toLongLong();
    a.uuid = query.value(1).toString();
    a.branchId = query.value(2).toLongLong();
    a.sha256 = query.value(3).toString();
    a.fileName = query.value(4).toString();
    a.mediaType = query.value(5).toString();
    a.size = query.value(6).toLongLong();
    a.category =
        enumFromCode<AttachmentCategory>(query.value(7).toString()).value_or(AttachmentCategory::Other);
    a.attachedBy = query.value(8).toString();
    a.attachedAt = QDateTime::fromString(query.value(9).toString(), Qt::ISODate);
    a.thumbnail = query.value(10).toByteArray();
    if (ownerColumn >= 0) {
        a.owner.column = query.value(ownerColumn).toString();
        a.owner.id = query.value(ownerColumn + 1).toLongLong();
    }
    return a;
}

} // namespace

AttachmentRepository::AttachmentRepository(Database &database, const Clock &clock, const AccessPolicy &access,
                                           QObject *parent)
    : RecordRepository(database, QStringLiteral("attachment"), parent)
    , m_clock(clock)
    , m_access(access)
{
    m_database.references().describe(QStringLiteral("attachment"), [](qint64 count) {
        return tr("%n attached file(s)", nullptr, static_cast<int>(count));
    });
}

AttachmentOwner AttachmentRepository::ownerOf(const RecordKind &kind, qint64 recordId)
{
    return {kind.attachmentColumn, recordId};
}

const QHash<QString, QString> &AttachmentRepository::ownerColumns() const
{
    // The schema is the one the file was opened with: read it once.
    if (m_ownerColumns.isEmpty())
        m_ownerColumns = ownerTables(m_database);
    return m_ownerColumns;
}

qint64 AttachmentRepository::ownerBranch(const AttachmentOwner &owner) const
{
    const QString table = ownerColumns().value(owner.column);
    if (table.isEmpty())
        throw ValidationError(tr("Files cannot be attached to this kind of record."));
    // The column and table are the schema's own names, checked above.
    QSqlQuery query =
        m_database.prepare(QStringLiteral("SELECT branch_id FROM \"%1\" WHERE id = ?").arg(table));
    query.addBindValue(owner.id);
    m_database.exec(query);
    if (!query.next())
        throw ValidationError(
            tr("The record was deleted meanwhile, perhaps in another window; nothing was attached."));
    return query.value(0).toLongLong();
}

QList<Attachment> AttachmentRepository::of(const AttachmentOwner &owner) const
{
    requireReadable(ownerBranch(owner));
    QSqlQuery query = m_database.prepare(
        QStringLiteral("SELECT %1 FROM attachment a JOIN attachment_content c ON c.sha256 = a.sha256 WHERE "
                       "a.\"%2\" = ? ORDER BY a.created_at, a.id")
            .arg(selectColumns, owner.column));
    query.addBindValue(owner.id);
    m_database.exec(query);
    QList<Attachment> attachments;
    while (query.next()) {
        attachments.append(attachmentFrom(query, -1));
        attachments.last().owner = owner;
    }
    return attachments;
}

std::optional<Attachment> AttachmentRepository::find(qint64 id) const
{
    QStringList whens;
    QStringList ids;
    for (const QString &column : ownerColumns().keys()) {
        whens.append(QStringLiteral("WHEN a.\"%1\" IS NOT NULL THEN '%1'").arg(column));
        ids.append(QStringLiteral("a.\"%1\"").arg(column));
    }
    QSqlQuery query = m_database.prepare(
        QStringLiteral("SELECT %1, CASE %2 END, coalesce(%3) FROM attachment a JOIN attachment_content c ON "
                       "c.sha256 = a.sha256 WHERE a.id = ?")
            .arg(selectColumns, whens.join(u' '), ids.join(u',')));
    query.addBindValue(id);
    m_database.exec(query);
    if (!query.next())
        return std::nullopt;
    Attachment attachment = attachmentFrom(query, 11);
    if (!mayRead(attachment.branchId))
        return std::nullopt;
    return attachment;
}

Attachment AttachmentRepository::readable(qint64 id) const
{
    const std::optional<Attachment> found = find(id);
    if (!found)
        throw ValidationError(tr("The file was removed meanwhile, perhaps in another window."));
    return *found;
}

QByteArray AttachmentRepository::content(qint64 id) const
{
    const Attachment attachment = readable(id);
    QSqlQuery query =
        m_database.prepare(QStringLiteral("SELECT content FROM attachment_content WHERE sha256 = ?"));
    query.addBindValue(attachment.sha256);
    QByteArray bytes = m_database.scalar(query).toByteArray();
    if (contentDigest(bytes) != attachment.sha256)
        throw DatabaseError(DatabaseError::Kind::Corrupt,
                            tr("The stored copy of \"%1\" is damaged. Restore it from a backup; run "
                               "\"rongpei-cli check\" to find others.")
                                .arg(attachment.fileName));
    return bytes;
}

qint64 AttachmentRepository::attach(const AttachmentOwner &owner, const PreparedAttachment &file,
                                    AttachmentCategory category, qint64 limit)
{
    if (file.bytes.isEmpty() || file.bytes.size() > limit)
        throw AttachmentFile::tooLarge(file.fileName, file.bytes.size(), limit);
    const QString digest = contentDigest(file.bytes);
    Transaction transaction(m_database);
    const qint64 branch = ownerBranch(owner);
    QSqlQuery content = m_database.prepare(QStringLiteral(
        "INSERT INTO attachment_content (sha256, size, thumbnail, content) VALUES (?, ?, ?, ?) ON CONFLICT "
        "(sha256) DO UPDATE SET thumbnail = coalesce(thumbnail, excluded.thumbnail)"));
    content.addBindValue(digest);
    content.addBindValue(qint64(file.bytes.size()));
    content.addBindValue(file.thumbnail.isEmpty() ? QVariant(QMetaType::fromType<QByteArray>())
                                                  : QVariant(file.thumbnail));
    content.addBindValue(file.bytes);
    m_database.exec(content);
    const QString now = m_clock.timestamp();
    QSqlQuery insert = m_database.prepare(
        QStringLiteral(
            "INSERT INTO attachment (uuid, \"%1\", branch_id, sha256, file_name, media_type, size, "
            "category, attached_by, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
            .arg(owner.column));
    insert.addBindValue(SqlValue::newUuid());
    insert.addBindValue(owner.id);
    insert.addBindValue(branch);
    insert.addBindValue(digest);
    insert.addBindValue(AttachmentFile::cleanName(file.fileName));
    insert.addBindValue(SqlValue::text(file.mediaType));
    insert.addBindValue(qint64(file.bytes.size()));
    insert.addBindValue(QString(enumCode(category)));
    insert.addBindValue(SqlValue::text(m_access.account() ? m_access.account()->name : QString()));
    insert.addBindValue(now);
    insert.addBindValue(now);
    m_database.exec(insert);
    const qint64 id = insert.lastInsertId().toLongLong();
    notifyAdded(id);
    announceOwner(owner);
    transaction.commit();
    return id;
}

void AttachmentRepository::setCategory(qint64 id, AttachmentCategory category)
{
    Transaction transaction(m_database);
    const Attachment attachment = readable(id);
    QSqlQuery update =
        m_database.prepare(QStringLiteral("UPDATE attachment SET category = ?, updated_at = ? WHERE id = ?"));
    update.addBindValue(QString(enumCode(category)));
    update.addBindValue(m_clock.timestamp());
    update.addBindValue(id);
    m_database.exec(update);
    notifyChanged(id);
    announceOwner(attachment.owner);
    transaction.commit();
}

Attachment AttachmentRepository::remove(qint64 id)
{
    Transaction transaction(m_database);
    const Attachment attachment = readable(id);
    QSqlQuery remove = m_database.prepare(QStringLiteral("DELETE FROM attachment WHERE id = ?"));
    remove.addBindValue(id);
    m_database.exec(remove);
    notifyRemoved(id);
    announceOwner(attachment.owner);
    transaction.commit();
    return attachment;
}

void AttachmentRepository::announceOwner(const AttachmentOwner &owner)
{
    m_database.afterCommit([this, owner] { emit attachmentsChanged(owner.column, owner.id); });
}

QHash<qint64, QList<AttachmentCategory>> AttachmentRepository::categoriesOf(const Database &database,
                                                                            const QString &column,
                                                                            const QList<qint64> &ownerIds)
{
    QHash<qint64, QList<AttachmentCategory>> categories;
    if (ownerIds.isEmpty() || !ownerTables(database).contains(column))
        return categories;
    QSqlQuery query = database.prepare(
        QStringLiteral("SELECT \"%1\", category FROM attachment WHERE \"%1\" IN %2 ORDER BY id")
            .arg(column, SqlList::values()));
    query.addBindValue(SqlList::bound(ownerIds));
    database.exec(query);
    while (query.next())
        categories[query.value(0).toLongLong()].append(
            enumFromCode<AttachmentCategory>(query.value(1).toString()).value_or(AttachmentCategory::Other));
    return categories;
}

int AttachmentRepository::dropUnreferenced(Database &database)
{
    QSqlQuery drop = database.prepare(QStringLiteral(
        "DELETE FROM attachment_content WHERE NOT EXISTS (SELECT 1 FROM attachment a WHERE a.sha256 = "
        "attachment_content.sha256)"));
    database.exec(drop);
    return drop.numRowsAffected();
}

QStringList AttachmentRepository::damagedContents(const Database &database)
{
    QStringList damaged;
    BulkRead contents(database,
                      QStringLiteral("SELECT sha256, content, size FROM attachment_content ORDER BY id"));
    while (contents.next()) {
        const QByteArrayView bytes = contents.bytes(1);
        const QString digest = contentDigest(bytes);
        if (digest != contents.text(0) || bytes.size() != contents.integer(2))
            damaged.append(contents.text(0));
    }
    // Named as the user attached them; bytes only the recycle bin still refers to by their digest.
    QStringList names;
    for (const QString &digest : std::as_const(damaged)) {
        QSqlQuery query = database.prepare(
            QStringLiteral("SELECT DISTINCT file_name FROM attachment WHERE sha256 = ? ORDER BY file_name"));
        query.addBindValue(digest);
        database.exec(query);
        QStringList fileNames;
        while (query.next())
            fileNames.append(query.value(0).toString());
        names.append(fileNames.isEmpty() ? digest : fileNames.join(QStringLiteral(", ")));
    }
    return names;
}

qint64 AttachmentRepository::storedBytes(const Database &database)
{
    QSqlQuery query =
        database.prepare(QStringLiteral("SELECT coalesce(sum(size), 0) FROM attachment_content"));
    return database.scalar(query).toLongLong();
}

} // namespace rongpei
