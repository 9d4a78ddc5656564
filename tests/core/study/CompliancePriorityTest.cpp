// How far behind a cadre is, and which of their requirements is shown: the levels' thresholds
// and the order of the most pressing requirement.
#include "ComplianceFixture.h"
#include "study/HourCompliance.h"

using namespace rongpei;
using namespace rongpei::test;

TEST_CASE("Compliance levels have their thresholds", "[study][compliance]")
{
    using enum ComplianceLevel;
    CHECK(HourCompliance::levelOf(40, 40, 90) == OnTrack);
    CHECK(HourCompliance::levelOf(41, 40, 90) == OnTrack);
    CHECK(HourCompliance::levelOf(90, 100, 90) == OnTrack); // the whole requirement is met
    CHECK(HourCompliance::levelOf(39.9, 40, 90) == Behind);
    CHECK(HourCompliance::levelOf(30, 40, 90) == Behind); // exactly three quarters
    CHECK(HourCompliance::levelOf(29.9, 40, 90) == FarBehind);
    CHECK(HourCompliance::levelOf(0, 40, 90) == FarBehind);
    CHECK(HourCompliance::levelOf(0, 0, 90) == OnTrack);
    // Rounding noise in the expectation does not put a cadre behind.
    CHECK(HourCompliance::levelOf(0.3, 0.1 + 0.2, 90) == OnTrack);
    CHECK(HourCompliance::behindShare == Approx(0.75));

    ComplianceFixture f;
    f.keepOnlyRequirement(CadreCategory::TownshipAndBelow);
    const qint64 onTrack = f.addCadre(f.org.firstBranch, QStringLiteral("A001"), QStringLiteral("王伟"));
    const qint64 behind = f.addCadre(f.org.firstBranch, QStringLiteral("A002"), QStringLiteral("李娜"));
    const qint64 farBehind = f.addCadre(f.org.firstBranch, QStringLiteral("A003"), QStringLiteral("张强"));
    const double expected = 90 * elapsed2026 / fullYear2026; // 80.9
    // Whole days of 8 hours, plus the rest in one session: 81, 64 (79% of 80.9) and 56 (69%).
    const auto earn = [&](qint64 cadre, double hours) {
        QDate date(2026, 1, 5);
        for (; hours > 8; hours -= 8, date = date.addDays(1))
            f.session(date, 8, {{cadre, AttendanceStatus::Present}});
        f.session(date.addDays(200), hours, {{cadre, AttendanceStatus::Present}});
    };
    earn(onTrack, 81);
    earn(behind, 64);
    earn(farBehind, 56);
    const QHash<qint64, ComplianceRow> rows = f.byCadre(2026);
    REQUIRE(rows.contains(onTrack));
    REQUIRE(rows.contains(behind));
    REQUIRE(rows.contains(farBehind));
    CHECK(rows.value(onTrack).expected == Approx(expected));
    CHECK(rows.value(onTrack).earned == Approx(81));
    CHECK(rows.value(onTrack).level == ComplianceLevel::OnTrack);
    CHECK(rows.value(behind).earned == Approx(64));
    CHECK(rows.value(behind).level == ComplianceLevel::Behind);
    CHECK(rows.value(farBehind).earned == Approx(56));
    CHECK(rows.value(farBehind).level == ComplianceLevel::FarBehind);
}

TEST_CASE("Compliance shows each cadre's most pressing requirement", "[study][compliance]")
{
    ComplianceFixture f;
    // A senior branch secretary: party member (32/year), branch committee (56/year), county level (550/5
    // years).
    const qint64 secretary =
        f.addCadre(f.org.firstBranch, QStringLiteral("A001"), QStringLiteral("王伟"), CadreLevel::Senior,
                   PartyStatus::Member, QStringLiteral("党支部书记"));
    for (int year = 2022; year <= 2025; ++year)
        for (int day = 0; day < 16; ++day) // 16 days of 8 hours a year
            f.session(QDate(year, 3, 1).addDays(day * 7), 8, {{secretary, AttendanceStatus::Present}});
    // 2026: 48 hours, which meets the 32 for members but not the 56 × 328/365 = 50.3 for secretaries.
    for (int day = 0; day < 6; ++day)
        f.session(QDate(2026, 3, 1).addDays(day * 7), 8, {{secretary, AttendanceStatus::Present}});

    ComplianceRow row = f.rowOf(secretary, 2026);
    CHECK(row.earned == Approx(48));
    CHECK(row.requirement.category == CadreCategory::BranchCommittee);
    CHECK(row.required == Approx(56));
    CHECK(row.level == ComplianceLevel::Behind);

    // Short of the county-level requirement as well, which is further behind: that one is shown.
    StudyRuleRepository &rules = f.temp.workspace().studyRules();
    for (HourRequirement requirement : rules.requirements())
        if (requirement.category == CadreCategory::CountyAndAbove) {
            requirement.minimumHours = 2000; // 本单位规定
            rules.saveRequirement(requirement);
        }
    row = f.rowOf(secretary, 2026);
    CHECK(row.level == ComplianceLevel::FarBehind);
    CHECK(row.requirement.minimumHours == Approx(2000));
    CHECK(row.earned == Approx(4 * 128 + 48));

    // Among equally bad ones, the largest shortfall wins: 90 a year for township level against 32.
    ComplianceFixture g;
    const qint64 member = g.addCadre(g.org.firstBranch, QStringLiteral("A001"), QStringLiteral("王伟"));
    const ComplianceRow idle = g.rowOf(member, 2026);
    CHECK(idle.level == ComplianceLevel::FarBehind);
    CHECK(idle.requirement.category == CadreCategory::TownshipAndBelow);
    CHECK(idle.earned == Approx(0));
}

