#include "ComplianceCommand.h"

#include "CommandArguments.h"
#include "ReadOnlyWorkspace.h"
#include "UsageError.h"
#include "Workspace.h"
#include "common/UserMessage.h"
#include "organization/Organization.h"
#include "organization/OrganizationRepository.h"
#include "study/ComplianceText.h"
#include "study/HourCompliance.h"

namespace rongpei {

ComplianceCommand::ComplianceCommand()
    : m_database(CommandArguments::databaseOption())
    , m_year(QStringLiteral("year"), tr("The year (YYYY)."), tr("year"))
    , m_branch(QStringLiteral("branch"),
               tr("Only this branch, or the branches of this party committee; COMMITTEE/BRANCH for a name "
                  "that several committees use."),
               tr("name"))
    , m_format(CommandArguments::formatOption(
          tr("csv (a fixed English header and codes, in every language) or table (default table).")))
{}

QString ComplianceCommand::name() const
{
    return QStringLiteral("compliance");
}

QString ComplianceCommand::summary() const
{
    return tr("List every cadre's study hours against the hour requirements; changes nothing.");
}

QList<CommandOption> ComplianceCommand::options() const
{
    return {CommandOption{m_database}, CommandOption{m_year, true}, CommandOption{m_branch},
            CommandOption{m_format}};
}

int ComplianceCommand::run(const CommandArguments &arguments, CommandContext &context) const
{
    const int year = static_cast<int>(
        arguments.wholeNumber(m_year, 2000, 2100, tr("--year must be a year from 2000 to 2100.")));
    const bool csv = arguments.wantsCsv(m_format);
    const std::optional<QString> branch =
        arguments.isSet(m_branch) ? std::optional(arguments.value(m_branch)) : std::nullopt;
    const QString database = arguments.databasePath();
    try {
        const std::unique_ptr<Workspace> workspace = ReadOnlyWorkspace::open(database, context);
        QList<ComplianceRow> rows;
        const AccessPolicy &access = workspace->access();
        if (!branch && !access.units()) {
            rows = HourCompliance(workspace->database(), context.clock).compute(year);
        } else if (!branch) {
            rows = HourCompliance(workspace->database(), context.clock)
                       .compute(year, *access.units()); // a clerk's
        } else {
            const std::optional<QSet<qint64>> scope = branchScope(*workspace, database, *branch, context.err);
            if (!scope)
                return ExitCode::Failure;
            for (const qint64 unit : *scope)
                access.requireReadable(unit);
            if (!scope->isEmpty()) // a committee without branches has nobody to list
                rows = HourCompliance(workspace->database(), context.clock).compute(year, *scope);
        }
        context.out << (csv ? ComplianceText::csv(rows) : ComplianceText::table(rows));
        return ExitCode::Success;
    } catch (const std::exception &error) {
        return context.fail(error);
    }
}

std::optional<QSet<qint64>> ComplianceCommand::branchScope(Workspace &workspace, const QString &database,
                                                           const QString &name, QTextStream &err)
{
    // "NAME" or a path "COMMITTEE/NAME" for names that several committees use.
    const QStringList path = name.trimmed().split(u'/', Qt::SkipEmptyParts);
    const QList<Organization> units = workspace.organizations().all();
    QHash<qint64, const Organization *> byId;
    for (const Organization &unit : units)
        byId.insert(unit.id, &unit);
    const auto fullPath = [&byId](const Organization *unit) {
        QStringList names;
        for (; unit; unit = byId.value(unit->parentId))
            names.prepend(unit->name);
        return names;
    };
    QList<const Organization *> matches;
    for (const Organization &unit : units) {
        if (unit.kind != OrganizationKind::Branch && unit.kind != OrganizationKind::Committee)
            continue;
        const QStringList names = fullPath(&unit);
        if (names.size() >= path.size() && names.mid(names.size() - path.size()) == path)
            matches.append(&unit);
    }
    const QString file = CommandArguments::displayPath(database);
    if (matches.isEmpty()) {
        err << tr("There is no branch or party committee called \"%1\" in %2.").arg(name, file) << '\n';
        return std::nullopt;
    }
    if (matches.size() > 1) {
        QStringList candidates;
        for (const Organization *unit : std::as_const(matches))
            candidates.append(fullPath(unit).mid(1).join(u'/'));
        err << tr("\"%1\" names %2 units in %3; give one of: %4")
                   .arg(name)
                   .arg(matches.size())
                   .arg(file, candidates.join(QStringLiteral(", ")))
            << '\n';
        return std::nullopt;
    }
    return branchesBelow(units, matches.first()->id);
}

} // namespace rongpei
