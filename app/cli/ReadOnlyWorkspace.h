#pragma once

#include <QCoreApplication>
#include <QString>

#include <memory>

namespace rongpei {

struct CommandContext;
class Workspace;

/// Opens a database for a command that only reads (compliance, and later report, scores …):
/// on a connection that cannot write, so the file is never upgraded or changed.
class ReadOnlyWorkspace final
{
    Q_DECLARE_TR_FUNCTIONS(rongpei::ReadOnlyWorkspace)

public:
    /// Throws DatabaseError naming the problem; a file of an older version is refused with
    /// the advice to upgrade it. Signs in (CliSignIn) when the file has users.
    static std::unique_ptr<Workspace> open(const QString &path, CommandContext &context);

    /// What to do with a file of an older version: open it in RongPei, or run
    /// `rongpei-cli upgrade --database FILE`.
    static QString upgradeAdvice(const QString &path);
};

} // namespace rongpei
