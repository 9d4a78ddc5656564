#include "BackupCommand.h"

#include "CommandArguments.h"
#include "ReadOnlyWorkspace.h"
#include "Workspace.h"
#include "storage/Database.h"

namespace rongpei {

BackupCommand::BackupCommand()
    : m_database(CommandArguments::databaseOption())
    , m_out({QStringLiteral("out"), QStringLiteral("output")},
            tr("The new file to write; it must not exist yet (--output is the same option)."), tr("file"))
{}

QString BackupCommand::name() const
{
    return QStringLiteral("backup");
}

QString BackupCommand::summary() const
{
    return tr("Write a consistent copy of a database to a new file (safe while RongPei is open).");
}

QList<CommandOption> BackupCommand::options() const
{
    return {CommandOption{m_database}, CommandOption{m_out, true}};
}

int BackupCommand::run(const CommandArguments &arguments, CommandContext &context) const
{
    const QString database = arguments.databasePath();
    const QString output = arguments.value(m_out);
    try {
        {
            // Backups are the administrator's: a copy carries every branch's records.
            const std::unique_ptr<Workspace> workspace = ReadOnlyWorkspace::open(database, context);
            workspace->access().require(Permission::ManageBackups);
        }
        Database::backup(database, output);
        context.out << tr("Backed up %1 to %2.")
                           .arg(CommandArguments::displayPath(database),
                                CommandArguments::displayPath(output))
                    << '\n';
        return ExitCode::Success;
    } catch (const std::exception &error) {
        return context.fail(error);
    }
}

} // namespace rongpei
