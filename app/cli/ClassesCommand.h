#pragma once

#include "CliCommand.h"

#include <QCoreApplication>

namespace rongpei {

/// `classes`: the training classes that start in a year, each with its dates, participants, track
/// mix, completion rate and mean score, as a table or CSV. Reads the database only.
class ClassesCommand final : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(rongpei::ClassesCommand)

public:
    ClassesCommand();

    QString name() const override;
    QString summary() const override;
    QList<CommandOption> options() const override;
    int run(const CommandArguments &arguments, CommandContext &context) const override;

private:
    QCommandLineOption m_database;
    QCommandLineOption m_year;
    QCommandLineOption m_format;
};

} // namespace rongpei
