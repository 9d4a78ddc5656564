// A -wal or -journal beside a good file that belongs to another database: SQLite would apply
// it and destroy the file, so it is tried on a private copy first and refused.
#include "StorageTestSupport.h"
#include "Workspace.h"
#include "roster/CadreRepository.h"
#include "storage/Database.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

using namespace rongpei;
using namespace rongpei::test;

namespace {

/// A RongPei file with `cadres` cadres of its own, closed cleanly (no journal beside it).
QString rongPeiFileWith(TemporaryFolder &folder, const QString &name, int cadres)
{
    const QString path = folder.path(name);
    FixedClock clock;
    Workspace workspace(path, Database::OpenMode::CreateIfMissing, clock);
    const auto org = SmallOrganization::create(workspace);
    for (int i = 0; i < cadres; ++i)
        workspace.cadres().add(sampleCadre(org.firstBranch,
                                           QStringLiteral("B%1").arg(i, 4, 10, QLatin1Char('0')),
                                           QStringLiteral("干部%1").arg(i)));
    return path;
}

/// Adds cadres to `source` through RongPei without checkpointing, and copies the file with its
/// -wal and -shm while it is open: what RongPei leaves when it is killed.
QString crashedWorkspaceCopy(TemporaryFolder &folder, const QString &source, const QString &name)
{
    const QString target = folder.path(name);
    FixedClock clock;
    Workspace workspace(source, Database::OpenMode::MustExist, clock);
    workspace.database().exec(QStringLiteral("PRAGMA wal_autocheckpoint = 0"));
    const qint64 branch = workspace.cadres().all().first().branchId;
    for (int i = 0; i < 3; ++i)
        workspace.cadres().add(
            sampleCadre(branch, QStringLiteral("X%1").arg(i), QStringLiteral("外来%1").arg(i)));
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        REQUIRE(QFile::copy(source + suffix, target + suffix));
    REQUIRE(QFileInfo(target + QStringLiteral("-wal")).size() > 0);
    return target;
}

QString cadreNames(const QString &path)
{
    return rawScalar(path, QStringLiteral(
                               "SELECT group_concat(name, ',') FROM (SELECT name FROM cadre ORDER BY id)"))
        .toString();
}

} // namespace

TEST_CASE("A write-ahead log of another RongPei database beside a good file is refused",
          "[database][refusal]")
{
    TemporaryFolder folder;
    const QString good = makeRongPeiFile(folder, QStringLiteral("good.db"));
    const QString namesBefore = cadreNames(good);
    // Another database's log, left after a crash: cadres RongPei wrote to it since its last
    // checkpoint, as when a file is copied into a folder where another one crashed.
    const QString crashed = crashedWorkspaceCopy(
        folder, rongPeiFileWith(folder, QStringLiteral("other.db"), 1), QStringLiteral("crashed-other.db"));
    REQUIRE(QFile::copy(crashed + QStringLiteral("-wal"), good + QStringLiteral("-wal")));

    requireRefusedUntouched(good, DatabaseError::Kind::StrayJournal);
    try {
        Database database(good, Database::OpenMode::MustExist);
    } catch (const DatabaseError &error) {
        CHECK(error.message().contains(QDir::toNativeSeparators(good + QStringLiteral("-wal"))));
        CHECK_FALSE(error.details().isEmpty()); // what the check on the copy found, for the details
    }

    // Moving the log away, as the message says, gives the file back as it was.
    REQUIRE(QFile::rename(good + QStringLiteral("-wal"), folder.path(QStringLiteral("moved-away.wal"))));
    QFile::remove(good + QStringLiteral("-shm"));
    CHECK(Database::check(good) == Database::latestSchemaVersion());
    CHECK(cadreNames(good) == namesBefore);
}

TEST_CASE("A rollback journal of another database beside a good file is refused", "[database][refusal]")
{
    TemporaryFolder folder;
    const QString good = rongPeiFileWith(folder, QStringLiteral("good.db"), 50);
    rawSql(good, {QStringLiteral("PRAGMA journal_mode = DELETE")});
    const QString namesBefore = cadreNames(good);
    const QString hot = copyWithHotJournal(folder, rongPeiFileWith(folder, QStringLiteral("other.db"), 3),
                                           QStringLiteral("crashed-other.db"));
    REQUIRE(QFile::copy(hot + QStringLiteral("-journal"), good + QStringLiteral("-journal")));

    requireRefusedUntouched(good, DatabaseError::Kind::StrayJournal);

    REQUIRE(
        QFile::rename(good + QStringLiteral("-journal"), folder.path(QStringLiteral("moved-away.journal"))));
    CHECK(Database::check(good) == Database::latestSchemaVersion());
    CHECK(cadreNames(good) == namesBefore);
}

TEST_CASE("A journal that the file's own crash left is still applied", "[database]")
{
    TemporaryFolder folder;
    const QString ours = rongPeiFileWith(folder, QStringLiteral("ours.db"), 1);
    const QString crashed = crashedCopy(
        folder, ours, {QStringLiteral("UPDATE cadre SET name = '改过的名字'")}, QStringLiteral("crashed.db"));
    QFile::remove(crashed + QStringLiteral("-shm")); // as after a reboot: only the log is left
    FixedClock clock;
    Workspace workspace(crashed, Database::OpenMode::MustExist, clock);
    CHECK(workspace.cadres().all().first().name == QStringLiteral("改过的名字"));
}

TEST_CASE("A log that another program has open is not taken for a stray one", "[database]")
{
    TemporaryFolder folder;
    const QString path = makeRongPeiFile(folder, QStringLiteral("shared.db"));
    FixedClock clock;
    Workspace writer(path, Database::OpenMode::MustExist, clock);
    writer.database().exec(QStringLiteral("PRAGMA wal_autocheckpoint = 0"));
    writer.cadres().add(sampleCadre(writer.cadres().all().first().branchId, QStringLiteral("A777")));
    REQUIRE(QFileInfo(path + QStringLiteral("-wal")).size() > 0);
    // Another connection of this process, as a background reader or the CLI in another one.
    CHECK(Database::check(path) == Database::latestSchemaVersion());
    Database reader(path, Database::OpenMode::ReadOnly);
    CHECK(scalar(reader, QStringLiteral("SELECT count(*) FROM cadre")).toInt() == 2);
}
