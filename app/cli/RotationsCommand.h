#pragma once

#include "CliCommand.h"

#include <QCoreApplication>

namespace rongpei {

/// `rotations`: the rotations that cover a day of a year (or all), with their direction across the
/// tracks, derived status and evaluations, as a table or CSV. Reads the database only.
class RotationsCommand final : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(rongpei::RotationsCommand)

public:
    RotationsCommand();

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
