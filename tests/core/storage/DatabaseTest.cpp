#include "storage/Database.h"

#include "TestSupport.h"
#include "Workspace.h"
#include "roster/CadreRepository.h"
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

QVariant pragma(Database &database, const QString &name)
{
    QSqlQuery query = database.exec(QStringLiteral("PRAGMA ") + name);
    return database.scalar(query);
}

DatabaseError::Kind refusalOf(const QString &path, Database::OpenMode mode = Database::OpenMode::MustExist)
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

DatabaseError::Kind checkRefusalOf(const QString &path)
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
QString makeRongPeiFile(TemporaryFolder &folder, const QString &name)
{
    const QString path = folder.path(name);
    FixedClock clock;
    Workspace workspace(path, Database::OpenMode::CreateIfMissing, clock);
    const auto org = SmallOrganization::create(workspace);
    workspace.cadres().add(sampleCadre(org.firstBranch, QStringLiteral("A001")));
    return path;
}

/// Every refusal path (open in either mode, check) leaves the file and its write-ahead
/// log byte for byte as they were.
void requireRefusedUntouched(const QString &path, DatabaseError::Kind expected)
{
    const QString wal = path + QStringLiteral("-wal");
    const bool hadWal = QFileInfo::exists(wal);
    const QByteArray before = fileHash(path);
    const QByteArray walBefore = hadWal ? fileHash(wal) : QByteArray();
    CHECK(refusalOf(path) == expected);
    CHECK(refusalOf(path, Database::OpenMode::CreateIfMissing) == expected);
    CHECK(checkRefusalOf(path) == expected);
    CHECK(fileHash(path) == before);
    REQUIRE(QFileInfo::exists(wal) == hadWal);
    if (hadWal)
        CHECK(fileHash(wal) == walBefore);
    CHECK_FALSE(Database::isUninitialized(path));
}

/// Runs statements on `source` in WAL mode without checkpointing, and copies the file with
/// its -wal and -shm while the connection is open: what a crash or a pulled USB stick leaves.
QString crashedCopy(TemporaryFolder &folder, const QString &source, const QStringList &statements,
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

} // namespace

TEST_CASE("A new database gets the latest schema, the application id and durable pragmas", "[database]")
{
    TemporaryWorkspace temp;
    Database &db = temp.workspace().database();
    CHECK(Database::latestSchemaVersion() >= 1);
    CHECK(db.schemaVersion() == Database::latestSchemaVersion());
    CHECK(pragma(db, QStringLiteral("application_id")).toInt() == Database::applicationId);
    CHECK(pragma(db, QStringLiteral("foreign_keys")).toInt() == 1);
    CHECK(pragma(db, QStringLiteral("journal_mode")).toString() == QStringLiteral("wal"));
    CHECK(pragma(db, QStringLiteral("synchronous")).toInt() == 2); // FULL
    CHECK(pragma(db, QStringLiteral("trusted_schema")).toInt() == 0);
    CHECK(Database::check(temp.path()) == Database::latestSchemaVersion());
}

TEST_CASE("Every table has id, uuid, created_at, updated_at and its branch", "[database]")
{
    TemporaryWorkspace temp;
    Database &db = temp.workspace().database();
    QSqlQuery tables = db.exec(
        QStringLiteral("SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"));
    QStringList names;
    while (tables.next())
        names.append(tables.value(0).toString());
    REQUIRE(names.size() >= 2);
    for (const QString &table : names) {
        QSqlQuery columns = db.exec(QStringLiteral("SELECT name FROM pragma_table_info('%1')").arg(table));
        QStringList found;
        while (columns.next())
            found.append(columns.value(0).toString());
        INFO(table.toStdString());
        for (const char *required : {"id", "uuid", "created_at", "updated_at", "branch_id"})
            CHECK(found.contains(QString::fromLatin1(required)));
    }
}

