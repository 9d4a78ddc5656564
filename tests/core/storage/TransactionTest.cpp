// Transactions: all or nothing, listeners after commit, a locked file, a full disk.
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
