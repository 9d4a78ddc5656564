#include "CheckCommand.h"

#include "CommandArguments.h"
#include "ReadOnlyWorkspace.h"
#include "storage/Database.h"

namespace rongpei {

CheckCommand::CheckCommand()
    : m_database(CommandArguments::databaseOption())
{}

QString CheckCommand::name() const
{
    return QStringLiteral("check");
}

QString CheckCommand::summary() const
{
    return tr("Check that a database is a healthy RongPei file (prints \"ok\"); changes nothing.");
}

QList<CommandOption> CheckCommand::options() const
{
    return {CommandOption{m_database}};
}

int CheckCommand::run(const CommandArguments &arguments, CommandContext &context) const
{
    const QString database = arguments.databasePath();
    try {
        // Database::check reads on a connection that cannot write.
        const int version = Database::check(database);
        context.out << "ok\n";
        if (version < Database::latestSchemaVersion())
            context.err << tr("%1 is healthy but has the file format of an older version of RongPei "
                              "(version %2; this version uses %3).")
                               .arg(CommandArguments::displayPath(database))
                               .arg(version)
                               .arg(Database::latestSchemaVersion())
                        << ' ' << ReadOnlyWorkspace::upgradeAdvice(database) << '\n';
        return ExitCode::Success;
    } catch (const DatabaseError &error) {
        return context.fail(error);
    }
}

} // namespace rongpei
