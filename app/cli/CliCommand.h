#pragma once

#include <QCommandLineOption>
#include <QList>
#include <QString>
#include <QTextStream>

namespace rongpei {

class Clock;
class CommandArguments;

/// rongpei-cli's exit codes: a contract with the scripts that call it.
namespace ExitCode {
/// The command did its work.
constexpr int Success = 0;
/// The work failed; stderr says what and where.
constexpr int Failure = 1;
/// The command line was wrong; stderr names the option and shows the command's help.
constexpr int Usage = 2;
} // namespace ExitCode

/// An option of a command, and whether the command cannot run without it.
struct CommandOption
{
    QCommandLineOption option;
    bool required = false;
};

/// What a command works with: where its output and messages go, and the clock.
struct CommandContext
{
    QTextStream &out;
    QTextStream &err;
    const Clock &clock;
    /// --details: a failure prints what the check or SQLite found too, for support.
    bool showDetails = false;

    /// Prints the error's message (and its details with --details) and returns ExitCode::Failure.
    int fail(const std::exception &error);
};

/// One command of rongpei-cli: `rongpei-cli NAME [options]`.
///
/// The command line checks the options before run(): each one belongs to the command, is
/// given at most once and with a value, and the required ones are there. run() checks what
/// the values mean, throwing UsageError for a bad one before it does any work.
class CliCommand
{
public:
    CliCommand() = default;
    virtual ~CliCommand() = default;
    Q_DISABLE_COPY_MOVE(CliCommand)

    /// The word that names the command on the command line, e.g. "check"; never translated.
    virtual QString name() const = 0;
    /// One line for the list of commands.
    virtual QString summary() const = 0;
    /// The command's own options, in the order its help lists them.
    virtual QList<CommandOption> options() const = 0;
    /// Does the work; returns an ExitCode.
    virtual int run(const CommandArguments &arguments, CommandContext &context) const = 0;
};

} // namespace rongpei
