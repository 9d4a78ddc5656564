#pragma once

#include "attachments/Attachment.h"
#include "storage/RecordRepository.h"

#include <QCoreApplication>
#include <QHash>

#include <optional>

namespace rongpei {

class AccessPolicy;
class Clock;
struct RecordKind;

/// The files attached to records. Each file's bytes are stored once by their SHA-256, however
/// often they are attached; an attachment is read and written under its record's unit. Removing one
/// is journalled, so the recycle bin brings it back; its bytes stay until the bin is emptied.
class AttachmentRepository final : public RecordRepository
{
    Q_OBJECT

public:
    /// `access` is the workspace's: it names who attaches.
    AttachmentRepository(Database &database, const Clock &clock, const AccessPolicy &access,
                         QObject *parent = nullptr);

    /// The owner of a record of `kind` (one whose RecordKind::attachmentColumn is set).
    static AttachmentOwner ownerOf(const RecordKind &kind, qint64 recordId);

    /// A record's files in the order attached, with their thumbnails. Throws DatabaseError
    /// (Kind::Permission) for a record of a unit the user may not read.
    QList<Attachment> of(const AttachmentOwner &owner) const;
    std::optional<Attachment> find(qint64 id) const;
    /// The file's bytes, checked against its digest; throws DatabaseError if they do not match.
    QByteArray content(qint64 id) const;

    /// Attaches a checked file (AttachmentFile) to the record. Throws ValidationError if the record
    /// is gone or the file is larger than `limit`, DatabaseError otherwise; nothing is stored then.
    qint64 attach(const AttachmentOwner &owner, const PreparedAttachment &file, AttachmentCategory category,
                  qint64 limit);
    void setCategory(qint64 id, AttachmentCategory category);
    /// Removes the attachment (the recycle bin keeps it); returns it as it was.
    Attachment remove(qint64 id);

    /// How many of each category a record has, for several records of one kind at once.
    static QHash<qint64, QList<AttachmentCategory>>
    categoriesOf(const Database &database, const QString &column, const QList<qint64> &ownerIds);
    /// Deletes the stored bytes no attachment refers to any more; returns how many files.
    static int dropUnreferenced(Database &database);
    /// The stored files whose bytes no longer match their digest, for `rongpei-cli check`: each by the
    /// names it is attached under, or by its digest if only the recycle bin refers to it.
    static QStringList damagedContents(const Database &database);
    /// What all stored files take, in bytes.
    static qint64 storedBytes(const Database &database);

signals:
    /// After a commit that attached, removed or recategorised a file of the record.
    void attachmentsChanged(const QString &column, qint64 ownerId);

private:
    /// The unit of the owner record; throws ValidationError if it is gone.
    qint64 ownerBranch(const AttachmentOwner &owner) const;
    /// The owner columns of the attachment table, with their record's table.
    const QHash<QString, QString> &ownerColumns() const;
    Attachment readable(qint64 id) const;
    void announceOwner(const AttachmentOwner &owner);

    const Clock &m_clock;
    const AccessPolicy &m_access;
    mutable QHash<QString, QString> m_ownerColumns;
};

} // namespace rongpei