TEST_CASE("Reopening keeps the data and does not migrate again", "[database]")
{
    TemporaryWorkspace temp;
    const auto org = SmallOrganization::create(temp.workspace());
    temp.workspace().cadres().add(sampleCadre(org.firstBranch, QStringLiteral("A001")));
    temp.reopen();
    CHECK(temp.workspace().database().schemaVersion() == Database::latestSchemaVersion());
    CHECK(temp.workspace().cadres().count() == 1);
}

TEST_CASE("A zero-byte file may be initialised on first start but is refused otherwise", "[database]")
{
    TemporaryFolder folder;
    const QString path = folder.path(QStringLiteral("empty.db"));
    writeFile(path, {});
    CHECK(refusalOf(path) == DatabaseError::Kind::NotSqlite);
    CHECK(checkRefusalOf(path) == DatabaseError::Kind::NotSqlite);
    CHECK(QFileInfo(path).size() == 0);
    Database created(path, Database::OpenMode::CreateIfMissing);
    CHECK(created.schemaVersion() == Database::latestSchemaVersion());
}

TEST_CASE("Opening refuses a missing file without creating it", "[database][refusal]")
{
    TemporaryFolder folder;
    const QString path = folder.path(QStringLiteral("missing.db"));
    CHECK(refusalOf(path) == DatabaseError::Kind::NotFound);
    CHECK(checkRefusalOf(path) == DatabaseError::Kind::NotFound);
    CHECK_FALSE(QFileInfo::exists(path));
}

TEST_CASE("Opening refuses a file that is not SQLite and leaves it untouched", "[database][refusal]")
{
    TemporaryFolder folder;
    const QString path = folder.path(QStringLiteral("roster.xlsx"));
    writeFile(path, QByteArray("PK\x03\x04 this is a spreadsheet, not a database ").repeated(40));
    requireRefusedUntouched(path, DatabaseError::Kind::NotSqlite);

    const QString shortFile = folder.path(QStringLiteral("short.db"));
    writeFile(shortFile, QByteArray("SQLite format 3"));
    requireRefusedUntouched(shortFile, DatabaseError::Kind::NotSqlite);
}

TEST_CASE("Opening refuses another application's SQLite database and leaves it untouched",
          "[database][refusal]")
{
    TemporaryFolder folder;
    const QString plain = folder.path(QStringLiteral("other.sqlite"));
    rawSql(plain, {QStringLiteral("CREATE TABLE notes (id INTEGER PRIMARY KEY, text TEXT)"),
                   QStringLiteral("INSERT INTO notes (text) VALUES ('keep me')")});
    requireRefusedUntouched(plain, DatabaseError::Kind::ForeignApplication);

    const QString tagged = folder.path(QStringLiteral("tagged.sqlite"));
    rawSql(tagged, {QStringLiteral("PRAGMA application_id = 1234"), QStringLiteral("CREATE TABLE t (x)")});
    requireRefusedUntouched(tagged, DatabaseError::Kind::ForeignApplication);
}

TEST_CASE("A refused file with unsaved log pages is not checkpointed", "[database][refusal]")
{
    TemporaryFolder folder;
    const QString foreign = crashedCopy(folder, folder.path(QStringLiteral("other.sqlite")),
                                        {QStringLiteral("CREATE TABLE notes (text TEXT)"),
                                         QStringLiteral("INSERT INTO notes VALUES ('keep me')")},
                                        QStringLiteral("crashed-other.sqlite"));
    requireRefusedUntouched(foreign, DatabaseError::Kind::ForeignApplication);

    const QString rongpei = makeRongPeiFile(folder, QStringLiteral("ours.db"));
    const QString newer =
        crashedCopy(folder, rongpei,
                    {QStringLiteral("PRAGMA user_version = %1").arg(Database::latestSchemaVersion() + 1)},
                    QStringLiteral("crashed-newer.db"));
    requireRefusedUntouched(newer, DatabaseError::Kind::NewerSchema);
}

