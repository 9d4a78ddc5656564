#include "storage/BackupManifest.h"

#include "storage/Database.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QSqlQuery>

namespace rongpei {

namespace {

const QString formatName = QStringLiteral("rongpei-backup-manifest");

} // namespace

QString BackupManifest::pathFor(const QString &backupPath)
{
    return backupPath + QStringLiteral(".manifest.json");
}

BackupManifest BackupManifest::writeFor(const QString &backupPath)
{
    BackupManifest manifest;
    {
        // A copy of an older file (the one upgrade keeps) is not opened here: it has no seals yet.
        const Database copy(backupPath, Database::OpenMode::ReadOnly, DatabaseOptions::afterOpeningCheck());
        QSqlQuery uuid = copy.prepare(QStringLiteral("SELECT uuid FROM file_identity WHERE id = 1"));
        manifest.fileUuid = copy.scalar(uuid).toString();
        manifest.schemaVersion = copy.schemaVersion();
        if (AuditChain::isSealed(copy))
            manifest.head = AuditChain::head(copy);
    }
    manifest.createdAt = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
    const QJsonObject json{{QStringLiteral("format"), formatName},
                           {QStringLiteral("version"), 1},
                           {QStringLiteral("file"), manifest.fileUuid},
                           {QStringLiteral("schema"), manifest.schemaVersion},
                           {QStringLiteral("journalHead"), manifest.head.toText()},
                           {QStringLiteral("created"), manifest.createdAt}};
    QSaveFile file(pathFor(backupPath));
    if (!file.open(QIODevice::WriteOnly) || file.write(QJsonDocument(json).toJson()) < 0 ||
        !file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner) || !file.commit())
        throw DatabaseError(
            DatabaseError::Kind::CannotOpen,
            tr("The backup %1 was saved, but its manifest %2 could not be written (%3). The backup "
               "is whole; its audit trail cannot be checked against the manifest.")
                .arg(QDir::toNativeSeparators(backupPath), QDir::toNativeSeparators(pathFor(backupPath)),
                     file.errorString()));
    return manifest;
}

std::optional<BackupManifest> BackupManifest::readFor(const QString &backupPath)
{
    QFile file(pathFor(backupPath));
    if (!file.open(QIODevice::ReadOnly) || file.size() > 64 * 1024)
        return std::nullopt;
    const QJsonObject json = QJsonDocument::fromJson(file.readAll()).object();
    if (json.value(QStringLiteral("format")).toString() != formatName)
        return std::nullopt;
    BackupManifest manifest;
    manifest.fileUuid = json.value(QStringLiteral("file")).toString();
    manifest.schemaVersion = json.value(QStringLiteral("schema")).toInt();
    manifest.head = ChainHead::fromText(json.value(QStringLiteral("journalHead")).toString());
    manifest.createdAt = json.value(QStringLiteral("created")).toString();
    return manifest;
}

} // namespace rongpei
