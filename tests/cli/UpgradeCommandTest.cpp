// rongpei-cli upgrade: a backup first, then the migration; nothing to do the second time.
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

TEST_CASE("rongpei-cli upgrade backs the file up, upgrades it, then has nothing to do", "[cli]")
{
    TemporaryFolder folder;
    const QString path = schemaOneDatabase(folder, QStringLiteral("foundation.db"));
    const QString today = QStringLiteral("2026-11-24"); // the tests' clock, not the machine's
    // A file already under the dated name is never written over.
    const QString taken = folder.path(QStringLiteral("foundation-before-upgrade-%1.db").arg(today));
    writeFile(taken, "an earlier copy");
    const QString backup = folder.path(QStringLiteral("foundation-before-upgrade-%1-2.db").arg(today));

    const Result upgraded = runCli({QStringLiteral("upgrade"), QStringLiteral("--database"), path});
    INFO(upgraded.err.toStdString());
    REQUIRE(upgraded.exitCode == 0);
    CHECK(upgraded.err.isEmpty());
    CHECK(upgraded.out.contains(QDir::toNativeSeparators(backup)));
    CHECK(upgraded.out.contains(
        QStringLiteral("from file format version 1 to version %1").arg(Database::latestSchemaVersion())));
    CHECK(Database::check(backup) == 1);
    CHECK(Database::check(path) == Database::latestSchemaVersion());
    CHECK(roster(path).size() == 1);
    QFile earlier(taken);
    REQUIRE(earlier.open(QIODevice::ReadOnly));
    CHECK(earlier.readAll() == QByteArray("an earlier copy"));

    const QStringList entries = folderEntries(path);
    const QByteArray current = fileHash(path);
    const Result again = runCli({QStringLiteral("upgrade"), QStringLiteral("--database"), path});
    CHECK(again.exitCode == 0);
    CHECK(again.out.contains(QStringLiteral("already up to date")));
    CHECK(folderEntries(path) == entries);
    CHECK(fileHash(path) == current);

    const Result compliance =
        runCli(complianceArguments(path, {QStringLiteral("--year"), QStringLiteral("2025")}));
    CHECK(compliance.exitCode == 0);

    const QString missing = folder.path(QStringLiteral("missing.db"));
    const Result nothing = runCli({QStringLiteral("upgrade"), QStringLiteral("--database"), missing});
    CHECK(nothing.exitCode == 1);
    CHECK(nothing.err.contains(QStringLiteral("does not exist")));
    CHECK_FALSE(QFileInfo::exists(missing));
}
