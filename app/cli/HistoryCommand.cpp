#include "HistoryCommand.h"

#include "CommandArguments.h"
#include "ReadOnlyWorkspace.h"
#include "UsageError.h"
#include "Workspace.h"
#include "common/TextTable.h"
#include "history/RecordHistory.h"

namespace rongpei {

namespace {

QStringList kindCodes()
{
    QStringList codes;
    for (const RecordKind &kind : Workspace::recordKinds())
        codes.append(kind.code);
    return codes;
}

} // namespace

HistoryCommand::HistoryCommand()
    : m_database(CommandArguments::databaseOption())
    , m_kind(QStringLiteral("kind"),
             tr("The kind of record: %1.").arg(kindCodes().join(QStringLiteral(", "))), tr("kind"))
    , m_id(QStringLiteral("id"), tr("The record's uuid, or a cadre's employee number."), tr("id"))
{}

QString HistoryCommand::name() const
{
    return QStringLiteral("history");
}

QString HistoryCommand::summary() const
{
    return tr("Print a record's history: when, who, and what each field was before; changes nothing.");
}

QList<CommandOption> HistoryCommand::options() const
{
    return {CommandOption{m_database}, CommandOption{m_kind, true}, CommandOption{m_id, true}};
}

int HistoryCommand::run(const CommandArguments &arguments, CommandContext &context) const
{
    const RecordKind *kind = Workspace::recordKind(arguments.value(m_kind));
    if (kind == nullptr)
        throw UsageError(tr("--kind must be one of: %1.").arg(kindCodes().join(QStringLiteral(", "))));
    const QString id = arguments.value(m_id);
    const QString database = arguments.databasePath();
    try {
        const std::unique_ptr<Workspace> workspace = ReadOnlyWorkspace::open(database, context);
        const std::optional<QString> uuid = RecordHistory::findUuid(workspace->database(), *kind, id);
        if (!uuid) {
            context.err << tr("There is no %1 \"%2\" in %3, and none was ever deleted there.")
                               .arg(kind->label, id, CommandArguments::displayPath(database))
                        << '\n';
            return ExitCode::Failure;
        }
        QList<QStringList> rows{
            {tr("When"), tr("Who"), tr("Change"), tr("Concerning"), tr("Field"), tr("Before"), tr("After")}};
        for (const HistoryLine &line :
             RecordHistory::lines(workspace->database(), *kind, *uuid, workspace->access()))
            rows.append({line.at.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")), line.author, line.operation,
                         line.subject, line.field, line.before, line.after});
        context.out << TextTable::format(rows);
        context.out << tr("%n change(s) of %1 %2.", nullptr, static_cast<int>(rows.size() - 1))
                           .arg(kind->label, *uuid)
                    << '\n';
        return ExitCode::Success;
    } catch (const std::exception &error) {
        return context.fail(error);
    }
}

} // namespace rongpei