TEST_CASE("A RongPei file with unsaved log pages opens with them", "[database]")
{
    TemporaryFolder folder;
    const QString rongpei = makeRongPeiFile(folder, QStringLiteral("ours.db"));
    const QString crashed =
        crashedCopy(folder, rongpei, {QStringLiteral("UPDATE cadre SET post = '总经济师'")},
                    QStringLiteral("crashed.db"));
    CHECK(Database::check(crashed) == Database::latestSchemaVersion());
    FixedClock clock;
    Workspace workspace(crashed, Database::OpenMode::MustExist, clock);
    CHECK(workspace.cadres().all().first().post == QStringLiteral("总经济师"));
}

TEST_CASE("A blank SQLite file left by a failed first start is set up anew", "[database]")
{
    TemporaryFolder folder;
    const QString path = folder.path(QStringLiteral("blank.db"));
    CHECK(Database::isUninitialized(path)); // missing
    writeFile(path, {});
    CHECK(Database::isUninitialized(path)); // zero bytes
    QFile::remove(path);
    rawSql(path,
           {QStringLiteral("PRAGMA journal_mode = WAL"), QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")});
    REQUIRE(QFileInfo(path).size() > 0);
    CHECK(Database::isUninitialized(path));
    CHECK(refusalOf(path) == DatabaseError::Kind::ForeignApplication); // never opened as if it were ours
    Database created(path, Database::OpenMode::CreateIfMissing);
    CHECK(created.schemaVersion() == Database::latestSchemaVersion());
    CHECK_FALSE(Database::isUninitialized(path));
}

TEST_CASE("Opening refuses a database from a newer RongPei and leaves it untouched", "[database][refusal]")
{
    TemporaryFolder folder;
    const QString path = makeRongPeiFile(folder, QStringLiteral("newer.db"));
    rawSql(path, {QStringLiteral("PRAGMA user_version = %1").arg(Database::latestSchemaVersion() + 1),
                  QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"),
                  QStringLiteral("PRAGMA journal_mode = DELETE")});
    requireRefusedUntouched(path, DatabaseError::Kind::NewerSchema);
}

TEST_CASE("Opening refuses a corrupt database and leaves it untouched", "[database][refusal]")
{
    TemporaryFolder folder;
    const QString path = makeRongPeiFile(folder, QStringLiteral("corrupt.db"));
    rawSql(path, {QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"),
                  QStringLiteral("PRAGMA journal_mode = DELETE")});
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadWrite));
    const qint64 size = file.size();
    REQUIRE(size >= 4096 * 3);
    // Scribble over the b-tree pages after the first, keeping the header intact.
    file.seek(4096);
    file.write(QByteArray(static_cast<int>(size - 4096), '\x5A'));
    file.close();
    requireRefusedUntouched(path, DatabaseError::Kind::Corrupt);
}

TEST_CASE("A failed statement rolls the whole transaction back", "[database][transaction]")
{
    TemporaryWorkspace temp;
    const auto org = SmallOrganization::create(temp.workspace());
    Database &db = temp.workspace().database();
    CadreRepository &cadres = temp.workspace().cadres();
    REQUIRE_THROWS_AS(
        [&] {
            Transaction outer(db);
            cadres.add(sampleCadre(org.firstBranch, QStringLiteral("A001")));
            cadres.add(sampleCadre(org.firstBranch, QStringLiteral("A001"))); // duplicate: refused
            outer.commit();
        }(),
        ValidationError);
    CHECK(cadres.count() == 0);
}

TEST_CASE("An abandoned inner transaction makes the outer commit fail and roll back",
          "[database][transaction]")
{
    TemporaryWorkspace temp;
    const auto org = SmallOrganization::create(temp.workspace());
    Database &db = temp.workspace().database();
    Transaction outer(db);
    temp.workspace().cadres().add(sampleCadre(org.firstBranch, QStringLiteral("A001")));
    {
        Transaction inner(db); // never committed
    }
    CHECK_THROWS_AS(outer.commit(), DatabaseError);
    CHECK(temp.workspace().cadres().count() == 0);
}

