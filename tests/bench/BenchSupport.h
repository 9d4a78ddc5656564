#pragma once

#include <QElapsedTimer>
#include <QProcess>
#include <QString>
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

} // namespace rongpei::bench
