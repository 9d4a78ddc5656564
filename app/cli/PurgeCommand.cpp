#include "PurgeCommand.h"

#include "CliSignIn.h"
#include "CommandArguments.h"
#include "Workspace.h"
#include "common/Clock.h"
#include "history/PersonalDataPurge.h"
#include "history/RecordHistory.h"

namespace rongpei {

PurgeCommand::PurgeCommand()
    : m_database(CommandArguments::databaseOption())
    , m_cadre(QStringLiteral("cadre"), tr("The deleted cadre's uuid or employee number."), tr("id"))
    , m_retention(QStringLiteral("retention-years"),
                  tr("Years a deleted cadre's data is kept (default: the setting, %1).")
                      .arg(PersonalDataPurge::retentionYears()),
                  tr("years"))
{}

QString PurgeCommand::name() const
{
    return QStringLiteral("purge");
}

QString PurgeCommand::summary() const
{
    return tr("Remove a deleted cadre's personal data from the change journal after the retention period "
              "(administrators).");
}

QList<CommandOption> PurgeCommand::options() const
{
    return {CommandOption{m_database}, CommandOption{m_cadre, true}, CommandOption{m_retention}};
}

int PurgeCommand::run(const CommandArguments &arguments, CommandContext &context) const
{
    const int years = arguments.isSet(m_retention)
                          ? static_cast<int>(arguments.wholeNumber(m_retention, 0, 100,
                                                                   tr("--retention-years must be 0 to 100.")))
                          : PersonalDataPurge::retentionYears();
    const QString database = arguments.databasePath();
    try {
        Workspace workspace(database, Database::OpenMode::MustExist, context.clock);
        CliSignIn::signIn(workspace, context);
        const RecordKind *kind = Workspace::recordKind(QStringLiteral("cadre"));
        const QString id = arguments.value(m_cadre);
        const std::optional<QString> uuid = RecordHistory::findUuid(workspace.database(), *kind, id);
        if (!uuid) {
            context.err << tr("There is no cadre \"%1\" in %2, and none was ever deleted there.")
                               .arg(id, CommandArguments::displayPath(database))
                        << '\n';
            return ExitCode::Failure;
        }
        const int purged = PersonalDataPurge::purgeCadre(workspace.database(), workspace.access(), *uuid,
                                                         years, context.clock.now());
        context.out << tr("Removed %n field value(s) of the cadre %1 from the change journal; backups made "
                          "before keep them until they are deleted.",
                          nullptr, purged)
                           .arg(*uuid)
                    << '\n';
        return ExitCode::Success;
    } catch (const std::exception &error) {
        return context.fail(error);
    }
}

} // namespace rongpei
