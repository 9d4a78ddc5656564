#include "CommandHelp.h"

#include "CliCommand.h"
#include "CommandRegistry.h"
#include "GlobalOptions.h"

#include <QStringList>

#include <algorithm>
#include <utility>

namespace rongpei {

namespace {

const QString program = QStringLiteral("rongpei-cli");

QString dashed(const QString &name)
{
    return (name.size() == 1 ? QStringLiteral("-") : QStringLiteral("--")) + name;
}

/// "-h, --help" or "--out, --output <file>".
QString optionLabel(const QCommandLineOption &option)
{
    QStringList names;
    for (const QString &name : option.names())
        names.append(dashed(name));
    QString label = names.join(QStringLiteral(", "));
    if (!option.valueName().isEmpty())
        label += QStringLiteral(" <%1>").arg(option.valueName());
    return label;
}

using Rows = QList<std::pair<QString, QString>>;

Rows optionRows(const QList<QCommandLineOption> &options)
{
    Rows rows;
    for (const QCommandLineOption &option : options)
        if (!(option.flags() & QCommandLineOption::HiddenFromHelp))
            rows.append({optionLabel(option), option.description()});
    return rows;
}

/// Sections of two columns, the second aligned across all of them.
QString table(const QList<std::pair<QString, Rows>> &sections)
{
    qsizetype width = 0;
    for (const auto &section : sections)
        for (const auto &row : section.second)
            width = std::max(width, row.first.size());
    QString text;
    for (const auto &[heading, rows] : sections) {
        text += u'\n' + heading + u'\n';
        for (const auto &[left, right] : rows)
            text += QStringLiteral("  ") + left.leftJustified(width + 2) + right + u'\n';
    }
    return text;
}

} // namespace

QString CommandHelp::optionWithValue(const QString &name, const QString &valueName)
{
    return valueName.isEmpty() ? dashed(name) : QStringLiteral("%1 <%2>").arg(dashed(name), valueName);
}

QString CommandHelp::overview(const CommandRegistry &registry)
{
    Rows commands;
    for (const CliCommand *command : registry.commands())
        commands.append({command->name(), command->summary()});
    QString text =
        tr("Usage: %1").arg(QStringLiteral("%1 %2 [%3]").arg(program, tr("COMMAND"), tr("options"))) + u'\n' +
        tr("   or: %1").arg(QStringLiteral("%1 help %2").arg(program, tr("COMMAND"))) + u'\n' + u'\n' +
        tr("The RongPei command line: works on RongPei database files without a display.") + u'\n';
    text +=
        table({{tr("Commands:"), commands},
               {tr("Global options (before or after the command):"),
                optionRows({GlobalOptions::language(), GlobalOptions::help(), GlobalOptions::version()})}});
    text += u'\n' +
            tr("\"%1 help COMMAND\" or \"%1 COMMAND --help\" lists the options of a command.").arg(program) +
            u'\n';
    return text;
}

QString CommandHelp::forCommand(const CliCommand &command)
{
    QStringList usage{program, command.name()};
    QList<QCommandLineOption> options;
    for (const CommandOption &entry : command.options()) {
        const QString option = optionWithValue(entry.option.names().first(), entry.option.valueName());
        usage.append(entry.required ? option : QStringLiteral("[%1]").arg(option));
        options.append(entry.option);
    }
    const QCommandLineOption language = GlobalOptions::language();
    usage.append(QStringLiteral("[%1]").arg(optionWithValue(language.names().first(), language.valueName())));
    QString text = tr("Usage: %1").arg(usage.join(u' ')) + u'\n' + u'\n' + command.summary() + u'\n';
    text += table({{tr("Options:"), optionRows(options)},
                   {tr("Global options:"), optionRows({language, GlobalOptions::help()})}});
    return text;
}

} // namespace rongpei
