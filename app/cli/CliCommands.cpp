#include "CliCommands.h"

#include "Workspace.h"
#include "common/Clock.h"
#include "common/UserMessage.h"
#include "demo/DemoGenerator.h"
#include "organization/Organization.h"
#include "organization/OrganizationRepository.h"
#include "storage/Database.h"
#include "study/ComplianceText.h"
#include "study/HourCompliance.h"

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
           "  backup  Write a consistent copy of a database to a new file.\n"
           "  compliance  List every cadre's study hours against the hour requirements."));
    parser.addPositionalArgument(QStringLiteral("command"), tr("check, demo, backup or compliance"));
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
    const QCommandLineOption yearOption(QStringLiteral("year"), tr("compliance: the year (YYYY)."),
                                        tr("year"));
    const QCommandLineOption branchOption(
        QStringLiteral("branch"), tr("compliance: only this branch, or the branches of this committee."),
        tr("name"));
    const QCommandLineOption formatOption(QStringLiteral("format"),
                                          tr("compliance: csv or table (default table)."), tr("format"),
                                          QStringLiteral("table"));
    parser.addOptions(
        {databaseOption, cadresOption, seedOption, outputOption, yearOption, branchOption, formatOption});

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
        m_err << tr("Name one command: check, demo, backup or compliance. See --help.") << '\n';
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
    if (command == QStringLiteral("compliance")) {
        if (!parser.isSet(yearOption)) {
            m_err << tr("compliance needs --year YYYY.") << '\n';
            return UsageError;
        }
        return compliance(database, parser.value(yearOption),
                          parser.isSet(branchOption) ? std::optional(parser.value(branchOption))
                                                     : std::nullopt,
                          parser.value(formatOption));
    }
    m_err << tr("Unknown command \"%1\". The commands are check, demo, backup and compliance.").arg(command)
          << '\n';
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
        m_out << tr("Created %1: %2 party committees, %3 branches, %4 departments, %5 cadres, %6 study "
                    "sessions, %7 attendance records in %8 ms.")
                     .arg(native)
                     .arg(summary.committees)
                     .arg(summary.branches)
                     .arg(summary.departments)
                     .arg(summary.cadres)
                     .arg(summary.sessions)
                     .arg(summary.attendance)
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

std::optional<QSet<qint64>> CliCommands::branchScope(Workspace &workspace, const QString &database,
                                                     const QString &name)
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
    const QString file = QDir::toNativeSeparators(QFileInfo(database).absoluteFilePath());
    if (matches.isEmpty()) {
        m_err << tr("There is no branch or party committee called \"%1\" in %2.").arg(name, file) << '\n';
        return std::nullopt;
    }
    if (matches.size() > 1) {
        QStringList candidates;
        for (const Organization *unit : std::as_const(matches))
            candidates.append(fullPath(unit).mid(1).join(u'/'));
        m_err << tr("\"%1\" names %2 units in %3; give one of: %4")
                     .arg(name)
                     .arg(matches.size())
                     .arg(file, candidates.join(QStringLiteral(", ")))
              << '\n';
        return std::nullopt;
    }
    return branchesBelow(units, matches.first()->id);
}

int CliCommands::compliance(const QString &database, const QString &yearText,
                            const std::optional<QString> &branch, const QString &format)
{
    const auto year = parseNumber(yearText, 2000, 2100);
    if (!year) {
        m_err << tr("--year must be a year from 2000 to 2100.") << '\n';
        return UsageError;
    }
    if (format != QStringLiteral("csv") && format != QStringLiteral("table")) {
        m_err << tr("--format must be csv or table.") << '\n';
        return UsageError;
    }
    if (branch && branch->trimmed().isEmpty()) {
        m_err << tr("--branch needs the name of a branch or party committee.") << '\n';
        return UsageError;
    }
    try {
        Workspace workspace(database, Database::OpenMode::MustExist, m_clock);
        QList<ComplianceRow> rows;
        if (!branch) {
            rows = HourCompliance(workspace.database(), m_clock).compute(static_cast<int>(*year));
        } else {
            const std::optional<QSet<qint64>> scope = branchScope(workspace, database, *branch);
            if (!scope)
                return Failure;
            if (!scope->isEmpty()) // a committee without branches has nobody to list
                rows = HourCompliance(workspace.database(), m_clock).compute(static_cast<int>(*year), *scope);
        }
        m_out << (format == QStringLiteral("csv") ? ComplianceText::csv(rows) : ComplianceText::table(rows));
        return Success;
    } catch (const std::exception &error) {
        m_err << userMessage(error) << '\n';
        return Failure;
    }
}

} // namespace rongpei
