#pragma once

#include <QCoreApplication>
#include <QString>

namespace rongpei {

class CliCommand;
class CommandRegistry;

/// The help texts of rongpei-cli: the list of commands, and each command's usage and options.
class CommandHelp final
{
    Q_DECLARE_TR_FUNCTIONS(rongpei::CommandHelp)

public:
    /// `rongpei-cli --help`: the commands with their summaries, and the global options.
    static QString overview(const CommandRegistry &registry);
    /// `rongpei-cli COMMAND --help`: the command's usage line and its options only.
    static QString forCommand(const CliCommand &command);
    /// How a required option reads in a message, e.g. "--year <year>".
    static QString optionWithValue(const QString &name, const QString &valueName);
};

} // namespace rongpei
