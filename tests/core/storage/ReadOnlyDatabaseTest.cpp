// Database::OpenMode::ReadOnly: reads and never writes, refuses what it cannot read as it is.
#include "StorageTestSupport.h"
#include "Workspace.h"
#include "roster/CadreRepository.h"
#include "storage/Database.h"
#include "storage/SqlScript.h"
#include "study/StudyRuleRepository.h"
#include "study/StudySessionRepository.h"

#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlQuery>

using namespace rongpei;
using namespace rongpei::test;

namespace {

/// A file as the foundation release wrote it: migration 1 only, with one cadre; closed.
QString makeSchemaOneFile(TemporaryFolder &folder, const QString &name)
{
    const QString path = folder.path(name);
    QFile script(QStringLiteral(":/sql/0001_foundation.sql"));
    REQUIRE(script.open(QIODevice::ReadOnly));
    QStringList statements = splitSqlStatements(QString::fromUtf8(script.readAll()));
    statements << QStringLiteral("PRAGMA application_id = %1").arg(Database::applicationId)
               << QStringLiteral("PRAGMA user_version = 1")
               << QStringLiteral(
                      "INSERT INTO organization (uuid, parent_id, kind, name, branch_id, created_at, "
                      "updated_at) VALUES ('e', NULL, 'enterprise', '华远集团', NULL, 'x', 'x')");
    rawSql(path, statements);
    return path;
}

} // namespace

TEST_CASE("A database opened read-only reads the file and never writes to it", "[database][readonly]")
{
    TemporaryFolder folder;
    const QString path = makeRongPeiFile(folder, QStringLiteral("ours.db"));
    const QByteArray before = fileHash(path);
    {
        FixedClock clock;
        Workspace workspace(path, Database::OpenMode::ReadOnly, clock);
        Database &db = workspace.database();
        CHECK(db.isReadOnly());
        CHECK(db.schemaVersion() == Database::latestSchemaVersion());
        CHECK(workspace.cadres().count() == 1);
        CHECK(pragma(db, QStringLiteral("foreign_keys")).toInt() == 1);
        try {
            db.exec(QStringLiteral("CREATE TABLE intruder (x)"));
            FAIL("a read-only database accepted a write");
        } catch (const DatabaseError &error) {
            CHECK(error.kind() == DatabaseError::Kind::ReadOnly);
        }
        CHECK_THROWS_AS(workspace.cadres().add(
                            sampleCadre(workspace.cadres().all().first().branchId, QStringLiteral("A002"))),
                        DatabaseError);
        CHECK(workspace.cadres().count() == 1);
    }
    CHECK(fileHash(path) == before);
    Database writable(path, Database::OpenMode::MustExist);
    CHECK_FALSE(writable.isReadOnly());
}

TEST_CASE("Opening read-only refuses a file of an older schema and leaves it unchanged",
          "[database][readonly][refusal]")
{
    TemporaryFolder folder;
    const QString path = makeSchemaOneFile(folder, QStringLiteral("foundation.db"));
    const QByteArray before = fileHash(path);
    try {
        Database database(path, Database::OpenMode::ReadOnly);
        FAIL("a file of schema 1 was opened read-only");
    } catch (const OlderSchemaError &error) {
        CHECK(error.kind() == DatabaseError::Kind::ReadOnly);
        CHECK(error.foundVersion() == 1);
        CHECK(error.message().contains(QStringLiteral("foundation.db")));
        CHECK(error.message().contains(QStringLiteral("older version")));
    }
    CHECK(refusalOf(path, Database::OpenMode::ReadOnly) == DatabaseError::Kind::ReadOnly);
    CHECK(fileHash(path) == before);
    CHECK_FALSE(QFileInfo::exists(path + QStringLiteral("-wal")));
    CHECK_FALSE(QFileInfo::exists(path + QStringLiteral("-journal")));
    // Opened for writing, as RongPei does, the same file is upgraded.
    Database upgraded(path, Database::OpenMode::MustExist);
    CHECK(upgraded.schemaVersion() == Database::latestSchemaVersion());
}

TEST_CASE("Opening read-only refuses what opening refuses, and never creates or recovers a file",
          "[database][readonly][refusal]")
{
    TemporaryFolder folder;
    const QString missing = folder.path(QStringLiteral("missing.db"));
    CHECK(refusalOf(missing, Database::OpenMode::ReadOnly) == DatabaseError::Kind::NotFound);
    CHECK_FALSE(QFileInfo::exists(missing));

    const QString empty = folder.path(QStringLiteral("empty.db"));
    writeFile(empty, {});
    CHECK(refusalOf(empty, Database::OpenMode::ReadOnly) == DatabaseError::Kind::NotSqlite);
    CHECK(QFileInfo(empty).size() == 0);

    const QString blank = folder.path(QStringLiteral("blank.db"));
    rawSql(blank, {QStringLiteral("PRAGMA user_version = 0")});
    CHECK(refusalOf(blank, Database::OpenMode::ReadOnly) == DatabaseError::Kind::ForeignApplication);

    const QString foreign = folder.path(QStringLiteral("other.sqlite"));
    rawSql(foreign, {QStringLiteral("CREATE TABLE notes (text TEXT)")});
    const QByteArray foreignBefore = fileHash(foreign);
    CHECK(refusalOf(foreign, Database::OpenMode::ReadOnly) == DatabaseError::Kind::ForeignApplication);
    CHECK(fileHash(foreign) == foreignBefore);

    const QString newer = makeRongPeiFile(folder, QStringLiteral("newer.db"));
    rawSql(newer, {QStringLiteral("PRAGMA user_version = %1").arg(Database::latestSchemaVersion() + 1)});
    const QByteArray newerBefore = fileHash(newer);
    CHECK(refusalOf(newer, Database::OpenMode::ReadOnly) == DatabaseError::Kind::NewerSchema);
    CHECK(fileHash(newer) == newerBefore);

    // A half-written file needs a writer to recover it: read-only opening leaves it be.
    const QString crashed = copyWithHotJournal(folder, makeRongPeiFile(folder, QStringLiteral("ours.db")),
                                               QStringLiteral("crashed-ours.db"));
    const QByteArray crashedBefore = fileHash(crashed);
    const QByteArray journalBefore = fileHash(crashed + QStringLiteral("-journal"));
    CHECK(refusalOf(crashed, Database::OpenMode::ReadOnly) == DatabaseError::Kind::NeedsRecovery);
    CHECK(fileHash(crashed) == crashedBefore);
    CHECK(fileHash(crashed + QStringLiteral("-journal")) == journalBefore);
}

TEST_CASE("A read-only connection sees what an open workspace has committed", "[database][readonly]")
{
    TemporaryWorkspace temp;
    const auto org = SmallOrganization::create(temp.workspace());
    temp.workspace().cadres().add(sampleCadre(org.firstBranch, QStringLiteral("A001")));
    {
        Database reader(temp.path(), Database::OpenMode::ReadOnly);
        CHECK(scalar(reader, QStringLiteral("SELECT count(*) FROM cadre")).toInt() == 1);
    }
    temp.workspace().cadres().add(sampleCadre(org.firstBranch, QStringLiteral("A002")));
    Database reader(temp.path(), Database::OpenMode::ReadOnly);
    CHECK(scalar(reader, QStringLiteral("SELECT count(*) FROM cadre")).toInt() == 2);
    // The writer goes on writing while the reader is open.
    temp.workspace().cadres().add(sampleCadre(org.firstBranch, QStringLiteral("A003")));
    CHECK(temp.workspace().cadres().count() == 3);
}
