#include "CliCommands.h"

#include "Clock.h"
#include "Database.h"
#include "DemoGenerator.h"
#include "UserMessage.h"
#include "Workspace.h"

#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>

#include <optional>

namespace rongpei {

namespace {

std::optional<qint64> parseNumber(const QString &text, qint64 min, qint64 max)
{
    bool ok = false;
    const qint64 value = text.toLongLong(&ok);
    if (!ok || value < min || value > max)
        return std::nullopt;
    return value;
}

} // namespace

CliCommands::CliCommands(const Clock &clock, QTextStream &out, QTextStream &err)
    : m_clock(clock)
    , m_out(out)
    , m_err(err)
{}

int CliCommands::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("RongPei command line.\n\n"
           "Commands:\n"
           "  check   Check that a database is a healthy RongPei file (prints \"ok\").\n"
           "  demo    Create a new database filled with a realistic demo enterprise.\n"
           "  backup  Write a consistent copy of a database to a new file."));
    parser.addPositionalArgument(QStringLiteral("command"), tr("check, demo or backup"));
    const QCommandLineOption helpOption = parser.addHelpOption();
    const QCommandLineOption versionOption = parser.addVersionOption();
    const QCommandLineOption databaseOption(
        QStringLiteral("database"),
        tr("The database file (default: %1).")
            .arg(QDir::toNativeSeparators(Workspace::defaultDatabasePath())),
        tr("file"));
    const QCommandLineOption cadresOption(QStringLiteral("cadres"),
                                          tr("demo: number of cadres (default 300)."), tr("count"),
                                          QStringLiteral("300"));
    const QCommandLineOption seedOption(QStringLiteral("seed"), tr("demo: random seed (default 2026)."),
                                        tr("number"), QStringLiteral("2026"));
    const QCommandLineOption outputOption(QStringLiteral("output"), tr("backup: the new file to write."),
                                          tr("file"));
    parser.addOptions({databaseOption, cadresOption, seedOption, outputOption});

    if (!parser.parse(arguments)) {
        m_err << parser.errorText() << '\n';
        return UsageError;
    }
    if (parser.isSet(versionOption)) {
        m_out << "rongpei-cli " << QCoreApplication::applicationVersion() << '\n';
        return Success;
    }
    if (parser.isSet(helpOption)) {
        m_out << parser.helpText();
        return Success;
    }

    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1) {
        m_err << tr("Name one command: check, demo or backup. See --help.") << '\n';
        return UsageError;
    }
    const QString command = positional.first();
    const QString database =
        parser.isSet(databaseOption) ? parser.value(databaseOption) : Workspace::defaultDatabasePath();

    if (command == QStringLiteral("check"))
        return check(database);
    if (command == QStringLiteral("demo"))
        return demo(database, parser.value(cadresOption), parser.value(seedOption));
    if (command == QStringLiteral("backup")) {
        if (!parser.isSet(outputOption)) {
            m_err << tr("backup needs --output FILE.") << '\n';
            return UsageError;
        }
        return backup(database, parser.value(outputOption));
    }
    m_err << tr("Unknown command \"%1\". The commands are check, demo and backup.").arg(command) << '\n';
    return UsageError;
}

int CliCommands::check(const QString &database)
{
    try {
        Database::check(database);
        m_out << "ok\n";
        return Success;
    } catch (const DatabaseError &error) {
        m_err << error.message() << '\n';
        return Failure;
    }
}

int CliCommands::demo(const QString &database, const QString &cadresText, const QString &seedText)
{
    const auto cadres = parseNumber(cadresText, 1, DemoGenerator::maxCadres);
    if (!cadres) {
        m_err << tr("--cadres must be a whole number from 1 to %1.").arg(DemoGenerator::maxCadres) << '\n';
        return UsageError;
    }
    const auto seed = parseNumber(seedText, 0, std::numeric_limits<quint32>::max());
    if (!seed) {
        m_err << tr("--seed must be a whole number from 0 to %1.").arg(std::numeric_limits<quint32>::max())
              << '\n';
        return UsageError;
    }
    const QString native = QDir::toNativeSeparators(QFileInfo(database).absoluteFilePath());
    // Claim the file: only one that this command created is ever filled, or removed on failure.
    QDir().mkpath(QFileInfo(database).absolutePath());
    QFile claim(database);
    if (!claim.open(QIODevice::WriteOnly | QIODevice::NewOnly)) {
        m_err << (QFileInfo::exists(database)
                      ? tr("%1 already exists. demo only creates new databases; choose another file.")
                            .arg(native)
                      : tr("%1 cannot be created (%2).").arg(native, claim.errorString()))
              << '\n';
        return Failure;
    }
    claim.close();

    QElapsedTimer timer;
    timer.start();
    try {
        DemoSummary summary;
        {
            Workspace workspace(database, Database::OpenMode::CreateIfMissing, m_clock);
            summary =
                DemoGenerator(workspace).generate({static_cast<int>(*cadres), static_cast<quint32>(*seed)});
        }
        m_out << tr("Created %1: %2 party committees, %3 branches, %4 departments, %5 cadres in %6 ms.")
                     .arg(native)
                     .arg(summary.committees)
                     .arg(summary.branches)
                     .arg(summary.departments)
                     .arg(summary.cadres)
                     .arg(timer.elapsed())
              << '\n';
        return Success;
    } catch (const std::exception &error) {
        // The file is ours alone: demo created it a moment ago, so a failed one is removed.
        for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
            QFile::remove(database + suffix);
        m_err << userMessage(error) << '\n';
        return Failure;
    }
}

int CliCommands::backup(const QString &database, const QString &output)
{
    try {
        Database::backup(database, output);
        m_out << tr("Backed up %1 to %2.")
                     .arg(QDir::toNativeSeparators(QFileInfo(database).absoluteFilePath()),
                          QDir::toNativeSeparators(QFileInfo(output).absoluteFilePath()))
              << '\n';
        return Success;
    } catch (const DatabaseError &error) {
        m_err << error.message() << '\n';
        return Failure;
    }
}

} // namespace rongpei
