#pragma once

#include "CliCommand.h"

#include <QCoreApplication>

namespace rongpei {

/// `backup`: writes a consistent copy of a database to a new file, reading the database only.
class BackupCommand final : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(rongpei::BackupCommand)

public:
    BackupCommand();

    QString name() const override;
    QString summary() const override;
    QList<CommandOption> options() const override;
    int run(const CommandArguments &arguments, CommandContext &context) const override;

private:
    QCommandLineOption m_database;
    /// --out FILE; --output, its earlier name, stays for the scripts that use it.
    QCommandLineOption m_out;
};

} // namespace rongpei
