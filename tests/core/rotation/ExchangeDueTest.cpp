#include "RotationFixture.h"
#include "roster/PostHistoryRepository.h"
#include "rotation/ExchangeRules.h"

#include <catch2/catch.hpp>

using namespace rongpei;
using namespace rongpei::test;

TEST_CASE("The exchange-due list follows the rules per level, which are off until the enterprise sets them",
          "[rotation][exchange]")
{
    RotationFixture f;
    Workspace &w = f.workspace();
    // A middle-level cadre hired in 2005 who took up the current post on 2016-11-24: ten full
    // years today.
    Cadre cadre = sampleCadre(f.org.firstBranch, QStringLiteral("R010"), QStringLiteral("赵十年"));
    cadre.level = CadreLevel::Middle;
    cadre.post = QStringLiteral("财务主管");
    cadre.hiredOn = QDate(2005, 7, 1);
    cadre.id = w.cadres().add(cadre);
    PostRecord first = currentPostOf(cadre);
    first.effectiveOn = cadre.hiredOn;
    first.post = QStringLiteral("会计");
    w.postHistory().add(first);
    PostRecord since = currentPostOf(cadre);
    since.effectiveOn = QDate(2016, 11, 24);
    w.postHistory().add(since);
    // The mentor: no history and no hire date, so since when is unknown.
    Cadre mentor = *w.cadres().find(f.mentor);
    mentor.level = CadreLevel::Middle;
    w.cadres().update(mentor);

    const QList<ExchangeRule> defaults = w.exchangeRules().rules();
    REQUIRE(defaults.size() == 3);
    for (const ExchangeRule &rule : defaults) {
        CHECK_FALSE(rule.applies);
        CHECK(rule.years == 10);
    }
    CHECK(ExchangeDue::compute(w.database(), QDate(2026, 11, 24)).lines.isEmpty());

    w.exchangeRules().setRules({{CadreLevel::Middle, true, 10}});
    ExchangeDue due = ExchangeDue::compute(w.database(), QDate(2026, 11, 24));
    REQUIRE(due.lines.size() == 1);
    CHECK(due.lines.first().cadreId == cadre.id);
    CHECK(due.lines.first().years == 10);
    CHECK(due.lines.first().since == QDate(2016, 11, 24));
    CHECK_FALSE(due.lines.first().sinceHire);
    CHECK(due.unknownSince == 1);
    // A cadre without any post history: the hire date stands for the post's start, and says so.
    w.exchangeRules().setRules({{CadreLevel::Middle, false, 10}, {CadreLevel::Grassroots, true, 10}});
    due = ExchangeDue::compute(w.database(), QDate(2026, 11, 24));
    REQUIRE(due.lines.size() == 1);
    CHECK(due.lines.first().cadreId == f.cadre);
    CHECK(due.lines.first().sinceHire);
    CHECK(due.lines.first().years == 16);
    w.exchangeRules().setRules({{CadreLevel::Middle, true, 10}, {CadreLevel::Grassroots, false, 10}});
    // A day earlier, nine full years.
    CHECK(ExchangeDue::compute(w.database(), QDate(2026, 11, 23)).lines.isEmpty());
    // Another level's rule does not list them; a cadre who has left is not listed.
    w.exchangeRules().setRules({{CadreLevel::Middle, false, 10}, {CadreLevel::Senior, true, 5}});
    CHECK(ExchangeDue::compute(w.database(), QDate(2026, 11, 24)).lines.isEmpty());
    w.exchangeRules().setRules({{CadreLevel::Middle, true, 8}});
    cadre = *w.cadres().find(cadre.id);
    cadre.employmentStatus = EmploymentStatus::Retired;
    w.cadres().update(cadre);
    CHECK(ExchangeDue::compute(w.database(), QDate(2026, 11, 24)).lines.isEmpty());
    // Years outside 1 to 40 are refused and nothing changes.
    CHECK_THROWS_AS(w.exchangeRules().setRules({{CadreLevel::Middle, true, 0}}), ValidationError);
    CHECK(w.exchangeRules().rules().at(1).years == 8);
}