TEST_CASE("A statement the database rejects rolls back the whole transaction", "[database][transaction]")
{
    TemporaryWorkspace temp;
    const auto org = SmallOrganization::create(temp.workspace());
    Database &db = temp.workspace().database();
    CHECK_THROWS_AS(
        [&] {
            Transaction outer(db);
            temp.workspace().cadres().add(sampleCadre(org.firstBranch, QStringLiteral("A001")));
            db.exec(QStringLiteral("UPDATE cadre SET gender = 'unknown'")); // violates a CHECK constraint
            outer.commit();
        }(),
        DatabaseError);
    CHECK(temp.workspace().cadres().count() == 0);
}

TEST_CASE("Listeners hear of a change only once it is committed", "[database][transaction]")
{
    TemporaryWorkspace temp;
    const auto org = SmallOrganization::create(temp.workspace());
    Database &db = temp.workspace().database();
    CadreRepository &cadres = temp.workspace().cadres();
    int added = 0;
    QObject::connect(&cadres, &CadreRepository::recordAdded, [&added] { ++added; });
    {
        Transaction outer(db);
        cadres.add(sampleCadre(org.firstBranch, QStringLiteral("A001")));
        CHECK(added == 0);
        // not committed: rolled back on leaving the scope
    }
    CHECK(added == 0);
    CHECK(cadres.count() == 0);
    {
        Transaction outer(db);
        cadres.add(sampleCadre(org.firstBranch, QStringLiteral("A001")));
        CHECK(added == 0);
        outer.commit();
    }
    CHECK(added == 1);
}

TEST_CASE("A failing listener does not turn a saved change into an error", "[database][transaction]")
{
    TemporaryWorkspace temp;
    const auto org = SmallOrganization::create(temp.workspace());
    CadreRepository &cadres = temp.workspace().cadres();
    QObject::connect(&cadres, &CadreRepository::recordAdded, [] {
        throw DatabaseError(DatabaseError::Kind::Other, QStringLiteral("a view failed to reload"));
    });
    CHECK_NOTHROW(cadres.add(sampleCadre(org.firstBranch, QStringLiteral("A001"))));
    CHECK(cadres.count() == 1);
}

TEST_CASE("A write while another program holds the lock fails cleanly", "[database][transaction]")
{
    TemporaryWorkspace temp(DatabaseOptions{100});
    const auto org = SmallOrganization::create(temp.workspace());
    const QString other = QStringLiteral("other-writer");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), other);
        db.setDatabaseName(temp.path());
        REQUIRE(db.open());
        QSqlQuery lock(db);
        REQUIRE(lock.exec(QStringLiteral("BEGIN IMMEDIATE")));
        try {
            temp.workspace().cadres().add(sampleCadre(org.firstBranch, QStringLiteral("A001")));
            FAIL("the write should have been refused while the file is locked");
        } catch (const DatabaseError &error) {
            CHECK(error.kind() == DatabaseError::Kind::Busy);
            CHECK(error.message().contains(temp.path()));
        }
        REQUIRE(lock.exec(QStringLiteral("ROLLBACK")));
        db.close();
    }
    QSqlDatabase::removeDatabase(other);
    CHECK(temp.workspace().cadres().count() == 0);
    // Once the other program lets go, writing works again.
    temp.workspace().cadres().add(sampleCadre(org.firstBranch, QStringLiteral("A001")));
    CHECK(temp.workspace().cadres().count() == 1);
}

