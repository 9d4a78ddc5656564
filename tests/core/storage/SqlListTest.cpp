// A list bound as one parameter comes back value for value, whatever it holds.
#include "storage/SqlList.h"

#include "StorageTestSupport.h"

using namespace rongpei;
using namespace rongpei::test;

TEST_CASE("A bound list matches exactly its values, quotes and Chinese included", "[database][sql]")
{
    TemporaryWorkspace temp;
    Database &database = temp.workspace().database();
    const QStringList texts{QStringLiteral("present"), QStringLiteral("a\"b'); DROP TABLE cadre; --"),
                            QStringLiteral("第一党支部"), QString()};
    QSqlQuery query = database.prepare(QStringLiteral("SELECT value FROM json_each(?) WHERE value IN ") +
                                       SqlList::values() + QStringLiteral(" ORDER BY key"));
    query.addBindValue(SqlList::bound(texts));
    query.addBindValue(SqlList::bound(texts));
    database.exec(query);
    QStringList back;
    while (query.next())
        back.append(query.value(0).toString());
    CHECK(back == texts);

    QList<qint64> ids;
    for (qint64 id = 1; id <= 5000; ++id)
        ids.append(id * 7);
    QSqlQuery numbers = database.prepare(
        QStringLiteral("SELECT count(*), sum(value) FROM json_each(?) WHERE value IN ") + SqlList::values());
    numbers.addBindValue(SqlList::bound(ids));
    numbers.addBindValue(SqlList::bound(QList<qint64>{7, 14, 35001}));
    database.exec(numbers);
    REQUIRE(numbers.next());
    CHECK(numbers.value(0).toInt() == 2);
    CHECK(numbers.value(1).toLongLong() == 21);
    CHECK(scalar(database, QStringLiteral("SELECT count(*) FROM cadre")).toInt() == 0); // nothing ran as SQL
}
