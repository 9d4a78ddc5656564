#pragma once

#include "Workspace.h"
#include "demo/DemoGenerator.h"
#include "storage/Database.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QString>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>
#include <functional>
#include <vector>

namespace rongpei::bench {

/// The middle of `values`; 0 if there are none.
inline double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    return values.empty() ? 0 : values[values.size() / 2];
}

/// Runs `work` `rounds` times; returns the median in milliseconds.
inline double medianMs(int rounds, const std::function<void()> &work)
{
    std::vector<double> times;
    for (int i = 0; i < rounds; ++i) {
        QElapsedTimer timer;
        timer.start();
        work();
        times.push_back(static_cast<double>(timer.nsecsElapsed()) / 1e6);
    }
    return median(times);
}

/// The file's size with its write-ahead log checkpointed into it: what the database takes on disk.
inline qint64 fileBytes(Database &database)
{
    QSqlQuery checkpoint = database.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    Q_UNUSED(checkpoint);
    QSqlQuery pages = database.exec(QStringLiteral("SELECT page_count * page_size FROM pragma_page_count(), "
                                                   "pragma_page_size()"));
    return database.scalar(pages).toLongLong();
}

/// Signs in the demo's administrator, as a user must before working on a demo file.
inline void signInAdministrator(Workspace &workspace)
{
    workspace.signIn(QStringLiteral("admin"), DemoGenerator::password);
}

/// Generates a demo database at `path` with rongpei-cli, in its own process so that its
/// memory does not count here, and prints how long it took. False if it failed.
inline bool generateDemo(const QString &path, const QString &cadres, QTextStream &out)
{
    QElapsedTimer timer;
    timer.start();
    QProcess demo;
    demo.start(QStringLiteral(RONGPEI_CLI),
               {QStringLiteral("demo"), QStringLiteral("--database"), path, QStringLiteral("--cadres"),
                cadres, QStringLiteral("--lang"), QStringLiteral("en")});
    if (!demo.waitForFinished(-1) || demo.exitStatus() != QProcess::NormalExit || demo.exitCode() != 0)
        return false;
    const double ms = timer.elapsed();
    out << "generate_demo_database: " << ms << " ms\n";
    // "…: 2 party committees, 8 branches, 18 departments, 300 cadres, 1336 study sessions, 30144
    // attendance records, 57 attached files in 676 ms.": every record written, over the generator's own time.
    static const QRegularExpression counts(QStringLiteral(
        R"((\d+) party committees, (\d+) branches, (\d+) departments, (\d+) cadres, (\d+) study sessions, )"
        R"((\d+) attendance records(?:, \d+ attached files)? in (\d+) ms)"));
    const QRegularExpressionMatch match = counts.match(QString::fromUtf8(demo.readAllStandardOutput()));
    if (match.hasMatch()) {
        qint64 rows = 1; // the enterprise
        for (int i = 1; i <= 6; ++i)
            rows += match.captured(i).toLongLong();
        out << "generate_demo_rows: " << rows << " rows\n";
        out << "generate_demo_rate: " << rows * 1000.0 / std::max(1LL, match.captured(7).toLongLong())
            << " rows/s\n";
    }
    return true;
}

/// The database a GUI benchmark runs on: --database FILE as it is, or a demo of --cadres N
/// (default 20,000) generated into `folder`. Empty if generating failed.
inline QString benchDatabase(const QCoreApplication &application, const QTemporaryDir &folder,
                             QTextStream &out)
{
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption databaseOption(QStringLiteral("database"), QStringLiteral("Existing database."),
                                            QStringLiteral("file"));
    const QCommandLineOption cadresOption(QStringLiteral("cadres"), QStringLiteral("Cadres to generate."),
                                          QStringLiteral("count"), QStringLiteral("20000"));
    parser.addOptions({databaseOption, cadresOption});
    parser.process(application);
    if (parser.isSet(databaseOption))
        return parser.value(databaseOption);
    const QString path = folder.filePath(QStringLiteral("bench.db"));
    return generateDemo(path, parser.value(cadresOption), out) ? path : QString();
}

/// A copy named `name` in `folder` of the benchmark's database (benchDatabase), for a benchmark that
/// writes: its changes never reach the file given. Empty if there is none.
inline QString copyOfBenchDatabase(const QCoreApplication &application, const QTemporaryDir &folder,
                                   QTextStream &out, const QString &name)
{
    const QString source = benchDatabase(application, folder, out);
    if (source.isEmpty())
        return {};
    const QString path = folder.filePath(name);
    if (!QFile::copy(source, path)) {
        out << "cannot copy " << source << "\n";
        return {};
    }
    return path;
}

/// The floor of a question: its statements asked by hand in the sqlite3 shell on the same
/// file, the median over `rounds` of their summed times in milliseconds, as ".timer on"
/// reports them; -1 if the shell is missing (installer/setup.sh installs it).
inline double sqliteShellMs(const QString &path, const QStringList &statements, int rounds = 5,
                            bool readOnly = true)
{
    QProcess shell;
    QStringList arguments{QStringLiteral("-batch")};
    if (readOnly)
        arguments.append(QStringLiteral("-readonly"));
    shell.start(QStringLiteral("sqlite3"), arguments + QStringList{path});
    if (!shell.waitForStarted())
        return -1;
    QByteArray script = ".timer on\n.output /dev/null\n";
    for (int i = 0; i < rounds; ++i)
        for (const QString &sql : statements)
            script += sql.toUtf8() + ";\n";
    shell.write(script);
    shell.closeWriteChannel();
    if (!shell.waitForFinished(600000))
        return -1;
    std::vector<double> lines;
    for (const QByteArray &line : shell.readAllStandardOutput().split('\n'))
        if (line.startsWith("Run Time: real "))
            lines.push_back(line.mid(15).split(' ').first().toDouble() * 1000);
    if (lines.size() != static_cast<size_t>(rounds * statements.size()))
        return -1;
    std::vector<double> times;
    for (size_t round = 0; round < static_cast<size_t>(rounds); ++round) {
        double sum = 0;
        for (size_t i = 0; i < static_cast<size_t>(statements.size()); ++i)
            sum += lines[round * statements.size() + i];
        times.push_back(sum);
    }
    std::sort(times.begin(), times.end());
    return times[times.size() / 2];
}

/// Prints "<name>_sqlite_floor: F ms" and "<name>_floor_ratio: R x" for a figure of `ms`.
inline void printFloor(QTextStream &out, const QString &name, double ms, double floorMs)
{
    if (floorMs <= 0)
        return;
    out << name << "_sqlite_floor: " << floorMs << " ms\n";
    out << name << "_floor_ratio: " << ms / floorMs << " x\n";
}

} // namespace rongpei::bench
