#include "RotationsCommand.h"

#include "CommandArguments.h"
#include "ComplianceCommand.h"
#include "ReadOnlyWorkspace.h"
#include "Workspace.h"
#include "common/Clock.h"
#include "organization/OrganizationRepository.h"
#include "roster/CadreRepository.h"
#include "rotation/RotationRepository.h"
#include "rotation/RotationText.h"

namespace rongpei {

RotationsCommand::RotationsCommand()
    : m_database(CommandArguments::databaseOption())
    , m_year(QStringLiteral("year"), tr("Only the rotations that cover a day of this year (YYYY)."),
             tr("year"))
    , m_branch(
          QStringLiteral("branch"),
          tr("Only the cadres of this branch, or of the branches of this party committee; COMMITTEE/BRANCH "
             "for a name that several committees use."),
          tr("name"))
    , m_format(CommandArguments::formatOption(
          tr("csv (a fixed English header, in every language) or table (default table).")))
{}

QString RotationsCommand::name() const
{
    return QStringLiteral("rotations");
}

QString RotationsCommand::summary() const
{
    return tr("List rotations with their direction, status and evaluations; changes nothing.");
}

QList<CommandOption> RotationsCommand::options() const
{
    return {CommandOption{m_database}, CommandOption{m_year}, CommandOption{m_branch},
            CommandOption{m_format}};
}

int RotationsCommand::run(const CommandArguments &arguments, CommandContext &context) const
{
    const int year = arguments.isSet(m_year)
                         ? static_cast<int>(arguments.wholeNumber(
                               m_year, 2000, 2100, tr("--year must be a year from 2000 to 2100.")))
                         : 0;
    const bool csv = arguments.wantsCsv(m_format);
    const QString database = arguments.databasePath();
    try {
        const std::unique_ptr<Workspace> workspace = ReadOnlyWorkspace::open(database, context);
        std::optional<QSet<qint64>> scope;
        if (arguments.isSet(m_branch)) {
            scope =
                ComplianceCommand::branchScope(*workspace, database, arguments.value(m_branch), context.err);
            if (!scope)
                return ExitCode::Failure;
            for (const qint64 unit : *scope)
                workspace->access().requireReadable(unit);
        }
        RotationText::Names names;
        for (const Cadre &cadre : workspace->cadres().all())
            names.cadres.insert(cadre.id, cadre);
        for (const Organization &unit : workspace->organizations().all())
            names.units.insert(unit.id, unit.name);
        QList<Rotation> rotations =
            year > 0 ? workspace->rotations().during(QDate(year, 1, 1), QDate(year, 12, 31))
                     : workspace->rotations().during({}, {});
        if (scope)
            rotations.removeIf(
                [&](const Rotation &r) { return !scope->contains(names.cadres.value(r.cadreId).branchId); });
        const QDate today = context.clock.today();
        context.out << (csv ? RotationText::csv(rotations, names, today)
                            : RotationText::table(rotations, names, today));
        return ExitCode::Success;
    } catch (const std::exception &error) {
        return context.fail(error);
    }
}

} // namespace rongpei
