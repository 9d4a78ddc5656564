#pragma once

#include "CliCommand.h"

#include <QCoreApplication>

namespace rongpei {

/// `history`: prints a record's history from the change journal: when, who, what changed from
/// what to what. Reads only.
class HistoryCommand final : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(rongpei::HistoryCommand)

public:
    HistoryCommand();

    QString name() const override;
    QString summary() const override;
    QList<CommandOption> options() const override;
    int run(const CommandArguments &arguments, CommandContext &context) const override;

private:
    QCommandLineOption m_database;
    QCommandLineOption m_kind;
    QCommandLineOption m_id;
};

} // namespace rongpei
