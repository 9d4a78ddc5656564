#include "storage/SqlScript.h"

#include "TestSupport.h"

using namespace rongpei;

TEST_CASE("SQL scripts split into statements at top-level semicolons", "[sql]")
{
    const QStringList statements =
        splitSqlStatements(QStringLiteral("-- a comment; with a semicolon\n"
                                          "CREATE TABLE a (x TEXT DEFAULT 'a;b');\n"
                                          "/* block; comment */ INSERT INTO a VALUES (\"q;\");\n"
                                          "CREATE TRIGGER t AFTER INSERT ON a BEGIN\n"
                                          "  UPDATE a SET x = 'y';\n"
                                          "  DELETE FROM a WHERE x = 'z';\n"
                                          "END;\n"
                                          "   ;  -- empty statement\n"
                                          "SELECT 1"));
    REQUIRE(statements.size() == 4);
    CHECK(statements[0] ==
          QStringLiteral("-- a comment; with a semicolon\nCREATE TABLE a (x TEXT DEFAULT 'a;b')"));
    CHECK(statements[1].endsWith(QStringLiteral("INSERT INTO a VALUES (\"q;\")")));
    CHECK(statements[2].startsWith(QStringLiteral("CREATE TRIGGER t")));
    CHECK(statements[2].endsWith(QStringLiteral("END")));
    CHECK(statements[3].endsWith(QStringLiteral("\nSELECT 1")));
}
