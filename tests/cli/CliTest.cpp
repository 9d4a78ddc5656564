// The basic commands: version, demo, check, backup.
#include "CliSupport.h"
#include "organization/OrganizationRepository.h"
#include "roster/CadreRepository.h"
#include "storage/Database.h"
#include "storage/SqlScript.h"
#include "study/StudySessionRepository.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSettings>
#include <QTemporaryDir>

using namespace rongpei;
using namespace rongpei::test;

TEST_CASE("rongpei-cli --version prints its name and version", "[cli]")
{
    const Result result = runCli({QStringLiteral("--version")});
    CHECK(result.exitCode == 0);
    CHECK(result.out.trimmed() == QStringLiteral("rongpei-cli " RONGPEI_VERSION));
}

TEST_CASE("rongpei-cli demo creates a deterministic database that check accepts", "[cli]")
{
    TemporaryFolder folder;
    const QString first = folder.path(QStringLiteral("demo1.db"));
    const QString second = folder.path(QStringLiteral("demo2.db"));
    const Result made =
        runCli({QStringLiteral("demo"), QStringLiteral("--database"), first, QStringLiteral("--cadres"),
                QStringLiteral("250"), QStringLiteral("--seed"), QStringLiteral("11")});
    INFO(made.err.toStdString());
    REQUIRE(made.exitCode == 0);
    CHECK(made.out.contains(QStringLiteral("250")));
    REQUIRE(runCli({QStringLiteral("demo"), QStringLiteral("--database"), second, QStringLiteral("--cadres"),
                    QStringLiteral("250"), QStringLiteral("--seed"), QStringLiteral("11")})
                .exitCode == 0);

    const Result checked = runCli({QStringLiteral("check"), QStringLiteral("--database"), first});
    CHECK(checked.exitCode == 0);
    CHECK(checked.out == QStringLiteral("ok\n"));

    const QStringList cadres = roster(first);
    CHECK(cadres.size() == 250);
    CHECK(cadres == roster(second));
}

TEST_CASE("rongpei-cli demo never writes into an existing file", "[cli]")
{
    TemporaryFolder folder;
    const QString path = folder.path(QStringLiteral("mine.db"));
    writeFile(path, "my own data");
    const Result result = runCli({QStringLiteral("demo"), QStringLiteral("--database"), path});
    CHECK(result.exitCode == 1);
    CHECK(result.err.contains(QStringLiteral("already exists")));
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    CHECK(file.readAll() == QByteArray("my own data"));
}

TEST_CASE("rongpei-cli check names the problem and never creates a file", "[cli]")
{
    TemporaryFolder folder;
    const QString missing = folder.path(QStringLiteral("missing.db"));
    Result result = runCli({QStringLiteral("check"), QStringLiteral("--database"), missing});
    CHECK(result.exitCode == 1);
    CHECK(result.err.contains(QStringLiteral("does not exist")));
    CHECK_FALSE(QFileInfo::exists(missing));

    const QString text = folder.path(QStringLiteral("notes.txt"));
    writeFile(text, QByteArray("名单\n").repeated(50));
    const QByteArray before = fileHash(text);
    result = runCli({QStringLiteral("check"), QStringLiteral("--database"), text});
    CHECK(result.exitCode == 1);
    CHECK(result.err.contains(QStringLiteral("file format is not recognised")));
    CHECK(fileHash(text) == before);

    const QString other = folder.path(QStringLiteral("other.sqlite"));
    rawSql(other, {QStringLiteral("CREATE TABLE t (x)")});
    result = runCli({QStringLiteral("check"), QStringLiteral("--database"), other});
    CHECK(result.exitCode == 1);
    CHECK(result.err.contains(QStringLiteral("another program")));
}

TEST_CASE("rongpei-cli rejects bad usage with exit code 2", "[cli]")
{
    TemporaryFolder folder;
    const QString path = folder.path(QStringLiteral("demo.db"));
    CHECK(runCli({}).exitCode == 2);
    CHECK(runCli({QStringLiteral("frobnicate")}).exitCode == 2);
    CHECK(runCli({QStringLiteral("demo"), QStringLiteral("--database"), path, QStringLiteral("--cadres"),
                  QStringLiteral("many")})
              .exitCode == 2);
    CHECK(runCli({QStringLiteral("demo"), QStringLiteral("--database"), path, QStringLiteral("--cadres"),
                  QStringLiteral("0")})
              .exitCode == 2);
    CHECK(runCli({QStringLiteral("backup"), QStringLiteral("--database"), path}).exitCode == 2);
    for (const QString &seed :
         {QStringLiteral("soon"), QStringLiteral("-1"), QStringLiteral("4294967296"), QStringLiteral("")}) {
        INFO("--seed " << seed.toStdString());
        const Result badSeed = runCli(
            {QStringLiteral("demo"), QStringLiteral("--database"), path, QStringLiteral("--seed"), seed});
        CHECK(badSeed.exitCode == 2);
        CHECK(badSeed.err.contains(QStringLiteral("--seed")));
    }
    const Result unknown =
        runCli({QStringLiteral("check"), QStringLiteral("--database"), path, QStringLiteral("--frobnicate")});
    CHECK(unknown.exitCode == 2);
    CHECK(unknown.err.contains(QStringLiteral("--frobnicate")));
    CHECK_FALSE(QFileInfo::exists(path));
}

TEST_CASE("rongpei-cli backup writes a healthy copy", "[cli]")
{
    TemporaryFolder folder;
    const QString source = folder.path(QStringLiteral("demo.db"));
    const QString copy = folder.path(QStringLiteral("copy.db"));
    REQUIRE(runCli({QStringLiteral("demo"), QStringLiteral("--database"), source, QStringLiteral("--cadres"),
                    QStringLiteral("50")})
                .exitCode == 0);
    const Result result = runCli(
        {QStringLiteral("backup"), QStringLiteral("--database"), source, QStringLiteral("--output"), copy});
    INFO(result.err.toStdString());
    REQUIRE(result.exitCode == 0);
    CHECK(roster(copy) == roster(source));
    CHECK(runCli({QStringLiteral("backup"), QStringLiteral("--database"), source, QStringLiteral("--output"),
                  copy})
              .exitCode == 1);
}
