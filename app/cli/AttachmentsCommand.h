#pragma once

#include "CliCommand.h"

#include <QCoreApplication>

namespace rongpei {

/// `attachments`: lists the files attached to a record, or saves copies of them into a folder.
/// Reads only; held to the signed-in user's units like the record.
class AttachmentsCommand final : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(rongpei::AttachmentsCommand)

public:
    AttachmentsCommand();

    QString name() const override;
    QString summary() const override;
    QList<CommandOption> options() const override;
    int run(const CommandArguments &arguments, CommandContext &context) const override;

private:
    QCommandLineOption m_database;
    QCommandLineOption m_kind;
    QCommandLineOption m_id;
    QCommandLineOption m_out;
};

} // namespace rongpei
