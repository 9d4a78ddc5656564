#include "attachments/AttachmentFile.h"

#include "attachments/AttachmentFileType.h"
#include "attachments/ContentDigest.h"
#include "common/FileError.h"
#include "common/ValidationError.h"

#include <QFile>
#include <QFileInfo>
#include <QSettings>

#include <filesystem>

namespace rongpei {

namespace {

const QString maxMegabytesKey = QStringLiteral("attachments/maxFileMegabytes");

AttachmentCategory suggestedCategory(const QString &name, const IdentifiedFile &file)
{
    const auto mentions = [&name](std::initializer_list<const char16_t *> words) {
        for (const char16_t *word : words)
            if (name.contains(QString::fromUtf16(word), Qt::CaseInsensitive))
                return true;
        return false;
    };
    if (mentions({u"签到", u"签名", u"sign-in", u"signin"}))
        return AttachmentCategory::SignInSheet;
    if (mentions({u"记录", u"纪要", u"minutes"}))
        return AttachmentCategory::Minutes;
    if (mentions({u"证明", u"佐证", u"证书", u"批复", u"审批"}))
        return AttachmentCategory::Evidence;
    return file.isImage() ? AttachmentCategory::Photo : AttachmentCategory::Other;
}

} // namespace

ValidationError AttachmentFile::tooLarge(const QString &name, qint64 size, qint64 limit)
{
    return ValidationError(tr("\"%1\" is %2; a file of at most %3 can be attached. "
                              "Reduce it (scan at a lower resolution, compress the "
                              "PDF) or ask the administrator to raise the limit in "
                              "the settings.")
                               .arg(name, sizeText(size), sizeText(limit)));
}

int AttachmentFile::maxMegabytes()
{
    const int megabytes = QSettings().value(maxMegabytesKey, defaultMaxMegabytes).toInt();
    return megabytes > 0 ? megabytes : defaultMaxMegabytes;
}

qint64 AttachmentFile::maxBytes()
{
    return qint64(maxMegabytes()) * 1024 * 1024;
}

void AttachmentFile::setMaxMegabytes(int megabytes)
{
    QSettings().setValue(maxMegabytesKey, qBound(1, megabytes, 500));
}

QString AttachmentFile::cleanName(const QString &fileName)
{
    QString name = QFileInfo(QString(fileName).replace(u'\\', u'/')).fileName();
    name.removeIf(
        [](QChar c) { return c.category() == QChar::Other_Control || c.category() == QChar::Other_Format; });
    name = name.trimmed();
    if (name.size() > 255) {
        const QString suffix = QFileInfo(name).suffix().left(16);
        name = name.left(254 - suffix.size()) + u'.' + suffix;
    }
    return name;
}

QString AttachmentFile::sizeText(qint64 bytes)
{
    if (bytes >= 1024 * 1024)
        return tr("%1 MB").arg(QLocale().toString(double(bytes) / (1024 * 1024), 'f', 1));
    return tr("%1 KB").arg(QLocale().toString(qMax<qint64>(1, (bytes + 1023) / 1024)));
}

PreparedAttachment AttachmentFile::fromBytes(const QString &fileName, QByteArray bytes, qint64 limit)
{
    const QString name = cleanName(fileName);
    if (name.isEmpty() || QFileInfo(name).completeBaseName().isEmpty())
        throw ValidationError(tr("The file has no name; give it one and attach it again."));
    if (bytes.size() > limit)
        throw tooLarge(name, bytes.size(), limit);
    const IdentifiedFile file = AttachmentFileType::identify(bytes, name);
    PreparedAttachment prepared;
    prepared.fileName = name;
    prepared.mediaType = file.mediaType;
    prepared.sha256 = contentDigest(bytes);
    prepared.suggestedCategory = suggestedCategory(name, file);
    prepared.bytes = std::move(bytes);
    return prepared;
}

PreparedAttachment AttachmentFile::read(const QString &path, qint64 limit)
{
    const QString name = QFileInfo(path).fileName();
    std::error_code error;
    const auto status = std::filesystem::status(path.toStdString(), error);
    if (error || !std::filesystem::exists(status))
        throw FileError(
            tr("\"%1\" is no longer there: it was moved or deleted. Nothing was attached.").arg(path));
    if (!std::filesystem::is_regular_file(status))
        throw FileError(
            tr("\"%1\" is not a file (a folder or a device); only files can be attached.").arg(path));
    QFile file(path);
    if (file.size() > limit)
        throw tooLarge(name, file.size(), limit);
    if (!file.open(QIODevice::ReadOnly))
        throw FileError(tr("\"%1\" cannot be read: %2. Check that it is not open in another program "
                           "and that you may read it.")
                            .arg(path, file.errorString()));
    const qint64 expected = file.size();
    QByteArray bytes = file.read(limit + 1);
    if (bytes.size() != expected || file.error() != QFileDevice::NoError)
        throw FileError(tr("\"%1\" changed or could not be read to its end; nothing was attached. Try "
                           "again once it is complete.")
                            .arg(path));
    return fromBytes(name, std::move(bytes), limit);
}

} // namespace rongpei
