#include "common/CsvFile.h"

#include "TestSupport.h"
#include "common/FileError.h"
#include "common/UserMessage.h"

#include <QFile>

#include <catch2/catch.hpp>

using namespace rongpei;
using namespace rongpei::test;

TEST_CASE("CSV fields are quoted as RFC 4180 asks and never run as formulas", "[csv]")
{
    CHECK(CsvFile::field(QStringLiteral("张敏")) == QStringLiteral("张敏"));
    CHECK(CsvFile::field(QStringLiteral("a,b")) == QStringLiteral("\"a,b\""));
    CHECK(CsvFile::field(QStringLiteral("say \"hi\"")) == QStringLiteral("\"say \"\"hi\"\"\""));
    CHECK(CsvFile::field(QStringLiteral("two\nlines")) == QStringLiteral("\"two\nlines\""));
    CHECK(CsvFile::field(QStringLiteral("=1+1")) == QStringLiteral("'=1+1"));
    CHECK(CsvFile::field(QStringLiteral("@SUM(A1)")) == QStringLiteral("'@SUM(A1)"));
    CHECK(CsvFile::field(QStringLiteral("-3,5")) == QStringLiteral("\"'-3,5\""));
    CHECK(CsvFile::field(QString()).isEmpty());
    CHECK(CsvFile::line({QStringLiteral("a"), QStringLiteral("b,c"), QString()}) ==
          QStringLiteral("a,\"b,c\",\r\n"));
}

TEST_CASE("CSV for spreadsheets is UTF-8 with a byte order mark, written whole or not at all", "[csv]")
{
    TemporaryFolder folder;
    const QString path = folder.path(QStringLiteral("out.csv"));
    CsvFile::writeForSpreadsheets(path, CsvFile::line({QStringLiteral("姓名")}));
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    CHECK(file.readAll() == QByteArrayLiteral("\xEF\xBB\xBF") + QStringLiteral("姓名\r\n").toUtf8());

    const QString missingFolder = folder.path(QStringLiteral("no/such/folder/out.csv"));
    try {
        CsvFile::writeForSpreadsheets(missingFolder, QStringLiteral("x"));
        FAIL("an unwritable path was accepted");
    } catch (const FileError &error) {
        CHECK(userMessage(error).contains(QStringLiteral("out.csv")));
    }
    CHECK_FALSE(QFile::exists(missingFolder));
}