TEST_CASE("A full disk is reported as such and nothing is saved", "[database][transaction]")
{
    TemporaryWorkspace temp;
    const auto org = SmallOrganization::create(temp.workspace());
    CadreRepository &cadres = temp.workspace().cadres();
    Database &db = temp.workspace().database();
    // Cap the file at its current size: SQLite then fails exactly as on a full disk (SQLITE_FULL).
    QSqlQuery pages = db.exec(QStringLiteral("PRAGMA page_count"));
    const int pageCount = db.scalar(pages).toInt();
    db.exec(QStringLiteral("PRAGMA max_page_count = %1").arg(pageCount));
    Cadre big = sampleCadre(org.firstBranch, QStringLiteral("A001"));
    big.notes = QString(1900, u'注');
    try {
        for (int i = 0; i < 50; ++i) {
            big.employeeNumber = QStringLiteral("A%1").arg(i);
            cadres.add(big);
        }
        FAIL("the disk never filled up");
    } catch (const DatabaseError &error) {
        CHECK(error.kind() == DatabaseError::Kind::DiskFull);
    }
    const int saved = cadres.count();
    temp.reopen();
    CHECK(temp.workspace().cadres().count() == saved); // every saved cadre is whole, the failed one absent
    for (const Cadre &c : temp.workspace().cadres().all())
        CHECK(c.notes.size() == 1900);
}

TEST_CASE("A backup is a healthy copy, reads its source only and never overwrites a file",
          "[database][backup]")
{
    TemporaryWorkspace temp;
    const auto org = SmallOrganization::create(temp.workspace());
    temp.workspace().cadres().add(sampleCadre(org.firstBranch, QStringLiteral("A001")));
    temp.close();
    const QByteArray sourceBefore = fileHash(temp.path());

    TemporaryFolder folder;
    const QString target = folder.path(QStringLiteral("copy.db"));
    Database::backup(temp.path(), target);
    CHECK(fileHash(temp.path()) == sourceBefore);
    CHECK(Database::check(target) == Database::latestSchemaVersion());
    FixedClock clock;
    {
        Workspace copy(target, Database::OpenMode::MustExist, clock);
        CHECK(copy.cadres().count() == 1);
    }

    const QString existing = folder.path(QStringLiteral("existing.db"));
    writeFile(existing, "precious");
    CHECK_THROWS_AS(Database::backup(temp.path(), existing), DatabaseError);
    QFile file(existing);
    REQUIRE(file.open(QIODevice::ReadOnly));
    CHECK(file.readAll() == QByteArray("precious"));

    // A source that is not a RongPei database is refused before any copy is made.
    const QString other = folder.path(QStringLiteral("other.sqlite"));
    rawSql(other, {QStringLiteral("CREATE TABLE t (x)")});
    const QString refused = folder.path(QStringLiteral("refused.db"));
    CHECK_THROWS_AS(Database::backup(other, refused), DatabaseError);
    CHECK_FALSE(QFileInfo::exists(refused));
}
namespace {

/// Copies `source` with its rollback journal while a large transaction is half-written to
/// it: the hot journal a crash in rollback-journal mode leaves behind.
QString copyWithHotJournal(TemporaryFolder &folder, const QString &source, const QString &name)
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

} // namespace

TEST_CASE("A crashed rollback journal is recovered for RongPei's own file only", "[database][refusal]")
{
    TemporaryFolder folder;
    const QString ours = copyWithHotJournal(folder, makeRongPeiFile(folder, QStringLiteral("ours.db")),
                                            QStringLiteral("crashed-ours.db"));
    const QByteArray before = fileHash(ours);
    CHECK(checkRefusalOf(ours) == DatabaseError::Kind::NeedsRecovery); // check() only reads
    CHECK(fileHash(ours) == before);
    {
        FixedClock clock;
        Workspace workspace(ours, Database::OpenMode::MustExist, clock);
        CHECK(workspace.cadres().count() == 1);
        QSqlQuery filler = workspace.database().exec(
            QStringLiteral("SELECT count(*) FROM sqlite_schema WHERE name = 'filler'"));
        CHECK(workspace.database().scalar(filler).toInt() == 0); // the half-written change is undone
    }
    CHECK(Database::check(ours) == Database::latestSchemaVersion());

    const QString otherSource = folder.path(QStringLiteral("other.sqlite"));
    rawSql(otherSource, {QStringLiteral("CREATE TABLE notes (text TEXT)")});
    const QString other = copyWithHotJournal(folder, otherSource, QStringLiteral("crashed-other.sqlite"));
    const QByteArray otherBefore = fileHash(other);
    const QByteArray journalBefore = fileHash(other + QStringLiteral("-journal"));
    CHECK(refusalOf(other) == DatabaseError::Kind::NeedsRecovery);
    CHECK(checkRefusalOf(other) == DatabaseError::Kind::NeedsRecovery);
    CHECK(fileHash(other) == otherBefore);
    CHECK(fileHash(other + QStringLiteral("-journal")) == journalBefore);
}

