#pragma once

#include "common/TaskControl.h"

#include <QCoreApplication>
#include <QString>

#include <functional>

namespace rongpei {

/// Copies a database page by page (SQLite's online backup) from one consistent snapshot,
/// while others go on writing, into a file under a temporary name beside the target, with no
/// journal of its own; the copy takes the target's name only once it has been verified, and
/// never replaces an existing file. Anything that stops it leaves nothing under the target's
/// name: a failure or a cancel removes the temporary file; a killed process leaves only that,
/// hidden and named after the target.
class BackupWriter final
{
    Q_DECLARE_TR_FUNCTIONS(rongpei::BackupWriter)

public:
    BackupWriter(QString source, QString target);

    /// `verify` is handed the finished copy under its temporary name and throws to refuse it.
    void write(const TaskControl &control, const std::function<void(const QString &copy)> &verify) const;

    /// The hidden name a backup to `target` is written under first: ".<name>.<random>.partial".
    static QString temporaryNameFor(const QString &target);

private:
    void copyPages(const QString &copy, const TaskControl &control) const;
    void publish(const QString &copy) const;

    QString m_source;
    QString m_target;
};

} // namespace rongpei
