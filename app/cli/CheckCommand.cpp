#include "CheckCommand.h"

#include "CommandArguments.h"
#include "ReadOnlyWorkspace.h"
#include "attachments/AttachmentRepository.h"
#include "storage/AuditChain.h"
#include "storage/BackupManifest.h"
#include "storage/ChainAnchor.h"
#include "storage/Database.h"

namespace rongpei {

CheckCommand::CheckCommand()
    : m_database(CommandArguments::databaseOption())
{}

QString CheckCommand::name() const
{
    return QStringLiteral("check");
}

QString CheckCommand::summary() const
{
    return tr("Check that a database is a healthy RongPei file with an unbroken audit trail (prints "
              "\"ok\"); changes nothing.");
}

QList<CommandOption> CheckCommand::options() const
{
    return {CommandOption{m_database}};
}

int CheckCommand::run(const CommandArguments &arguments, CommandContext &context) const
{
    const QString database = arguments.databasePath();
    try {
        // Database::check reads on a connection that cannot write.
        const int version = Database::check(database);
        if (version == Database::latestSchemaVersion()) {
            // The audit trail: every row as it was sealed, and nothing missing from what this
            // computer saw saved.
            const Database file(database, Database::OpenMode::ReadOnly, DatabaseOptions::afterOpeningCheck());
            // A backup is checked against the head its manifest recorded; any other file against
            // what this computer saw.
            const std::optional<BackupManifest> manifest = BackupManifest::readFor(file.path());
            const ChainVerdict verdict =
                AuditChain::verify(file, manifest ? manifest->head : ChainAnchor(file).seen());
            if (verdict.isBroken()) {
                context.err << CommandArguments::displayPath(database) << ": " << verdict.message() << '\n';
                return ExitCode::Failure;
            }
            if (!verdict.isIntact())
                context.err << CommandArguments::displayPath(database) << ": " << verdict.message() << '\n';
            const QStringList damaged = AttachmentRepository::damagedContents(file);
            if (!damaged.isEmpty()) {
                context.err << tr("%1: the stored bytes of %n attached file(s) no longer match what was "
                                  "attached, so they cannot be opened: %2. Restore the database from a "
                                  "backup that \"rongpei-cli check\" accepts.",
                                  nullptr, int(damaged.size()))
                                   .arg(CommandArguments::displayPath(database),
                                        damaged.join(QStringLiteral("; ")))
                            << '\n';
                return ExitCode::Failure;
            }
        }
        context.out << "ok\n";
        if (version < Database::latestSchemaVersion())
            context.err << tr("%1 is healthy but has the file format of an older version of RongPei "
                              "(version %2; this version uses %3).")
                               .arg(CommandArguments::displayPath(database))
                               .arg(version)
                               .arg(Database::latestSchemaVersion())
                        << ' ' << ReadOnlyWorkspace::upgradeAdvice(database) << '\n';
        return ExitCode::Success;
    } catch (const DatabaseError &error) {
        return context.fail(error);
    }
}

} // namespace rongpei
