#pragma once

#include "CliCommand.h"

#include <QCoreApplication>
#include <QSet>

#include <optional>

namespace rongpei {

class Workspace;

/// `compliance`: every employed cadre's study hours against the hour requirements, as a
/// table or CSV. Reads the database only.
class ComplianceCommand final : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(rongpei::ComplianceCommand)

public:
    ComplianceCommand();

    QString name() const override;
    QString summary() const override;
    QList<CommandOption> options() const override;
    int run(const CommandArguments &arguments, CommandContext &context) const override;

    /// The branches that --branch names; nullopt, with the reason on stderr, if none or several
    /// match. Every command with --branch reads it so.
    static std::optional<QSet<qint64>> branchScope(Workspace &workspace, const QString &database,
                                                   const QString &name, QTextStream &err);

private:
    QCommandLineOption m_database;
    QCommandLineOption m_year;
    QCommandLineOption m_branch;
    QCommandLineOption m_format;
};

} // namespace rongpei
