#include "CommandLine.h"

#include "CommandArguments.h"
#include "CommandHelp.h"
#include "CommandRegistry.h"
#include "GlobalOptions.h"
#include "UsageError.h"
#include "common/UserMessage.h"

namespace rongpei {

namespace {

QString dashed(const QString &name)
{
    return (name.size() == 1 ? QStringLiteral("-") : QStringLiteral("--")) + name;
}

/// "--out/--output": every name an option answers to.
QString displayName(const QCommandLineOption &option)
{
    QStringList names;
    for (const QString &name : option.names())
        names.append(dashed(name));
    return names.join(u'/');
}

} // namespace

CommandLine::CommandLine(const CommandRegistry &registry, CommandContext context)
    : m_registry(registry)
    , m_context(context)
{}

int CommandLine::run(const QStringList &arguments)
{
    const Words words = split(arguments);
    if (words.command.isEmpty() || words.command == QStringLiteral("help"))
        return runWithoutCommand(words);
    const CliCommand *command = m_registry.find(words.command);
    if (!command)
        return usageError(tr("Unknown command \"%1\". The commands are %2.")
                              .arg(words.command, m_registry.names().join(QStringLiteral(", "))),
                          CommandHelp::overview(m_registry));
    try {
        return runCommand(*command, words.rest);
    } catch (const std::exception &error) {
        m_context.err << userMessage(error) << '\n';
        return ExitCode::Failure;
    }
}

CommandLine::Words CommandLine::split(const QStringList &arguments) const
{
    QSet<QString> valueOptions = m_registry.valueOptionNames();
    for (const QCommandLineOption &option : GlobalOptions::all())
        if (!option.valueName().isEmpty())
            for (const QString &name : option.names())
                valueOptions.insert(name);

    Words words{QString(), {arguments.value(0)}};
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString &argument = arguments.at(i);
        if (!words.command.isEmpty() || !argument.startsWith(u'-') || argument.size() == 1) {
            if (words.command.isEmpty())
                words.command = argument;
            else
                words.rest.append(argument);
            continue;
        }
        words.rest.append(argument);
        const QString name = argument.mid(argument.startsWith(QStringLiteral("--")) ? 2 : 1);
        if (valueOptions.contains(name) && i + 1 < arguments.size())
            words.rest.append(arguments.at(++i)); // its value, even one that looks like a command
    }
    return words;
}

int CommandLine::runWithoutCommand(const Words &words)
{
    const QString overview = CommandHelp::overview(m_registry);
    QCommandLineParser parser;
    const QList<QCommandLineOption> options = GlobalOptions::all();
    if (const QString problem = parse(parser, options, words.rest, QString()); !problem.isEmpty())
        return usageError(problem, overview);
    if (parser.isSet(GlobalOptions::version()))
        return printVersion();
    const QStringList topics = parser.positionalArguments();
    if (words.command.isEmpty()) {
        if (!parser.isSet(GlobalOptions::help()) && !parser.isSet(GlobalOptions::helpAliases()))
            return usageError(tr("Name a command: %1.").arg(m_registry.names().join(QStringLiteral(", "))),
                              overview);
        m_context.out << overview;
        return ExitCode::Success;
    }
    if (topics.isEmpty()) {
        m_context.out << overview;
        return ExitCode::Success;
    }
    if (topics.size() > 1)
        return usageError(tr("help takes one command, not %1.").arg(topics.join(u' ')), overview);
    const CliCommand *command = m_registry.find(topics.first());
    if (!command)
        return usageError(tr("Unknown command \"%1\". The commands are %2.")
                              .arg(topics.first(), m_registry.names().join(QStringLiteral(", "))),
                          overview);
    m_context.out << CommandHelp::forCommand(*command);
    return ExitCode::Success;
}

int CommandLine::runCommand(const CliCommand &command, const QStringList &arguments)
{
    const QString help = CommandHelp::forCommand(command);
    const QList<CommandOption> commandOptions = command.options();
    QList<QCommandLineOption> options;
    for (const CommandOption &entry : commandOptions)
        options.append(entry.option);
    options.append(GlobalOptions::all());

    QCommandLineParser parser;
    if (const QString problem = parse(parser, options, arguments, command.name()); !problem.isEmpty())
        return usageError(problem, help);
    if (const QStringList extra = parser.positionalArguments(); !extra.isEmpty())
        return usageError(tr("%1 takes no argument \"%2\"; its options all start with --.")
                              .arg(command.name(), extra.first()),
                          help);
    if (parser.isSet(GlobalOptions::help()) || parser.isSet(GlobalOptions::helpAliases())) {
        m_context.out << help;
        return ExitCode::Success;
    }
    if (parser.isSet(GlobalOptions::version()))
        return printVersion();
    for (const CommandOption &entry : commandOptions)
        if (entry.required && !parser.isSet(entry.option))
            return usageError(
                tr("%1 needs %2.")
                    .arg(command.name(), CommandHelp::optionWithValue(entry.option.names().first(),
                                                                      entry.option.valueName())),
                help);
    m_context.showDetails = parser.isSet(GlobalOptions::details());
    try {
        return command.run(CommandArguments(parser), m_context);
    } catch (const UsageError &error) {
        return usageError(error.message(), help);
    }
}

QString CommandLine::parse(QCommandLineParser &parser, const QList<QCommandLineOption> &options,
                           const QStringList &arguments, const QString &commandName) const
{
    parser.addOptions(options);
    if (!parser.parse(arguments)) {
        const QStringList unknown = parser.unknownOptionNames();
        if (unknown.isEmpty())
            return parser.errorText(); // e.g. a missing value, naming the option
        return commandName.isEmpty()
                   ? tr("%1 is not an option of rongpei-cli without a command.").arg(dashed(unknown.first()))
                   : tr("%1 is not an option of %2.").arg(dashed(unknown.first()), commandName);
    }
    const QStringList found = parser.optionNames();
    for (const QCommandLineOption &option : options) {
        qsizetype times = 0;
        for (const QString &name : option.names())
            times += found.count(name);
        if (times > 1)
            return tr("%1 was given more than once.").arg(displayName(option));
        if (!option.valueName().isEmpty() && parser.isSet(option) && parser.value(option).trimmed().isEmpty())
            return tr("%1 was given an empty value.").arg(displayName(option));
    }
    const QCommandLineOption language = GlobalOptions::language();
    if (parser.isSet(language) && !GlobalOptions::languageFrom(parser.value(language)))
        return tr("--lang must be zh_CN or en, not \"%1\".").arg(parser.value(language));
    return QString();
}

int CommandLine::usageError(const QString &message, const QString &help)
{
    m_context.err << message << '\n' << '\n' << help;
    return ExitCode::Usage;
}

int CommandLine::printVersion()
{
    m_context.out << "rongpei-cli " << QCoreApplication::applicationVersion() << '\n';
    return ExitCode::Success;
}

} // namespace rongpei
