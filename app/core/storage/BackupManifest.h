#pragma once

#include "storage/AuditChain.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace rongpei {

/// What a backup is, kept beside it as COPY.manifest.json: the file's identity and schema, and the
/// audit chain's head when it was made, so a backup whose history was rewritten afterwards no longer
/// matches it.
struct BackupManifest
{
    Q_DECLARE_TR_FUNCTIONS(rongpei::BackupManifest)

public:
    QString fileUuid;
    int schemaVersion = 0;
    ChainHead head;
    QString createdAt;

    /// The manifest's path for the backup at `backupPath`.
    static QString pathFor(const QString &backupPath);
    /// Reads the copy at `backupPath` (just written and checked) and writes its manifest beside it,
    /// readable by its owner only; throws DatabaseError if it cannot be written.
    static BackupManifest writeFor(const QString &backupPath);
    /// The manifest beside `backupPath`; nullopt if there is none or it is not one.
    static std::optional<BackupManifest> readFor(const QString &backupPath);
};

} // namespace rongpei
