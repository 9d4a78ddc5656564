// rongpei-cli backup killed at random moments: nothing is ever left under the target's name
// but a verified copy, and no journal is left beside anything.
#include "CliSupport.h"
#include "storage/Database.h"

#include <QDir>
#include <QElapsedTimer>
#include <QProcess>
#include <QRandomGenerator>
#include <QThread>

#include <csignal>

using namespace rongpei;
using namespace rongpei::test;

namespace {

int environmentNumber(const char *name, int fallback)
{
    bool ok = false;
    const int value = qEnvironmentVariableIntValue(name, &ok);
    return ok && value > 0 ? value : fallback;
}

QStringList journalsIn(const QString &folder)
{
    return QDir(folder).entryList({QStringLiteral("*-journal")}, QDir::Files | QDir::Hidden);
}

} // namespace

// CI runs this on a small database; tests/stress/run-stress.sh runs it at 20,000 cadres
// (RONGPEI_KILL_CADRES) and as many times as RONGPEI_KILL_RUNS asks.
TEST_CASE("rongpei-cli backup killed at random moments leaves nothing under the target's name",
          "[cli][backup][kill]")
{
    const int cadres = environmentNumber("RONGPEI_KILL_CADRES", 300);
    const int runs = environmentNumber("RONGPEI_KILL_RUNS", 20);
    TemporaryFolder folder;
    const QString source = folder.path(QStringLiteral("source.db"));
    REQUIRE(runCli({QStringLiteral("demo"), QStringLiteral("--database"), source, QStringLiteral("--cadres"),
                    QString::number(cadres)})
                .exitCode == 0);
    const QByteArray sourceBefore = fileHash(source);
    const QString targets = folder.path(QStringLiteral("backups"));
    REQUIRE(QDir().mkpath(targets));

    QElapsedTimer timer;
    timer.start();
    REQUIRE(runCli({QStringLiteral("backup"), QStringLiteral("--database"), source, QStringLiteral("--out"),
                    QDir(targets).filePath(QStringLiteral("whole.db"))})
                .exitCode == 0);
    const qint64 wholeMs = std::max<qint64>(timer.elapsed(), 5);

    int interrupted = 0;
    for (int run = 0; run < runs; ++run) {
        const QString target = QDir(targets).filePath(QStringLiteral("killed-%1.db").arg(run));
        QProcess backup;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        for (auto variable = demoAdministrator.begin(); variable != demoAdministrator.end(); ++variable)
            environment.insert(variable.key(), variable.value());
        backup.setProcessEnvironment(environment);
        backup.start(QStringLiteral(RONGPEI_CLI), {QStringLiteral("backup"), QStringLiteral("--database"),
                                                   source, QStringLiteral("--out"), target});
        REQUIRE(backup.waitForStarted());
        QThread::msleep(QRandomGenerator::global()->bounded(static_cast<int>(wholeMs * 11 / 10) + 1));
        ::kill(static_cast<pid_t>(backup.processId()), SIGKILL);
        REQUIRE(backup.waitForFinished(60000));
        INFO("run " << run << ", target " << target.toStdString());
        // Killed after the copy was verified and named, the backup is whole; before, it is not there.
        if (QFileInfo::exists(target))
            CHECK(Database::check(target) == Database::latestSchemaVersion());
        else
            ++interrupted;
        CHECK((QFileInfo::exists(target) || backup.exitStatus() == QProcess::CrashExit));
        CHECK(journalsIn(targets).isEmpty());
    }
    INFO("a whole backup took " << wholeMs << " ms");
    CHECK(interrupted > 0); // otherwise no kill landed mid-way and nothing was tested
    CHECK(fileHash(source) == sourceBefore);
    CHECK(Database::check(source) == Database::latestSchemaVersion());
}

TEST_CASE("rongpei-cli backup refuses an existing target, a missing folder and a non-database",
          "[cli][backup]")
{
    TemporaryFolder folder;
    const QString source = folder.path(QStringLiteral("source.db"));
    REQUIRE(runCli({QStringLiteral("demo"), QStringLiteral("--database"), source, QStringLiteral("--cadres"),
                    QStringLiteral("20")})
                .exitCode == 0);
    const QString existing = folder.path(QStringLiteral("existing.db"));
    writeFile(existing, "precious");
    const Result overwrite = runCli(
        {QStringLiteral("backup"), QStringLiteral("--database"), source, QStringLiteral("--out"), existing});
    CHECK(overwrite.exitCode == 1);
    CHECK(overwrite.err.contains(QStringLiteral("already exists")));
    QFile kept(existing);
    REQUIRE(kept.open(QIODevice::ReadOnly));
    CHECK(kept.readAll() == QByteArray("precious"));

    const QString nowhere = folder.path(QStringLiteral("no/such/folder/copy.db"));
    const Result missing = runCli(
        {QStringLiteral("backup"), QStringLiteral("--database"), source, QStringLiteral("--out"), nowhere});
    CHECK(missing.exitCode == 1);
    CHECK(missing.err.contains(QDir::toNativeSeparators(nowhere)));
    CHECK_FALSE(missing.err.contains(QStringLiteral("SQLITE")));

    const QString notOurs = folder.path(QStringLiteral("notes.txt"));
    writeFile(notOurs, "just some notes, not a database");
    const QString copy = folder.path(QStringLiteral("copy.db"));
    CHECK(runCli({QStringLiteral("backup"), QStringLiteral("--database"), notOurs, QStringLiteral("--out"),
                  copy})
              .exitCode == 1);
    CHECK_FALSE(QFileInfo::exists(copy));
    CHECK(QDir(folder.path(QString()))
              .entryList({QStringLiteral(".*.partial")}, QDir::Files | QDir::Hidden)
              .isEmpty());
}
