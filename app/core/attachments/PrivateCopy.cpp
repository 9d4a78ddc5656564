#include "attachments/PrivateCopy.h"

#include "attachments/AttachmentFile.h"
#include "common/FileError.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QTemporaryDir>

namespace rongpei {

QString PrivateCopy::folder()
{
    return QDir(QDir::tempPath())
        .filePath(QStringLiteral("rongpei-attachments-%1")
                      .arg(qEnvironmentVariable("USER", QStringLiteral("user"))));
}

QString PrivateCopy::write(const QString &fileName, const QByteArray &bytes)
{
    const QString root = folder();
    // Created by us with no access for others; one that exists must be ours and closed to others,
    // and not a link another user of this computer left in the shared temporary folder.
    const QFileInfo existing(root);
    if (existing.isSymLink() ||
        (existing.exists() && existing.ownerId() != QFileInfo(QDir::homePath()).ownerId()))
        throw FileError(tr("%1 is not RongPei's own folder for copies (it is a link, or another user's); "
                           "delete it or ask the administrator, then open the file again.")
                            .arg(QDir::toNativeSeparators(root)));
    if (!QDir().mkpath(root) ||
        !QFile::setPermissions(root, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner))
        throw FileError(tr("No private copy can be written in %1; check the temporary folder's space and "
                           "permissions.")
                            .arg(QDir::toNativeSeparators(root)));
    QTemporaryDir copyFolder(QDir(root).filePath(QStringLiteral("XXXXXX")));
    if (!copyFolder.isValid())
        throw FileError(tr("No private copy can be written in %1 (%2).")
                            .arg(QDir::toNativeSeparators(root), copyFolder.errorString()));
    copyFolder.setAutoRemove(false);
    const QString name = AttachmentFile::cleanName(fileName);
    const QString path = copyFolder.filePath(name.isEmpty() ? QStringLiteral("attachment") : name);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        throw FileError(tr("%1 could not be written (%2); is the disk full?")
                            .arg(QDir::toNativeSeparators(path), file.errorString()));
    QFile::setPermissions(path, QFile::ReadOwner);
    return path;
}

void PrivateCopy::removeAll()
{
    QDir root(folder());
    if (!root.exists())
        return;
    // The copies are read-only: make them writable so the folder can go.
    const QStringList copies = root.entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QString &copy : copies) {
        QDir copyFolder(root.filePath(copy));
        for (const QString &file : copyFolder.entryList(QDir::Files | QDir::Hidden))
            QFile::setPermissions(copyFolder.filePath(file), QFile::ReadOwner | QFile::WriteOwner);
        copyFolder.removeRecursively();
    }
}

} // namespace rongpei
