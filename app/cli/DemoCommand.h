#pragma once

#include "CliCommand.h"

#include <QCoreApplication>

namespace rongpei {

/// `demo`: creates a new database filled with a deterministic, realistic enterprise.
class DemoCommand final : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(rongpei::DemoCommand)

public:
    DemoCommand();

    QString name() const override;
    QString summary() const override;
    QList<CommandOption> options() const override;
    int run(const CommandArguments &arguments, CommandContext &context) const override;

private:
    QCommandLineOption m_database;
    QCommandLineOption m_cadres;
    QCommandLineOption m_seed;
};

} // namespace rongpei