TEST_CASE("A worse level outranks a larger shortfall in the most pressing requirement", "[study][compliance]")
{
    ComplianceFixture f;
    StudyRuleRepository &rules = f.temp.workspace().studyRules();
    for (const HourRequirement &requirement : rules.requirements())
        rules.removeRequirement(requirement.id);
    // 10 学时 a year for members: 6 earned in 2026 against 10 × 328/365 = 8.99 expected is far
    // behind (under three quarters), short by 3. 1000 over five years for county level: 806 earned
    // against 979.7 expected is only behind, but short by 174.
    const QStringList every = everyStudyKind(f.temp.workspace());
    rules.saveRequirement(
        {0, QString(), CadreCategory::PartyMember, 1, 10, QStringLiteral("本单位规定"), every});
    rules.saveRequirement(
        {0, QString(), CadreCategory::CountyAndAbove, 5, 1000, QStringLiteral("本单位规定"), every});
    const qint64 cadre = f.addCadre(f.org.firstBranch, QStringLiteral("A001"), QStringLiteral("王伟"),
                                    CadreLevel::Senior, PartyStatus::Member);
    for (int year = 2022; year <= 2025; ++year)
        for (int day = 0; day < 25; ++day)
            f.session(QDate(year, 2, 1).addDays(day * 7), 8, {{cadre, AttendanceStatus::Present}});
    f.session(QDate(2026, 3, 2), 6, {{cadre, AttendanceStatus::Present}});

    const QHash<qint64, ComplianceRow> rows = f.byCadre(2026);
    REQUIRE(rows.contains(cadre));
    const ComplianceRow row = rows.value(cadre);
    CHECK(row.requirement.category == CadreCategory::PartyMember);
    CHECK(row.level == ComplianceLevel::FarBehind);
    CHECK(row.earned == Approx(6));

    // Alone, the county-level requirement is behind, and its shortfall is the larger one.
    rules.removeRequirement(rules.requirements().first().id);
    REQUIRE(rules.requirements().size() == 1);
    const ComplianceRow county = f.rowOf(cadre, 2026);
    CHECK(county.requirement.category == CadreCategory::CountyAndAbove);
    CHECK(county.level == ComplianceLevel::Behind);
    CHECK(county.expected - county.earned > row.expected - row.earned);
}

TEST_CASE("Rounding noise just under three quarters does not put a cadre far behind", "[study][compliance]")
{
    using enum ComplianceLevel;
    // 30 of 40 expected is exactly three quarters; a hair less, within the tolerance, is still behind.
    CHECK(HourCompliance::levelOf(30 - 1e-9, 40, 90) == Behind);
    CHECK(HourCompliance::levelOf(30 - 1e-6, 40, 90) == FarBehind); // beyond the tolerance
}

TEST_CASE("Between equally pressing requirements, the first one in the rules is shown", "[study][compliance]")
{
    ComplianceFixture f;
    StudyRuleRepository &rules = f.temp.workspace().studyRules();
    for (const HourRequirement &requirement : rules.requirements())
        rules.removeRequirement(requirement.id);
    const qint64 cadre = f.addCadre(f.org.firstBranch, QStringLiteral("A001"), QStringLiteral("王伟"));
    f.session(QDate(2026, 3, 2), 8, {{cadre, AttendanceStatus::Present}});
    // A member of middle level: two yearly requirements of 40 学时 each. 8 earned against
    // 40 × 328/365 = 35.9 expected: both far behind, both short by the same 27.9.
    const auto shownWith = [&](CadreCategory first, CadreCategory second) {
        for (const HourRequirement &requirement : rules.requirements())
            rules.removeRequirement(requirement.id);
        const QStringList every = everyStudyKind(f.temp.workspace());
        rules.saveRequirement({0, QString(), first, 1, 40, QStringLiteral("本单位规定"), every});
        rules.saveRequirement({0, QString(), second, 1, 40, QStringLiteral("本单位规定"), every});
        const ComplianceRow row = f.rowOf(cadre, 2026);
        CHECK(row.level == ComplianceLevel::FarBehind);
        CHECK(row.earned == Approx(8));
        return row.requirement.category;
    };
    CHECK(shownWith(CadreCategory::PartyMember, CadreCategory::TownshipAndBelow) ==
          CadreCategory::PartyMember);
    CHECK(shownWith(CadreCategory::TownshipAndBelow, CadreCategory::PartyMember) ==
          CadreCategory::TownshipAndBelow);
}
