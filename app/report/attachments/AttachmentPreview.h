#pragma once

#include "attachments/Attachment.h"

#include <QCoreApplication>

namespace rongpei {

/// Makes a file ready to attach: AttachmentFile's checks, then what only a picture reader can
/// tell (that a photo or a PDF can be read at all) and its thumbnail. Runs off the GUI thread.
class AttachmentPreview final
{
    Q_DECLARE_TR_FUNCTIONS(rongpei::AttachmentPreview)

public:
    /// The longest side of a thumbnail, in pixels.
    static constexpr int thumbnailSize = 160;

    /// Throws FileError or ValidationError as AttachmentFile::read does, and ValidationError for a
    /// damaged picture or PDF or a HEIC photo this computer cannot read.
    static PreparedAttachment prepareFile(const QString &path, qint64 limit);
    static PreparedAttachment prepareBytes(const QString &fileName, QByteArray bytes, qint64 limit);

    /// A PNG of at most thumbnailSize pixels: the picture, or a PDF's first page; empty for a
    /// password-protected PDF and for the other kinds.
    static QByteArray thumbnail(const QByteArray &bytes, const QString &mediaType, const QString &fileName);

    /// Whether this computer reads HEIC photos (a Qt image plugin for them is installed).
    static bool readsHeic();
};

} // namespace rongpei
