#include "PlansCommand.h"

#include "CommandArguments.h"
#include "ComplianceCommand.h"
#include "ReadOnlyWorkspace.h"
#include "UsageError.h"
#include "Workspace.h"
#include "common/Clock.h"
#include "training/CourseRepository.h"
#include "training/PlanProgress.h"
#include "training/PlanText.h"

namespace rongpei {

PlansCommand::PlansCommand()
    : m_database(CommandArguments::databaseOption())
    , m_year(QStringLiteral("year"), tr("The year of the plans (YYYY)."), tr("year"))
    , m_branch(QStringLiteral("branch"),
               tr("Only this branch, or the branches of this party committee; COMMITTEE/BRANCH for a name "
                  "that several committees use."),
               tr("name"))
    , m_format(CommandArguments::formatOption(
          tr("csv (a fixed English header, in every language) or table (default table).")))
{}

QString PlansCommand::name() const
{
    return QStringLiteral("plans");
}

QString PlansCommand::summary() const
{
    return tr("List a year's development plans with target and earned hours and the courses done and open; "
              "changes nothing.");
}

QList<CommandOption> PlansCommand::options() const
{
    return {CommandOption{m_database}, CommandOption{m_year, true}, CommandOption{m_branch},
            CommandOption{m_format}};
}

int PlansCommand::run(const CommandArguments &arguments, CommandContext &context) const
{
    const int year = static_cast<int>(
        arguments.wholeNumber(m_year, 2000, 2100, tr("--year must be a year from 2000 to 2100.")));
    const bool csv = arguments.wantsCsv(m_format);
    const QString database = arguments.databasePath();
    try {
        const std::unique_ptr<Workspace> workspace = ReadOnlyWorkspace::open(database, context);
        const AccessPolicy &access = workspace->access();
        std::optional<QSet<qint64>> scope = access.units(); // a clerk's, unless --branch narrows it
        if (arguments.isSet(m_branch)) {
            scope =
                ComplianceCommand::branchScope(*workspace, database, arguments.value(m_branch), context.err);
            if (!scope)
                return ExitCode::Failure;
            for (const qint64 unit : *scope)
                access.requireReadable(unit);
        }
        const QList<PlanProgressLine> lines =
            PlanProgress::ofYear(workspace->database(), year, context.clock.today(), scope);
        QHash<qint64, QString> titles;
        for (const Course &course : workspace->courses().all())
            titles.insert(course.id, course.title);
        context.out << (csv ? PlanText::csv(lines, titles) : PlanText::table(lines, titles));
        return ExitCode::Success;
    } catch (const std::exception &error) {
        return context.fail(error);
    }
}

} // namespace rongpei
