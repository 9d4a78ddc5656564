#pragma once

#include "CliCommand.h"

#include <QCoreApplication>
#include <QDate>

namespace rongpei {

/// `upgrade`: brings a database written by an older RongPei up to date, after saving a copy
/// of it beside the file. A file that is up to date is left alone.
class UpgradeCommand final : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(rongpei::UpgradeCommand)

public:
    UpgradeCommand();

    QString name() const override;
    QString summary() const override;
    QList<CommandOption> options() const override;
    int run(const CommandArguments &arguments, CommandContext &context) const override;

    /// Where the copy made before upgrading `database` on `day` goes: beside it, as
    /// NAME-before-upgrade-YYYY-MM-DD.SUFFIX, numbered -2, -3 … past the files already there.
    static QString backupPath(const QString &database, QDate day);

private:
    QCommandLineOption m_database;
};

} // namespace rongpei
