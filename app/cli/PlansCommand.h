#pragma once

#include "CliCommand.h"

#include <QCoreApplication>

namespace rongpei {

/// `plans`: each cadre's development plan for a year, with target and earned hours by side and
/// the required courses done and open, as a table or CSV. Reads the database only.
class PlansCommand final : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(rongpei::PlansCommand)

public:
    PlansCommand();

    QString name() const override;
    QString summary() const override;
    QList<CommandOption> options() const override;
    int run(const CommandArguments &arguments, CommandContext &context) const override;

private:
    QCommandLineOption m_database;
    QCommandLineOption m_year;
    QCommandLineOption m_branch;
    QCommandLineOption m_format;
};

} // namespace rongpei
