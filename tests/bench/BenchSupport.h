#pragma once

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QProcess>
#include <QString>
#include <QTemporaryDir>
#include <QTextStream>

namespace rongpei::bench {

/// Generates a demo database at `path` with rongpei-cli, in its own process so that its
/// memory does not count here, and prints how long it took. False if it failed.
inline bool generateDemo(const QString &path, const QString &cadres, QTextStream &out)
{
    QElapsedTimer timer;
    timer.start();
    const int exitCode =
        QProcess::execute(QStringLiteral(RONGPEI_CLI), {QStringLiteral("demo"), QStringLiteral("--database"),
                                                        path, QStringLiteral("--cadres"), cadres});
    if (exitCode != 0)
        return false;
    out << "generate_demo_database: " << timer.elapsed() << " ms\n";
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

} // namespace rongpei::bench
