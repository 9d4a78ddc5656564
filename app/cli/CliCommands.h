#pragma once

#include <QCoreApplication>
#include <QSet>
#include <QStringList>
#include <QTextStream>

#include <optional>

namespace rongpei {

class Clock;
class Workspace;

/// The commands of rongpei-cli. Exit codes: 0 done, 1 the work failed, 2 bad usage.
class CliCommands final
{
    Q_DECLARE_TR_FUNCTIONS(rongpei::CliCommands)

public:
    enum ExitCode
    {
        Success = 0,
        Failure = 1,
        UsageError = 2
    };

    CliCommands(const Clock &clock, QTextStream &out, QTextStream &err);

    /// Parses the arguments (argv[0] first) and runs the command they name.
    int run(const QStringList &arguments);

private:
    int check(const QString &database);
    int demo(const QString &database, const QString &cadres, const QString &seed);
    int backup(const QString &database, const QString &output);
    /// The branches that --branch names; nullopt, with the reason on stderr, if none or several match.
    std::optional<QSet<qint64>> branchScope(Workspace &workspace, const QString &database,
                                            const QString &name);
    int compliance(const QString &database, const QString &year, const std::optional<QString> &branch,
                   const QString &format);

    const Clock &m_clock;
    QTextStream &m_out;
    QTextStream &m_err;
};

} // namespace rongpei
