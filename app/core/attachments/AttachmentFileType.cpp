#include "attachments/AttachmentFileType.h"

#include "common/ValidationError.h"

#include <QFileInfo>
#include <QStringDecoder>

#include <algorithm>
#include <array>

namespace rongpei {

namespace {

struct Extension
{
    QLatin1StringView suffix;
    AttachmentFormat format;
};

constexpr std::array extensions{
    Extension{QLatin1StringView("jpg"), AttachmentFormat::Jpeg},
    Extension{QLatin1StringView("jpeg"), AttachmentFormat::Jpeg},
    Extension{QLatin1StringView("png"), AttachmentFormat::Png},
    Extension{QLatin1StringView("heic"), AttachmentFormat::Heic},
    Extension{QLatin1StringView("heif"), AttachmentFormat::Heic},
    Extension{QLatin1StringView("pdf"), AttachmentFormat::Pdf},
    Extension{QLatin1StringView("doc"), AttachmentFormat::WordDocument},
    Extension{QLatin1StringView("docx"), AttachmentFormat::WordDocument},
    Extension{QLatin1StringView("wps"), AttachmentFormat::WordDocument},
    Extension{QLatin1StringView("xls"), AttachmentFormat::Spreadsheet},
    Extension{QLatin1StringView("xlsx"), AttachmentFormat::Spreadsheet},
    Extension{QLatin1StringView("et"), AttachmentFormat::Spreadsheet},
    Extension{QLatin1StringView("txt"), AttachmentFormat::Text},
};

const QByteArray oleMagic = QByteArrayLiteral("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1");
const QByteArray zipMagic = QByteArrayLiteral("PK\x03\x04");

bool startsWith(const QByteArray &bytes, const QByteArray &magic)
{
    return bytes.startsWith(magic);
}

bool isJpeg(const QByteArray &bytes)
{
    return startsWith(bytes, QByteArrayLiteral("\xFF\xD8\xFF"));
}
bool isPng(const QByteArray &bytes)
{
    return startsWith(bytes, QByteArrayLiteral("\x89PNG\r\n\x1A\n"));
}

bool isHeic(const QByteArray &bytes)
{
    if (bytes.size() < 12 || bytes.mid(4, 4) != "ftyp")
        return false;
    static const QList<QByteArray> brands{"heic", "heix", "hevc", "hevx", "heim", "heis", "mif1", "msf1"};
    return brands.contains(bytes.mid(8, 4));
}

/// The PDF header may follow a little junk, as some scanners write it; never a program's header.
bool isPdf(const QByteArray &bytes)
{
    const qsizetype header = bytes.left(1024).indexOf("%PDF-");
    return header == 0 || (header > 0 && !startsWith(bytes, "MZ") &&
                           !startsWith(bytes, "\x7F"
                                              "ELF"));
}

/// An Office Open XML package holding `part` (word/document.xml, xl/workbook.xml): a zip whose
/// names are stored in clear in its local headers.
bool isOpenXml(const QByteArray &bytes, const char *part)
{
    return startsWith(bytes, zipMagic) && bytes.contains(part);
}

bool isPlainText(const QByteArray &bytes)
{
    if (startsWith(bytes, QByteArrayLiteral("\xFF\xFE")) || startsWith(bytes, QByteArrayLiteral("\xFE\xFF")))
        return true; // UTF-16 with its byte order mark
    if (bytes.contains('\0'))
        return false;
    QStringDecoder utf8(QStringConverter::Utf8);
    QString text = utf8.decode(bytes);
    if (utf8.hasError()) {
        // What a Chinese Windows saves as 纯文本.
        QStringDecoder gb18030("GB18030");
        if (!gb18030.isValid())
            return false;
        text = gb18030.decode(bytes);
        if (gb18030.hasError())
            return false;
    }
    // A decoder may stand in for a byte it cannot read instead of failing; text has no controls.
    return std::none_of(text.cbegin(), text.cend(), [](QChar c) {
        return c == QChar::ReplacementCharacter ||
               (c.unicode() < 0x20 && c != u'\t' && c != u'\n' && c != u'\r' && c != u'\f');
    });
}

/// The media type of `bytes` if they are a file of `format`; empty if they are not.
QString mediaTypeIf(AttachmentFormat format, const QByteArray &bytes)
{
    switch (format) {
    case AttachmentFormat::Jpeg:
        return isJpeg(bytes) ? QStringLiteral("image/jpeg") : QString();
    case AttachmentFormat::Png:
        return isPng(bytes) ? QStringLiteral("image/png") : QString();
    case AttachmentFormat::Heic:
        return isHeic(bytes) ? QStringLiteral("image/heic") : QString();
    case AttachmentFormat::Pdf:
        return isPdf(bytes) ? QStringLiteral("application/pdf") : QString();
    case AttachmentFormat::WordDocument:
        if (startsWith(bytes, oleMagic))
            return QStringLiteral("application/msword");
        if (isOpenXml(bytes, "word/document.xml"))
            return QStringLiteral("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        return {};
    case AttachmentFormat::Spreadsheet:
        if (startsWith(bytes, oleMagic))
            return QStringLiteral("application/vnd.ms-excel");
        if (isOpenXml(bytes, "xl/workbook.xml"))
            return QStringLiteral("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        return {};
    case AttachmentFormat::Text:
        return isPlainText(bytes) ? QStringLiteral("text/plain") : QString();
    }
    return {};
}

} // namespace

QString AttachmentFileType::describeContent(const QByteArray &bytes)
{
    if (startsWith(bytes, "MZ"))
        return tr("a Windows program");
    if (startsWith(bytes, "\x7F"
                          "ELF"))
        return tr("a program");
    if (startsWith(bytes, "#!"))
        return tr("a script");
    if (isJpeg(bytes))
        return tr("a JPEG image");
    if (isPng(bytes))
        return tr("a PNG image");
    if (isHeic(bytes))
        return tr("a HEIC photo");
    if (isPdf(bytes))
        return tr("a PDF document");
    if (startsWith(bytes, oleMagic) || isOpenXml(bytes, "word/document.xml") ||
        isOpenXml(bytes, "xl/workbook.xml"))
        return tr("an Office document");
    if (startsWith(bytes, zipMagic))
        return tr("a compressed archive");
    if (isPlainText(bytes))
        return tr("plain text");
    return tr("a file of an unknown kind");
}

IdentifiedFile AttachmentFileType::identify(const QByteArray &bytes, const QString &fileName)
{
    const QString name = QFileInfo(fileName).fileName();
    if (bytes.isEmpty())
        throw ValidationError(tr("\"%1\" is empty: there is nothing to attach.").arg(name));
    const QString suffix = QFileInfo(name).suffix().toLower();
    for (const Extension &extension : extensions) {
        if (suffix != extension.suffix)
            continue;
        const QString mediaType = mediaTypeIf(extension.format, bytes);
        if (mediaType.isEmpty())
            throw ValidationError(
                tr("\"%1\" is named like a .%2 file, but its content is %3. For safety it is not "
                   "attached; check where the file came from, and if it is what it should be, "
                   "give it the extension that matches its content.")
                    .arg(name, suffix, describeContent(bytes)));
        return {extension.format, mediaType};
    }
    throw ValidationError(tr("\"%1\" cannot be attached: a record takes photos (JPEG, PNG, HEIC), PDF, "
                             "Word, WPS and Excel documents and plain text (.txt).")
                              .arg(name));
}

QStringList AttachmentFileType::acceptedPatterns()
{
    QStringList patterns;
    for (const Extension &extension : extensions)
        patterns.append(QStringLiteral("*.") + extension.suffix);
    return patterns;
}

} // namespace rongpei