TEST_CASE("check reads every page, including the roll calls that opening leaves to SQLite",
          "[database][refusal]")
{
    TemporaryFolder folder;
    const QString path = folder.path(QStringLiteral("rollcalls.db"));
    {
        const FixedClock clock;
        Workspace workspace(path, Database::OpenMode::CreateIfMissing, clock);
        const auto org = SmallOrganization::create(workspace);
        QList<qint64> present;
        for (int i = 0; i < 300; ++i)
            present.append(
                workspace.cadres().add(sampleCadre(org.firstBranch, QStringLiteral("R%1").arg(i))));
        workspace.studySessions().add(sampleSession(studyKind(workspace, QStringLiteral("theme_day")),
                                                    org.firstBranch, QDate(2026, 11, 2), present));
    }
    rawSql(path, {QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"),
                  QStringLiteral("PRAGMA journal_mode = DELETE")});
    const qint64 rootPage = rawScalar(path, QStringLiteral("SELECT rootpage FROM sqlite_schema WHERE name = "
                                                           "'attendance_cadre'"))
                                .toLongLong();
    REQUIRE(rootPage > 1);
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadWrite));
    file.seek((rootPage - 1) * 4096);
    file.write(QByteArray(4096, '\x5A'));
    file.close();
    const QByteArray before = fileHash(path);
    CHECK(checkRefusalOf(path) == DatabaseError::Kind::Corrupt);
    // Opening skips only tables too large to check at every start, whichever module owns
    // them: 300 roll-call lines are checked when the file is opened too.
    CHECK(refusalOf(path) == DatabaseError::Kind::Corrupt);
    // A background computation's second reader checks the file's identity, not its pages.
    CHECK_NOTHROW(Database(path, Database::OpenMode::ReadOnly, DatabaseOptions::secondReader()));
    CHECK(fileHash(path) == before);
}

TEST_CASE("A second reader still refuses a file that is not RongPei's or is older", "[database][refusal]")
{
    TemporaryFolder folder;
    const QString other = folder.path(QStringLiteral("other.db"));
    rawSql(other, {QStringLiteral("CREATE TABLE t (x)")});
    const QByteArray before = fileHash(other);
    CHECK_THROWS_AS(Database(other, Database::OpenMode::ReadOnly, DatabaseOptions::secondReader()),
                    DatabaseError);
    CHECK(fileHash(other) == before);
    const QString old = schemaOneDatabase(folder, QStringLiteral("old.db"));
    CHECK_THROWS_AS(Database(old, Database::OpenMode::ReadOnly, DatabaseOptions::secondReader()),
                    OlderSchemaError);
}

TEST_CASE("A database of schema 1 is upgraded with the study rules and keeps its roster", "[database]")
{
    TemporaryFolder folder;
    const QString path = schemaOneDatabase(folder, QStringLiteral("foundation.db"));

    const FixedClock clock;
    Workspace workspace(path, Database::OpenMode::MustExist, clock);
    CHECK(workspace.database().schemaVersion() == Database::latestSchemaVersion());
    CHECK(workspace.cadres().count() == 1);
    CHECK(workspace.studyRules().kinds().size() == 13);
    CHECK(workspace.studyRules().requirements().size() == 4);
    // The cadre can be put on a roll call at once.
    workspace.studySessions().add(
        sampleSession(studyKind(workspace, QStringLiteral("theme_day")), 3, QDate(2026, 11, 2), {1}));
    CHECK(workspace.studySessions().find(1)->attendance.size() == 1);
}

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
