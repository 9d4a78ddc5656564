#include "attachments/AttachmentListModel.h"

#include "attachments/AttachmentFile.h"
#include "attachments/AttachmentPreview.h"
#include "common/TableRoles.h"

#include <QFileInfo>
#include <QPainter>
#include <QPalette>

namespace rongpei {

AttachmentListModel::AttachmentListModel(QObject *parent)
    : QAbstractListModel(parent)
{}

int AttachmentListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

Qt::ItemFlags AttachmentListModel::flags(const QModelIndex &index) const
{
    return QAbstractListModel::flags(index) | Qt::ItemIsDropEnabled;
}

QStringList AttachmentListModel::mimeTypes() const
{
    return {QStringLiteral("text/uri-list")};
}

QPixmap AttachmentListModel::documentPicture(const QString &fileName, int size)
{
    QPixmap picture(size * 3 / 4, size);
    picture.fill(Qt::transparent);
    QPainter painter(&picture);
    painter.setRenderHint(QPainter::Antialiasing);
    const QRectF page = QRectF(picture.rect()).adjusted(2, 2, -2, -2);
    const qreal fold = page.width() / 4;
    QPolygonF outline{page.topLeft(), QPointF(page.right() - fold, page.top()),
                      QPointF(page.right(), page.top() + fold), page.bottomRight(), page.bottomLeft()};
    painter.setPen(QPen(QColor(0x3b, 0x4b, 0x5c), 1.5));
    painter.setBrush(Qt::white);
    painter.drawPolygon(outline);
    const QString suffix = QFileInfo(fileName).suffix().toUpper();
    const bool sheet =
        suffix == QLatin1String("XLS") || suffix == QLatin1String("XLSX") || suffix == QLatin1String("ET");
    const bool text = suffix == QLatin1String("TXT");
    const QColor band = sheet  ? QColor(0x21, 0x7a, 0x3c)
                        : text ? QColor(0x6b, 0x72, 0x80)
                               : QColor(0x2b, 0x57, 0x9a);
    const QRectF label(page.left(), page.center().y() - page.height() / 8, page.width(), page.height() / 4);
    painter.fillRect(label, band);
    QFont font = painter.font();
    font.setBold(true);
    font.setPixelSize(qMax(8, int(label.height() * 0.6)));
    painter.setFont(font);
    painter.setPen(Qt::white);
    painter.drawText(label, Qt::AlignCenter, suffix);
    return picture;
}

QPixmap AttachmentListModel::pictureOf(const Attachment &attachment) const
{
    const QString key = attachment.sha256 + attachment.fileName.section(u'.', -1);
    if (const auto known = m_pictures.constFind(key); known != m_pictures.cend())
        return *known;
    QPixmap picture;
    if (!attachment.thumbnail.isEmpty())
        picture.loadFromData(attachment.thumbnail, "PNG");
    // The list draws a pixmap at its own size: a portrait page must fit the square the name sits under.
    if (!picture.isNull() && (picture.width() > pictureSize || picture.height() > pictureSize))
        picture = picture.scaled(pictureSize, pictureSize, Qt::KeepAspectRatio, Qt::SmoothTransformation);
    if (picture.isNull())
        picture = documentPicture(attachment.fileName, pictureSize);
    m_pictures.insert(key, picture);
    return picture;
}

QVariant AttachmentListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Attachment &a = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return a.fileName;
    case Qt::DecorationRole:
        return pictureOf(a);
    case Qt::ToolTipRole: {
        QStringList lines{a.fileName,
                          enumLabel(a.category) + QStringLiteral(" · ") + AttachmentFile::sizeText(a.size)};
        if (a.id == 0)
            lines.append(tr("Attached when the record is saved."));
        else if (!a.attachedBy.isEmpty())
            lines.append(tr("Attached by %1 on %2")
                             .arg(a.attachedBy,
                                  a.attachedAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"))));
        return lines.join(u'\n');
    }
    case TableRole::Id:
        return a.id;
    case TableRole::SearchText:
        return (a.fileName + u' ' + enumLabel(a.category)).toCaseFolded();
    default:
        return {};
    }
}

void AttachmentListModel::setAttachments(QList<Attachment> attachments)
{
    beginResetModel();
    m_rows = std::move(attachments);
    for (const auto &[file, category] : std::as_const(m_pending)) {
        Attachment shown;
        shown.fileName = file.fileName;
        shown.sha256 = file.sha256;
        shown.size = file.bytes.size();
        shown.mediaType = file.mediaType;
        shown.category = category;
        shown.thumbnail = file.thumbnail;
        m_rows.append(shown);
    }
    endResetModel();
}

void AttachmentListModel::addPending(const PreparedAttachment &file, AttachmentCategory category)
{
    m_pending.append({file, category});
    QList<Attachment> stored = m_rows.mid(0, m_rows.size() - m_pending.size() + 1);
    setAttachments(stored);
}

void AttachmentListModel::setPendingCategory(int row, AttachmentCategory category)
{
    const qsizetype first = m_rows.size() - m_pending.size();
    if (row < first || row >= m_rows.size())
        return;
    m_pending[row - first].second = category;
    m_rows[row].category = category;
    emit dataChanged(index(row), index(row));
}

void AttachmentListModel::removeRow(int row)
{
    const qsizetype first = m_rows.size() - m_pending.size();
    beginRemoveRows({}, row, row);
    if (row >= first)
        m_pending.removeAt(row - first);
    m_rows.removeAt(row);
    endRemoveRows();
}

qint64 AttachmentListModel::totalBytes() const
{
    qint64 total = 0;
    for (const Attachment &a : m_rows)
        total += a.size;
    return total;
}

} // namespace rongpei
