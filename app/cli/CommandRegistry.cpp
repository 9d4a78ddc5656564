#include "CommandRegistry.h"

#include "AttachmentsCommand.h"
#include "BackupCommand.h"
#include "CheckCommand.h"
#include "ClassesCommand.h"
#include "ComplianceCommand.h"
#include "DemoCommand.h"
#include "HistoryCommand.h"
#include "PlansCommand.h"
#include "PurgeCommand.h"
#include "RotationsCommand.h"
#include "UpgradeCommand.h"

namespace rongpei {

CommandRegistry CommandRegistry::standard()
{
    CommandRegistry registry;
    registry.add(std::make_unique<AttachmentsCommand>());
    registry.add(std::make_unique<CheckCommand>());
    registry.add(std::make_unique<DemoCommand>());
    registry.add(std::make_unique<BackupCommand>());
    registry.add(std::make_unique<ComplianceCommand>());
    registry.add(std::make_unique<ClassesCommand>());
    registry.add(std::make_unique<PlansCommand>());
    registry.add(std::make_unique<RotationsCommand>());
    registry.add(std::make_unique<HistoryCommand>());
    registry.add(std::make_unique<PurgeCommand>());
    registry.add(std::make_unique<UpgradeCommand>());
    return registry;
}

void CommandRegistry::add(std::unique_ptr<CliCommand> command)
{
    Q_ASSERT(command && !find(command->name()));
    m_commands.push_back(std::move(command));
}

const CliCommand *CommandRegistry::find(const QString &name) const
{
    for (const auto &command : m_commands)
        if (command->name() == name)
            return command.get();
    return nullptr;
}

QList<const CliCommand *> CommandRegistry::commands() const
{
    QList<const CliCommand *> commands;
    for (const auto &command : m_commands)
        commands.append(command.get());
    return commands;
}

QStringList CommandRegistry::names() const
{
    QStringList names;
    for (const auto &command : m_commands)
        names.append(command->name());
    return names;
}

QSet<QString> CommandRegistry::valueOptionNames() const
{
    QSet<QString> names;
    for (const auto &command : m_commands)
        for (const CommandOption &option : command->options())
            if (!option.option.valueName().isEmpty())
                for (const QString &name : option.option.names())
                    names.insert(name);
    return names;
}

} // namespace rongpei
