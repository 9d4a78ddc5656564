#pragma once

#include "CliCommand.h"

#include <QList>
#include <QSet>
#include <QString>

#include <memory>
#include <vector>

namespace rongpei {

/// The commands rongpei-cli knows, each with its own options and help.
class CommandRegistry final
{
public:
    CommandRegistry() = default;
    CommandRegistry(CommandRegistry &&) = default;
    CommandRegistry &operator=(CommandRegistry &&) = default;
    Q_DISABLE_COPY(CommandRegistry)

    /// Every command of rongpei-cli, in the order the help lists them: a new command is one
    /// line here.
    static CommandRegistry standard();

    void add(std::unique_ptr<CliCommand> command);
    /// The command called `name`, or nullptr.
    const CliCommand *find(const QString &name) const;
    QList<const CliCommand *> commands() const;
    QStringList names() const;
    /// The names (without dashes) of every option, of any command, that takes a value: what
    /// tells an option's value from the command word.
    QSet<QString> valueOptionNames() const;

private:
    std::vector<std::unique_ptr<CliCommand>> m_commands;
};

} // namespace rongpei
