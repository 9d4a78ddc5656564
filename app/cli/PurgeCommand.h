#pragma once

#include "CliCommand.h"

#include <QCoreApplication>

namespace rongpei {

/// `purge`: removes a deleted cadre's personal fields from the change journal once the retention
/// period has passed; an administrator's command.
class PurgeCommand final : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(rongpei::PurgeCommand)

public:
    PurgeCommand();

    QString name() const override;
    QString summary() const override;
    QList<CommandOption> options() const override;
    int run(const CommandArguments &arguments, CommandContext &context) const override;

private:
    QCommandLineOption m_database;
    QCommandLineOption m_cadre;
    QCommandLineOption m_retention;
};

} // namespace rongpei
