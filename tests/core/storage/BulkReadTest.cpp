// Rows read straight from SQLite come back as QSqlQuery would give them, and its failures as
// DatabaseError.
#include "storage/BulkRead.h"

#include "StorageTestSupport.h"

using namespace rongpei;
using namespace rongpei::test;

TEST_CASE("A bulk read gives each column typed: text, numbers, NULL, dates and times", "[database][sql]")
{
    TemporaryWorkspace temp;
    const Database &database = temp.workspace().database();
    BulkRead row(database,
                 QStringLiteral("SELECT '第一党支部', 42, 2.5, NULL, '2026-02-28', '2026-11-24T10:00:00Z', "
                                "'2026-11-24T10:00:00', '2026-11-24T10:00:00+08:00', '2026-2-3', "
                                "'2026-02-30', '2026-02-28x', '', ?"));
    row.bind(1, 7);
    REQUIRE(row.next());
    CHECK(row.text(0) == QStringLiteral("第一党支部"));
    CHECK(row.integer(1) == 42);
    CHECK(row.real(2) == 2.5);
    CHECK(row.isNull(3));
    CHECK_FALSE(row.isNull(0));
    CHECK(row.text(3).isNull());
    CHECK(row.integer(3) == 0);
    CHECK_FALSE(row.date(3).isValid());
    CHECK(row.date(4) == QDate(2026, 2, 28));
    CHECK(row.dateTime(5) == QDateTime(QDate(2026, 11, 24), QTime(10, 0), Qt::UTC));
    CHECK(row.dateTime(5).timeSpec() == Qt::UTC);
    CHECK(row.dateTime(6) == QDateTime(QDate(2026, 11, 24), QTime(10, 0)));
    CHECK(row.dateTime(6).timeSpec() == Qt::LocalTime);
    // Anything else is left to Qt's parser, which knows offsets.
    CHECK(row.dateTime(7) == QDateTime(QDate(2026, 11, 24), QTime(2, 0), Qt::UTC));
    // Not quite a date is no date, never a guess.
    CHECK_FALSE(row.date(8).isValid());
    CHECK_FALSE(row.date(9).isValid());
    CHECK_FALSE(row.date(10).isValid());
    CHECK_FALSE(row.date(11).isValid());
    CHECK_FALSE(row.dateTime(11).isValid());
    CHECK(row.integer(12) == 7);
    CHECK_FALSE(row.next());
}

TEST_CASE("A bulk read that SQLite refuses throws DatabaseError with SQLite's words in the details",
          "[database][sql]")
{
    TemporaryWorkspace temp;
    const Database &database = temp.workspace().database();
    try {
        BulkRead row(database, QStringLiteral("SELECT x FROM no_such_table"));
        FAIL("the statement should have been refused");
    } catch (const DatabaseError &error) {
        CHECK(error.details().contains(QStringLiteral("no_such_table")));
        CHECK_FALSE(error.message().contains(QStringLiteral("no_such_table")));
    }
    // Inside a transaction it reads what the transaction wrote, like any query on the connection.
    Database &writable = temp.workspace().database();
    Transaction transaction(writable);
    writable.exec(QStringLiteral("CREATE TEMP TABLE t(x)"));
    writable.exec(QStringLiteral("INSERT INTO t VALUES (1), (2), (3)"));
    BulkRead rows(writable, QStringLiteral("SELECT sum(x) FROM t"));
    REQUIRE(rows.next());
    CHECK(rows.integer(0) == 6);
}
