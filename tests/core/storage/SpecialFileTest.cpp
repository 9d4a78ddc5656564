// Files that are not plain files, and plain files on media that cannot be written.
#include "StorageTestSupport.h"
#include "Workspace.h"
#include "roster/CadreRepository.h"
#include "storage/Database.h"

#include <QDir>
#include <QFileInfo>
#include <QProcess>

#include <sys/stat.h>

using namespace rongpei;
using namespace rongpei::test;

TEST_CASE("A pipe given as the database, or lying beside it, is refused at once", "[database][refusal]")
{
    TemporaryFolder folder;
    const QString pipe = folder.path(QStringLiteral("pipe.db"));
    REQUIRE(::mkfifo(QFile::encodeName(pipe).constData(), 0600) == 0);
    // Reading a pipe nobody writes to would hang forever: these must return.
    CHECK(refusalOf(pipe) == DatabaseError::Kind::CannotOpen);
    CHECK(refusalOf(pipe, Database::OpenMode::CreateIfMissing) == DatabaseError::Kind::CannotOpen);
    CHECK(refusalOf(pipe, Database::OpenMode::ReadOnly) == DatabaseError::Kind::CannotOpen);
    CHECK(checkRefusalOf(pipe) == DatabaseError::Kind::CannotOpen);
    CHECK_FALSE(Database::isUninitialized(pipe));
    CHECK_THROWS_AS(Database::backup(pipe, folder.path(QStringLiteral("copy.db"))), DatabaseError);
    CHECK_FALSE(QFileInfo::exists(folder.path(QStringLiteral("copy.db"))));

    const QString good = makeRongPeiFile(folder, QStringLiteral("good.db"));
    REQUIRE(::mkfifo(QFile::encodeName(good + QStringLiteral("-journal")).constData(), 0600) == 0);
    requireRefusedUntouched(good, DatabaseError::Kind::CannotOpen);
}

TEST_CASE("A device given as the database is refused", "[database][refusal]")
{
    CHECK(refusalOf(QStringLiteral("/dev/zero")) == DatabaseError::Kind::CannotOpen);
    CHECK(checkRefusalOf(QStringLiteral("/dev/null")) == DatabaseError::Kind::CannotOpen);
}

namespace {

/// Mounts `source` read-only at `target` with a bind mount; false where this test may not
/// (not root, or no permission to mount in this container).
bool bindReadOnly(const QString &source, const QString &target)
{
    QProcess mount;
    mount.start(QStringLiteral("sh"),
                {QStringLiteral("-c"),
                 QStringLiteral("mount --bind \"$0\" \"$1\" && mount -o remount,bind,ro \"$1\""), source,
                 target});
    if (!mount.waitForFinished(10000) || mount.exitCode() != 0) {
        QProcess::execute(QStringLiteral("umount"), {target});
        return false;
    }
    return true;
}

} // namespace

TEST_CASE("A healthy file on read-only media opens for check, backup and reading", "[database][readonly]")
{
    TemporaryFolder folder;
    const QString media = folder.path(QStringLiteral("media"));
    const QString mounted = folder.path(QStringLiteral("mounted"));
    REQUIRE(QDir().mkpath(media));
    REQUIRE(QDir().mkpath(mounted));
    makeRongPeiFile(folder, QStringLiteral("media/rongpei.db"));
    if (!bindReadOnly(media, mounted)) {
        WARN("a read-only bind mount cannot be made here (needs root and permission to mount): "
             "read-only media are not tested in this run");
        return;
    }
    const auto unmount = qScopeGuard([&mounted] { QProcess::execute(QStringLiteral("umount"), {mounted}); });
    const QString path = QDir(mounted).filePath(QStringLiteral("rongpei.db"));
    QFile probe(path);
    REQUIRE_FALSE(probe.open(QIODevice::ReadWrite)); // truly read-only, even for root

    CHECK(Database::check(path) == Database::latestSchemaVersion());
    {
        FixedClock clock;
        Workspace workspace(path, Database::OpenMode::ReadOnly, clock);
        CHECK(workspace.cadres().count() == 1);
    }
    const QString copy = folder.path(QStringLiteral("copy.db"));
    Database::backup(path, copy);
    CHECK(Database::check(copy) == Database::latestSchemaVersion());
    // Opening for writing says what is wrong and what to do, instead of failing inside SQLite.
    CHECK(refusalOf(path) == DatabaseError::Kind::ReadOnly);
}
