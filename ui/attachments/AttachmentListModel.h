#pragma once

#include "attachments/Attachment.h"

#include <QAbstractListModel>
#include <QHash>
#include <QPixmap>

namespace rongpei {

/// A record's attached files for a list with thumbnails: its stored ones and, for a record not
/// saved yet, those waiting to be attached when it is.
class AttachmentListModel final : public QAbstractListModel
{
    Q_OBJECT

public:
    /// The side of the square each file's picture fits in.
    static constexpr int pictureSize = 106;

    explicit AttachmentListModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QStringList mimeTypes() const override;

    void setAttachments(QList<Attachment> attachments);
    const Attachment &attachmentAt(int row) const { return m_rows.at(row); }
    /// A file shown before it is stored (id 0): its bytes stay with the model until saved.
    void addPending(const PreparedAttachment &file, AttachmentCategory category);
    void setPendingCategory(int row, AttachmentCategory category);
    void removeRow(int row);
    const QList<std::pair<PreparedAttachment, AttachmentCategory>> &pending() const { return m_pending; }
    qint64 totalBytes() const;

    /// What stands for a file without a thumbnail: a page with its extension on it.
    static QPixmap documentPicture(const QString &fileName, int size);

private:
    QPixmap pictureOf(const Attachment &attachment) const;

    QList<Attachment> m_rows;
    /// For the rows past the stored ones, in the same order.
    QList<std::pair<PreparedAttachment, AttachmentCategory>> m_pending;
    mutable QHash<QString, QPixmap> m_pictures; // by digest
};

} // namespace rongpei
