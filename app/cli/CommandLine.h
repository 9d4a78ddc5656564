#pragma once

#include "CliCommand.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QStringList>

namespace rongpei {

class CommandRegistry;

/// Reads rongpei-cli's arguments and runs the command they name:
/// `rongpei-cli [global options] COMMAND [options]`, `rongpei-cli help [COMMAND]`.
///
/// A usage error (an option the command does not have, one given twice or empty, a required
/// one missing, an unknown command, a bad value) exits with ExitCode::Usage after naming the
/// option and printing the command's help on stderr.
class CommandLine final
{
    Q_DECLARE_TR_FUNCTIONS(rongpei::CommandLine)

public:
    CommandLine(const CommandRegistry &registry, CommandContext context);

    /// Parses the arguments (argv[0] first) and runs the command they name; returns its exit code.
    int run(const QStringList &arguments);

private:
    /// The command word and every other argument (argv[0] first), the options in their order.
    struct Words
    {
        QString command;
        QStringList rest;
    };
    Words split(const QStringList &arguments) const;

    /// No command, or `help [COMMAND]`.
    int runWithoutCommand(const Words &words);
    int runCommand(const CliCommand &command, const QStringList &arguments);

    /// Parses `arguments` and checks what the parser does not: nothing repeated, no empty
    /// value, a known --lang. Returns the problem, or an empty string.
    QString parse(QCommandLineParser &parser, const QList<QCommandLineOption> &options,
                  const QStringList &arguments, const QString &commandName) const;

    int usageError(const QString &message, const QString &help);
    int printVersion();

    const CommandRegistry &m_registry;
    CommandContext m_context;
};

} // namespace rongpei
