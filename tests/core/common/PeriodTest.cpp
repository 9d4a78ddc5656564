#include "common/Period.h"

#include <catch2/catch.hpp>

using namespace rongpei;

TEST_CASE("Periods are read from their codes, anything else is refused", "[period]")
{
    CHECK(Period::fromCode(QStringLiteral("2026")) == Period::year(2026));
    CHECK(Period::fromCode(QStringLiteral("2026Q3")) == Period::quarter(2026, 3));
    CHECK(Period::fromCode(QStringLiteral("2026-07")) == Period::month(2026, 7));
    CHECK(Period::fromCode(QStringLiteral(" 2026Q1 ")) == Period::quarter(2026, 1));
    for (const char *bad :
         {"2026Q5", "2026Q0", "2026-13", "2026-00", "2026-7", "26Q1", "Q3", "", "abcd", "2026Q3x"})
        CHECK_FALSE(Period::fromCode(QString::fromLatin1(bad)).has_value());
    for (const Period &period : {Period::year(2024), Period::quarter(2026, 4), Period::month(2028, 2)})
        CHECK(Period::fromCode(period.code()) == period);
}

TEST_CASE("A period's first and last days, also in leap years", "[period]")
{
    CHECK(Period::year(2026).start() == QDate(2026, 1, 1));
    CHECK(Period::year(2026).end() == QDate(2026, 12, 31));
    CHECK(Period::quarter(2026, 1).end() == QDate(2026, 3, 31));
    CHECK(Period::quarter(2026, 2).start() == QDate(2026, 4, 1));
    CHECK(Period::quarter(2026, 2).end() == QDate(2026, 6, 30));
    CHECK(Period::quarter(2026, 4).end() == QDate(2026, 12, 31));
    CHECK(Period::month(2028, 2).end() == QDate(2028, 2, 29));
    CHECK(Period::month(2026, 2).end() == QDate(2026, 2, 28));
    CHECK(Period::quarter(2026, 3).contains(QDate(2026, 9, 30)));
    CHECK_FALSE(Period::quarter(2026, 3).contains(QDate(2026, 10, 1)));
    CHECK_FALSE(Period::quarter(2026, 3).contains(QDate(2026, 6, 30)));
}

TEST_CASE("Stepping back and forward crosses the year", "[period]")
{
    CHECK(Period::quarter(2026, 1).previous() == Period::quarter(2025, 4));
    CHECK(Period::quarter(2025, 4).next() == Period::quarter(2026, 1));
    CHECK(Period::month(2026, 12).next() == Period::month(2027, 1));
    CHECK(Period::month(2026, 1).previous() == Period::month(2025, 12));
    CHECK(Period::year(2026).previous() == Period::year(2025));
    CHECK(Period::containing(Period::Kind::Quarter, QDate(2026, 8, 15)) == Period::quarter(2026, 3));
    CHECK(Period::containing(Period::Kind::Month, QDate(2026, 8, 15)) == Period::month(2026, 8));
}

TEST_CASE("The last month of a quarter belongs to that quarter", "[period]")
{
    for (int quarter = 1; quarter <= 4; ++quarter) {
        INFO("Q" << quarter);
        const Period period = Period::quarter(2026, quarter);
        CHECK(Period::containing(Period::Kind::Quarter, period.start()) == period);
        CHECK(Period::containing(Period::Kind::Quarter, period.end()) == period);
    }
    CHECK(Period::containing(Period::Kind::Quarter, QDate(2026, 3, 31)) == Period::quarter(2026, 1));
    CHECK(Period::quarter(2026, 2).previous() == Period::quarter(2026, 1));
    CHECK(Period::quarter(2026, 3).previous() == Period::quarter(2026, 2));
}

TEST_CASE("Period codes cover the years 1900 to 2999", "[period]")
{
    CHECK(Period::fromCode(QStringLiteral("1900")) == Period::year(1900));
    CHECK(Period::fromCode(QStringLiteral("1900Q1")) == Period::quarter(1900, 1));
    CHECK(Period::fromCode(QStringLiteral("2999-12")) == Period::month(2999, 12));
    CHECK_FALSE(Period::fromCode(QStringLiteral("1899")).has_value());
    CHECK_FALSE(Period::fromCode(QStringLiteral("1899-12")).has_value());
    CHECK_FALSE(Period::fromCode(QStringLiteral("3000")).has_value());
}
