#pragma once

#include "CliCommand.h"

#include <QCoreApplication>

namespace rongpei {

/// `check`: reads a whole database, changing nothing, and prints "ok" if it is a healthy
/// RongPei file.
class CheckCommand final : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(rongpei::CheckCommand)

public:
    CheckCommand();

    QString name() const override;
    QString summary() const override;
    QList<CommandOption> options() const override;
    int run(const CommandArguments &arguments, CommandContext &context) const override;

private:
    QCommandLineOption m_database;
};

} // namespace rongpei
