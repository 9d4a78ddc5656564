#include "ClassesCommand.h"

#include "CommandArguments.h"
#include "ReadOnlyWorkspace.h"
#include "UsageError.h"
#include "Workspace.h"
#include "common/Clock.h"
#include "organization/OrganizationRepository.h"
#include "training/ClassOverview.h"
#include "training/ClassText.h"

namespace rongpei {

ClassesCommand::ClassesCommand()
    : m_database(CommandArguments::databaseOption())
    , m_year(QStringLiteral("year"), tr("The year the classes start in (YYYY)."), tr("year"))
    , m_format(CommandArguments::formatOption(
          tr("csv (a fixed English header, in every language) or table (default table).")))
{}

QString ClassesCommand::name() const
{
    return QStringLiteral("classes");
}

QString ClassesCommand::summary() const
{
    return tr("List a year's training classes with their cohort, track mix, completion and scores; changes "
              "nothing.");
}

QList<CommandOption> ClassesCommand::options() const
{
    return {CommandOption{m_database}, CommandOption{m_year, true}, CommandOption{m_format}};
}

int ClassesCommand::run(const CommandArguments &arguments, CommandContext &context) const
{
    const int year = static_cast<int>(
        arguments.wholeNumber(m_year, 2000, 2100, tr("--year must be a year from 2000 to 2100.")));
    const bool csv = arguments.wantsCsv(m_format);
    try {
        const std::unique_ptr<Workspace> workspace =
            ReadOnlyWorkspace::open(arguments.databasePath(), context);
        QList<ClassFigures> classes;
        // A clerk sees the classes their units organise.
        for (ClassFigures &figures :
             ClassOverview::ofYear(workspace->database(), year, context.clock.today()))
            if (workspace->access().mayRead(figures.trainingClass.branchId))
                classes.append(std::move(figures));
        std::stable_sort(classes.begin(), classes.end(), [](const ClassFigures &a, const ClassFigures &b) {
            return a.trainingClass.startsOn < b.trainingClass.startsOn;
        });
        QHash<qint64, QString> organisers;
        for (const Organization &unit : workspace->organizations().all())
            organisers.insert(unit.id, unit.name);
        context.out << (csv ? ClassText::csv(classes, organisers) : ClassText::table(classes, organisers));
        return ExitCode::Success;
    } catch (const std::exception &error) {
        return context.fail(error);
    }
}

} // namespace rongpei
