#pragma once

#include "attachments/Attachment.h"
#include "common/ValidationError.h"

#include <QCoreApplication>

namespace rongpei {

/// Reads and checks a file to attach, before anything is stored: its kind, its size and its digest.
/// Needs no database, so the GUI runs it off its thread.
class AttachmentFile final
{
    Q_DECLARE_TR_FUNCTIONS(rongpei::AttachmentFile)

public:
    /// The largest file taken, a setting of this computer (default 20 MB).
    static qint64 maxBytes();
    static int maxMegabytes();
    static void setMaxMegabytes(int megabytes);
    static constexpr int defaultMaxMegabytes = 20;

    /// Reads the regular file at `path`. Throws FileError if it cannot be read (gone, a folder or a
    /// device, unreadable, changed while read) and ValidationError if it is empty, larger than
    /// `limit` bytes, or not a kind a record takes.
    static PreparedAttachment read(const QString &path, qint64 limit);
    /// The same checks on bytes from elsewhere (a pasted picture, the demo).
    static PreparedAttachment fromBytes(const QString &fileName, QByteArray bytes, qint64 limit);

    /// The name as stored: no folders, no control characters, at most 255 characters.
    static QString cleanName(const QString &fileName);
    /// The refusal of a file of `size` bytes over `limit`, with both sizes and what to do.
    static ValidationError tooLarge(const QString &fileName, qint64 size, qint64 limit);
    /// "1.5 MB", "320 KB".
    static QString sizeText(qint64 bytes);
};

} // namespace rongpei
