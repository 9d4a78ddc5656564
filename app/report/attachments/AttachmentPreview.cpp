#include "attachments/AttachmentPreview.h"

#include "attachments/AttachmentFile.h"
#include "common/ValidationError.h"

#include <QBuffer>
#include <QImage>
#include <QImageReader>
#include <QPainter>
#include <QPdfDocument>

namespace rongpei {

namespace {

QByteArray pngOf(const QImage &image)
{
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return png;
}

ValidationError damaged(const QString &fileName, const QString &what)
{
    return ValidationError(QCoreApplication::translate("rongpei::AttachmentPreview",
                                                       "\"%1\" cannot be read as %2: it is damaged or "
                                                       "incomplete. Open it on this computer to check, "
                                                       "save or scan it again, and attach the new copy.")
                               .arg(fileName, what));
}

QByteArray imageThumbnail(const QByteArray &bytes, const QString &fileName)
{
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    QImageReader reader(&buffer);
    reader.setAutoTransform(true); // a phone's photo stands as it was taken
    const QSize size = reader.size();
    if (!size.isValid() || size.isEmpty())
        throw damaged(fileName, AttachmentPreview::tr("a picture"));
    // Decoded at the thumbnail's size: a 20 MB photo is not unpacked whole.
    reader.setScaledSize(
        size.scaled(AttachmentPreview::thumbnailSize, AttachmentPreview::thumbnailSize, Qt::KeepAspectRatio)
            .expandedTo(QSize(1, 1)));
    const QImage image = reader.read();
    if (image.isNull())
        throw damaged(fileName, AttachmentPreview::tr("a picture"));
    return pngOf(image);
}

QByteArray pdfThumbnail(const QByteArray &bytes, const QString &fileName)
{
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    QPdfDocument document;
    document.load(&buffer);
    if (document.error() == QPdfDocument::Error::IncorrectPassword)
        return {}; // a protected PDF is still a PDF; its viewer asks for the password
    if (document.status() != QPdfDocument::Status::Ready || document.pageCount() < 1)
        throw damaged(fileName, AttachmentPreview::tr("a PDF document"));
    const QSizeF page = document.pagePointSize(0);
    if (page.isEmpty())
        throw damaged(fileName, AttachmentPreview::tr("a PDF document"));
    const QSize size = page.toSize().scaled(AttachmentPreview::thumbnailSize,
                                            AttachmentPreview::thumbnailSize, Qt::KeepAspectRatio);
    QImage image = document.render(0, size.expandedTo(QSize(1, 1)));
    if (image.isNull())
        return {};
    // A page is white where its PDF paints nothing.
    QImage paper(image.size(), QImage::Format_RGB32);
    paper.fill(Qt::white);
    {
        QPainter painter(&paper);
        painter.drawImage(0, 0, image);
    }
    return pngOf(paper);
}

} // namespace

bool AttachmentPreview::readsHeic()
{
    return QImageReader::supportedImageFormats().contains("heic");
}

QByteArray AttachmentPreview::thumbnail(const QByteArray &bytes, const QString &mediaType,
                                        const QString &fileName)
{
    if (mediaType.startsWith(QLatin1String("image/")))
        return imageThumbnail(bytes, fileName);
    if (mediaType == QLatin1String("application/pdf"))
        return pdfThumbnail(bytes, fileName);
    return {};
}

PreparedAttachment AttachmentPreview::prepareBytes(const QString &fileName, QByteArray bytes, qint64 limit)
{
    PreparedAttachment prepared = AttachmentFile::fromBytes(fileName, std::move(bytes), limit);
    if (prepared.mediaType == QLatin1String("image/heic") && !readsHeic())
        throw ValidationError(tr("\"%1\" is a HEIC photo, which this computer cannot read. Save it as JPEG "
                                 "and attach that (on an iPhone: Settings, Camera, Formats, Most "
                                 "Compatible).")
                                  .arg(prepared.fileName));
    prepared.thumbnail = thumbnail(prepared.bytes, prepared.mediaType, prepared.fileName);
    return prepared;
}

PreparedAttachment AttachmentPreview::prepareFile(const QString &path, qint64 limit)
{
    PreparedAttachment read = AttachmentFile::read(path, limit);
    return prepareBytes(read.fileName, std::move(read.bytes), limit);
}

} // namespace rongpei
