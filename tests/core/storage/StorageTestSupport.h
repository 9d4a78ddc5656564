#pragma once

// What the storage tests share: reading pragmas, refusals, and real bad files made by the test.

#include "TestSupport.h"
#include "roster/CadreRepository.h"
#include "storage/Database.h"
#include "storage/SchemaCatalog.h"

#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlQuery>

namespace rongpei::test {

inline QVariant pragma(Database &database, const QString &name)
{
    QSqlQuery query = database.exec(QStringLiteral("PRAGMA ") + name);
    return database.scalar(query);
}

inline DatabaseError::Kind refusalOf(const QString &path,
                                     Database::OpenMode mode = Database::OpenMode::MustExist)
{
    try {
        Database database(path, mode);
    } catch (const DatabaseError &error) {
        INFO(error.message().toStdString());
        CHECK_FALSE(error.message().isEmpty());
        return error.kind();
    }
    FAIL("the database was opened, but should have been refused");
    return DatabaseError::Kind::Other;
}

inline DatabaseError::Kind checkRefusalOf(const QString &path)
{
    try {
        Database::check(path);
    } catch (const DatabaseError &error) {
        return error.kind();
    }
    FAIL("check() passed, but should have refused the file");
    return DatabaseError::Kind::Other;
}

/// A healthy RongPei file with one cadre, closed.
inline QString makeRongPeiFile(TemporaryFolder &folder, const QString &name)
{
    const QString path = folder.path(name);
    FixedClock clock;
    Workspace workspace(path, Database::OpenMode::CreateIfMissing, clock);
    const auto org = SmallOrganization::create(workspace);
    workspace.cadres().add(sampleCadre(org.firstBranch, QStringLiteral("A001")));
    return path;
}

/// The hashes of a file and of the journals beside it (empty for one that is not there).
inline QList<QByteArray> hashesWithJournals(const QString &path)
{
    QList<QByteArray> hashes;
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-journal")}) {
        const QFileInfo file(path + suffix);
        hashes.append(!file.exists()  ? QByteArray()
                      : file.isFile() ? fileHash(file.filePath())
                                      : "not a file");
    }
    return hashes;
}

/// Every refusal path (open in every mode, check) leaves the file, its write-ahead log and
/// its rollback journal byte for byte as they were.
inline void requireRefusedUntouched(const QString &path, DatabaseError::Kind expected)
{
    const QList<QByteArray> before = hashesWithJournals(path);
    CHECK(refusalOf(path) == expected);
    CHECK(refusalOf(path, Database::OpenMode::CreateIfMissing) == expected);
    if (expected != DatabaseError::Kind::NeedsRecovery)
        CHECK(refusalOf(path, Database::OpenMode::ReadOnly) == expected);
    CHECK(checkRefusalOf(path) == expected);
    CHECK(hashesWithJournals(path) == before);
    CHECK_FALSE(Database::isUninitialized(path));
    CHECK(hashesWithJournals(path) == before);
}

/// Runs statements on `source` in WAL mode without checkpointing, and copies the file with
/// its -wal and -shm while the connection is open: what a crash or a pulled USB stick leaves.
inline QString crashedCopy(TemporaryFolder &folder, const QString &source, const QStringList &statements,
                           const QString &name)
{
    const QString target = folder.path(name);
    withRawConnection(source, [&](QSqlQuery &query) {
        REQUIRE(query.exec(QStringLiteral("PRAGMA journal_mode = WAL")));
        REQUIRE(query.exec(QStringLiteral("PRAGMA wal_autocheckpoint = 0")));
        for (const QString &statement : statements)
            REQUIRE(query.exec(statement));
        query.finish();
        for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
            REQUIRE(QFile::copy(source + suffix, target + suffix));
    });
    REQUIRE(QFileInfo(target + QStringLiteral("-wal")).size() > 0);
    return target;
}

/// Copies `source` with its rollback journal while a large transaction is half-written to
/// it: the hot journal a crash in rollback-journal mode leaves behind.
inline QString copyWithHotJournal(TemporaryFolder &folder, const QString &source, const QString &name)
{
    rawSql(source, {QStringLiteral("PRAGMA journal_mode = DELETE")});
    const QString target = folder.path(name);
    withRawConnection(source, [&](QSqlQuery &query) {
        REQUIRE(query.exec(QStringLiteral("PRAGMA cache_size = 2"))); // spill changes into the file early
        REQUIRE(query.exec(QStringLiteral("BEGIN")));
        REQUIRE(query.exec(QStringLiteral("CREATE TABLE filler (x BLOB)")));
        REQUIRE(
            query.exec(QStringLiteral("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE "
                                      "i < 400) INSERT INTO filler SELECT randomblob(3000) FROM n")));
        REQUIRE(QFileInfo(source + QStringLiteral("-journal")).size() > 0);
        for (const QString &suffix : {QString(), QStringLiteral("-journal")})
            REQUIRE(QFile::copy(source + suffix, target + suffix));
        REQUIRE(query.exec(QStringLiteral("ROLLBACK")));
    });
    return target;
}

/// What RongPei of schema `version` wrote into a new file: its migrations, its mark and version
/// (before schema 16, which adds the change journal and its generated triggers).
inline QStringList statementsOfSchema(int version)
{
    QStringList statements;
    for (int v = 1; v <= version; ++v)
        statements << SchemaCatalog::migrationStatements(v);
    statements << QStringLiteral("PRAGMA application_id = %1").arg(Database::applicationId)
               << QStringLiteral("PRAGMA user_version = %1").arg(version);
    return statements;
}

/// An enterprise (1), its committee (2) and one branch (3), created at `at`.
inline QStringList oneBranch(const QString &at)
{
    return {QStringLiteral(
                "INSERT INTO organization (id, uuid, parent_id, kind, name, created_at, updated_at) "
                "VALUES (1, 'e', NULL, 'enterprise', '华远集团', %1, %1), "
                "(2, 'c', 1, 'committee', '集团党委', %1, %1), (3, 'b', 2, 'branch', '第一党支部', %1, %1)")
                .arg(at),
            QStringLiteral("UPDATE organization SET branch_id = id WHERE kind = 'branch'")};
}

} // namespace rongpei::test
