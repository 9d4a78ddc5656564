#include "ReadOnlyWorkspace.h"

#include "CliCommand.h"
#include "CliSignIn.h"
#include "CommandArguments.h"
#include "Workspace.h"
#include "storage/Database.h"

namespace rongpei {

std::unique_ptr<Workspace> ReadOnlyWorkspace::open(const QString &path, CommandContext &context)
{
    try {
        auto workspace = std::make_unique<Workspace>(path, Database::OpenMode::ReadOnly, context.clock);
        CliSignIn::signIn(*workspace, context);
        return workspace;
    } catch (const OlderSchemaError &error) {
        throw DatabaseError(error.kind(),
                            tr("%1 has the file format of an older version of RongPei (version %2; this "
                               "version uses %3) and was left unchanged.")
                                    .arg(CommandArguments::displayPath(path))
                                    .arg(error.foundVersion())
                                    .arg(Database::latestSchemaVersion()) +
                                u' ' + upgradeAdvice(path));
    }
}

QString ReadOnlyWorkspace::upgradeAdvice(const QString &path)
{
    QString file = CommandArguments::displayPath(path);
    if (file.contains(u' '))
        file = u'"' + file + u'"';
    return tr("Open it in RongPei, or run: rongpei-cli upgrade --database %1").arg(file);
}

} // namespace rongpei
