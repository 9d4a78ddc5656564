#include "study/HourCompliance.h"

#include "TestSupport.h"
#include "roster/CadreRepository.h"
#include "study/ComplianceText.h"
#include "study/StudyFile.h"
#include "study/StudyRuleRepository.h"
#include "study/StudySessionRepository.h"

#include <QHash>

using namespace rongpei;
using namespace rongpei::test;

namespace {

struct ComplianceFixture
{
    TemporaryWorkspace temp;
    SmallOrganization org = SmallOrganization::create(temp.workspace());

    qint64 add(Cadre cadre) { return temp.workspace().cadres().add(cadre); }

    qint64 addCadre(qint64 branchId, const QString &number, const QString &name,
                    CadreLevel level = CadreLevel::Middle, PartyStatus party = PartyStatus::Member,
                    const QString &post = QStringLiteral("财务主管"))
    {
        Cadre cadre = sampleCadre(branchId, number, name);
        cadre.level = level;
        cadre.partyStatus = party;
        if (!hasJoinedParty(party))
            cadre.partyJoinedOn = QDate();
        cadre.post = post;
        return add(cadre);
    }

    /// A held session of the first branch on `date` lasting `hours`, with the given marks.
    qint64 session(QDate date, double hours, const QList<std::pair<qint64, AttendanceStatus>> &marks,
                   SessionState state = SessionState::Held, qint64 branchId = 0)
    {
        StudySession s = sampleSession(studyKind(temp.workspace(), QStringLiteral("concentrated_study")),
                                       branchId > 0 ? branchId : org.firstBranch, date);
        s.state = state;
        s.startTime = QTime(8, 0);
        s.endTime = QTime(8, 0).addSecs(static_cast<int>(hours * 3600));
        s.hours = hours;
        for (const auto &[cadreId, status] : marks)
            s.attendance.append({QString(), cadreId, status,
                                 status == AttendanceStatus::Excused ? QStringLiteral("病假") : QString()});
        return temp.workspace().studySessions().add(s);
    }

    QSet<qint64> scope; // every branch, unless fewAmongMany()

    /// Adds many cadres to the second branch and looks at the first only, so that compute()
    /// reads the roll calls of the few cadres in scope instead of every session of the period.
    void fewAmongMany()
    {
        for (int i = 0; i < 16; ++i)
            addCadre(org.secondBranch, QStringLiteral("B%1").arg(i, 3, 10, QChar(u'0')),
                     QStringLiteral("陈静"));
        scope = {org.firstBranch};
    }

    QList<ComplianceRow> compute(int year, const QSet<qint64> &branches = {})
    {
        return HourCompliance(temp.workspace().database(), temp.clock())
            .compute(year, branches.isEmpty() ? scope : branches);
    }

    QHash<qint64, ComplianceRow> byCadre(int year, const QSet<qint64> &branches = {})
    {
        QHash<qint64, ComplianceRow> rows;
        for (const ComplianceRow &row : compute(year, branches))
            rows.insert(row.cadreId, row);
        return rows;
    }

    /// The row of one cadre, which must be there: a missing row read as a default one would
    /// pass for "0 hours, on track".
    ComplianceRow rowOf(qint64 cadreId, int year)
    {
        const QHash<qint64, ComplianceRow> rows = byCadre(year);
        INFO("cadre " << cadreId << " in " << year);
        REQUIRE(rows.contains(cadreId));
        return rows.value(cadreId);
    }

    double earned(qint64 cadreId, int year) { return rowOf(cadreId, year).earned; }

    /// Leaves one requirement, so compute() shows how a cadre fares against it alone.
    void keepOnlyRequirement(CadreCategory category)
    {
        StudyRuleRepository &rules = temp.workspace().studyRules();
        for (const HourRequirement &requirement : rules.requirements())
            if (requirement.category != category)
                rules.removeRequirement(requirement.id);
    }
};

Cadre cadreWith(PartyStatus party, CadreLevel level, const QString &post)
{
    Cadre cadre;
    cadre.partyStatus = party;
    cadre.level = level;
    cadre.post = post;
    return cadre;
}

using Categories = QList<CadreCategory>;

constexpr double fullYear2026 = 365;
constexpr double elapsed2026 = 328; // 2026-11-24 is the 328th day of 2026

} // namespace

TEST_CASE("Held sessions earn their hours for present and late cadres by default", "[study][compliance]")
{
    ComplianceFixture f;
    const qint64 present = f.addCadre(f.org.firstBranch, QStringLiteral("A001"), QStringLiteral("王伟"));
    const qint64 late = f.addCadre(f.org.firstBranch, QStringLiteral("A002"), QStringLiteral("李娜"));
    const qint64 excused = f.addCadre(f.org.firstBranch, QStringLiteral("A003"), QStringLiteral("张强"));
    const qint64 absent = f.addCadre(f.org.firstBranch, QStringLiteral("A004"), QStringLiteral("赵敏"));
    const auto marks = [&](AttendanceStatus lateMark) {
        return QList<std::pair<qint64, AttendanceStatus>>{{present, AttendanceStatus::Present},
                                                          {late, lateMark},
                                                          {excused, AttendanceStatus::Excused},
                                                          {absent, AttendanceStatus::Absent}};
    };
    SECTION("for the whole enterprise") {}
    SECTION("for a branch of a few cadres among many")
    {
        f.fewAmongMany();
    }
    f.session(QDate(2026, 3, 10), 2, marks(AttendanceStatus::Late));
    f.session(QDate(2026, 5, 12), 1.5, marks(AttendanceStatus::Late));
    f.session(QDate(2026, 6, 2), 8, marks(AttendanceStatus::Present));
    f.session(QDate(2025, 12, 31), 4, marks(AttendanceStatus::Present)); // another year

    const QHash<qint64, ComplianceRow> rows = f.byCadre(2026);
    REQUIRE(rows.size() == 4);
    for (const qint64 cadre : {present, late, excused, absent})
        REQUIRE(rows.contains(cadre));
    CHECK(rows.value(present).earned == Approx(11.5));
    CHECK(rows.value(late).earned == Approx(11.5));
    CHECK(rows.value(excused).earned == Approx(0));
    CHECK(rows.value(absent).earned == Approx(0));
    CHECK(f.earned(present, 2025) == Approx(4));

    // The study file agrees.
    const StudyFile file = StudyFile::load(f.temp.workspace().database(), late);
    CHECK(file.hoursByYear.value(2026) == Approx(11.5));
    CHECK(file.rollCalls == 4);
    CHECK(file.attended == 4);
    CHECK(StudyFile::load(f.temp.workspace().database(), excused).hoursByYear.value(2026) == Approx(0));
}

TEST_CASE("Only the marks chosen in the rules earn hours", "[study][compliance]")
{
    ComplianceFixture f;
    const qint64 present = f.addCadre(f.org.firstBranch, QStringLiteral("A001"), QStringLiteral("王伟"));
    const qint64 late = f.addCadre(f.org.firstBranch, QStringLiteral("A002"), QStringLiteral("李娜"));
    const qint64 excused = f.addCadre(f.org.firstBranch, QStringLiteral("A003"), QStringLiteral("张强"));
    f.session(QDate(2026, 3, 10), 2,
              {{present, AttendanceStatus::Present},
               {late, AttendanceStatus::Late},
               {excused, AttendanceStatus::Excused}});
    SECTION("for the whole enterprise") {}
    SECTION("for a branch of a few cadres among many")
    {
        f.fewAmongMany();
    }
    REQUIRE(f.earned(late, 2026) == Approx(2));

    f.temp.workspace().studyRules().setEarningStatuses({AttendanceStatus::Present});
    CHECK(f.earned(present, 2026) == Approx(2));
    CHECK(f.earned(late, 2026) == Approx(0));
    CHECK(f.earned(excused, 2026) == Approx(0));

    f.temp.workspace().studyRules().setEarningStatuses({AttendanceStatus::Late, AttendanceStatus::Excused});
    CHECK(f.earned(present, 2026) == Approx(0));
    CHECK(f.earned(late, 2026) == Approx(2));
    CHECK(f.earned(excused, 2026) == Approx(2));

    f.temp.workspace().studyRules().setEarningStatuses({});
    CHECK(f.earned(present, 2026) == Approx(0));
    CHECK(f.earned(late, 2026) == Approx(0));
}

TEST_CASE("Planned sessions never earn hours", "[study][compliance]")
{
    ComplianceFixture f;
    const qint64 cadre = f.addCadre(f.org.firstBranch, QStringLiteral("A001"), QStringLiteral("王伟"));
    f.session(QDate(2026, 6, 1), 3, {{cadre, AttendanceStatus::Present}}, SessionState::Planned);
    f.session(QDate(2026, 12, 10), 4, {{cadre, AttendanceStatus::Present}}, SessionState::Planned);
    const qint64 held = f.session(QDate(2026, 7, 1), 2, {{cadre, AttendanceStatus::Present}});
    SECTION("for the whole enterprise") {}
    SECTION("for a branch of a few cadres among many")
    {
        f.fewAmongMany();
    }
    CHECK(f.earned(cadre, 2026) == Approx(2));

    // Turned back into a plan, the held session stops counting.
    StudySession session = *f.temp.workspace().studySessions().find(held);
    session.state = SessionState::Planned;
    f.temp.workspace().studySessions().update(session);
    CHECK(f.earned(cadre, 2026) == Approx(0));
    CHECK(StudyFile::load(f.temp.workspace().database(), cadre).hoursByYear.value(2026) == Approx(0));
}

TEST_CASE("A cadre's categories follow party status, post and level", "[study][compliance]")
{
    using enum CadreCategory;
    CHECK(categoriesOf(cadreWith(PartyStatus::Member, CadreLevel::Middle, QStringLiteral("财务主管"))) ==
          Categories{PartyMember, TownshipAndBelow});
    CHECK(categoriesOf(cadreWith(PartyStatus::Probationary, CadreLevel::Grassroots,
                                 QStringLiteral("班组长"))) == Categories{PartyMember, TownshipAndBelow});
    CHECK(categoriesOf(cadreWith(PartyStatus::Activist, CadreLevel::Grassroots, QStringLiteral("班组长"))) ==
          Categories{TownshipAndBelow});
    CHECK(categoriesOf(cadreWith(PartyStatus::Masses, CadreLevel::Senior, QStringLiteral("总经理"))) ==
          Categories{CountyAndAbove});
    CHECK(categoriesOf(cadreWith(PartyStatus::Member, CadreLevel::Middle, QStringLiteral("党支部书记"))) ==
          Categories{PartyMember, BranchCommittee, TownshipAndBelow});
    CHECK(categoriesOf(cadreWith(PartyStatus::Member, CadreLevel::Middle, QStringLiteral("党支部副书记"))) ==
          Categories{PartyMember, BranchCommittee, TownshipAndBelow});
    CHECK(categoriesOf(cadreWith(PartyStatus::Member, CadreLevel::Grassroots, QStringLiteral("组织委员"))) ==
          Categories{PartyMember, BranchCommittee, TownshipAndBelow});
    CHECK(categoriesOf(cadreWith(PartyStatus::Member, CadreLevel::Senior, QStringLiteral("党委书记"))) ==
          Categories{PartyMember, BranchCommittee, CountyAndAbove});
    // A 团支部书记 leads the Youth League branch, not the party branch.
    CHECK(categoriesOf(cadreWith(PartyStatus::Member, CadreLevel::Grassroots,
                                 QStringLiteral("团支部书记"))) == Categories{PartyMember, TownshipAndBelow});
}

TEST_CASE("Each cadre is measured against the requirements of their categories", "[study][compliance]")
{
    ComplianceFixture f;
    const qint64 masses = f.addCadre(f.org.firstBranch, QStringLiteral("A001"), QStringLiteral("王伟"),
                                     CadreLevel::Grassroots, PartyStatus::Masses, QStringLiteral("班组长"));
    const qint64 senior = f.addCadre(f.org.firstBranch, QStringLiteral("A002"), QStringLiteral("李娜"),
                                     CadreLevel::Senior, PartyStatus::Masses, QStringLiteral("总工程师"));
    const qint64 member = f.addCadre(f.org.firstBranch, QStringLiteral("A003"), QStringLiteral("张强"));
    const QHash<qint64, ComplianceRow> rows = f.byCadre(2026);
    CHECK(rows.value(masses).requirement.category == CadreCategory::TownshipAndBelow);
    CHECK(rows.value(masses).required == Approx(90));
    CHECK(rows.value(senior).requirement.category == CadreCategory::CountyAndAbove);
    CHECK(rows.value(senior).required == Approx(550));
    CHECK(rows.value(senior).requirement.periodYears == 5);
    CHECK(rows.value(member).requirement.category == CadreCategory::TownshipAndBelow);

    // Once the level requirements are gone, only party members have one left.
    f.keepOnlyRequirement(CadreCategory::PartyMember);
    const QHash<qint64, ComplianceRow> membersOnly = f.byCadre(2026);
    CHECK(membersOnly.size() == 1); // cadres without a requirement are not listed
    CHECK(membersOnly.value(member).requirement.category == CadreCategory::PartyMember);
    CHECK(membersOnly.value(member).required == Approx(32));
    CHECK(membersOnly.value(member).periodStart == QDate(2026, 1, 1));
    CHECK(membersOnly.value(member).periodEnd == QDate(2026, 12, 31));
    CHECK_FALSE(membersOnly.value(member).requirement.source.isEmpty());
}

TEST_CASE("The expectation grows pro rata through the period", "[study][compliance]")
{
    const QDate today(2026, 11, 24);
    const QDate start(2026, 1, 1), end(2026, 12, 31);
    CHECK(HourCompliance::proRata(90, start, end, today) == Approx(90 * elapsed2026 / fullYear2026));
    CHECK(HourCompliance::proRata(365, start, end, start) == Approx(1));
    CHECK(HourCompliance::proRata(90, start, end, end) == Approx(90));
    CHECK(HourCompliance::proRata(90, QDate(2025, 1, 1), QDate(2025, 12, 31), today) == Approx(90));
    CHECK(HourCompliance::proRata(90, QDate(2027, 1, 1), QDate(2027, 12, 31), today) == Approx(0));
    CHECK(HourCompliance::proRata(90, start, end, QDate(2025, 12, 31)) == Approx(0));
    // 2022–2026 has 1826 days, 1789 of them gone by 2026-11-24.
    CHECK(HourCompliance::proRata(550, QDate(2022, 1, 1), end, today) == Approx(550.0 * 1789 / 1826));
    // In a leap year, 29 February is day 60 of 366.
    CHECK(HourCompliance::proRata(90, QDate(2028, 1, 1), QDate(2028, 12, 31), QDate(2028, 2, 29)) ==
          Approx(90.0 * 60 / 366));

    ComplianceFixture f;
    const qint64 cadre = f.addCadre(f.org.firstBranch, QStringLiteral("A001"), QStringLiteral("王伟"),
                                    CadreLevel::Grassroots, PartyStatus::Masses, QStringLiteral("班组长"));
    CHECK(f.rowOf(cadre, 2026).expected == Approx(90 * elapsed2026 / fullYear2026));
    CHECK(f.rowOf(cadre, 2025).expected == Approx(90));
    const ComplianceRow future = f.rowOf(cadre, 2027);
    CHECK(future.expected == Approx(0));
    CHECK(future.level == ComplianceLevel::OnTrack); // nothing is expected yet
    f.temp.clock().set(QDateTime(QDate(2028, 2, 29), QTime(9, 0)));
    CHECK(f.rowOf(cadre, 2028).expected == Approx(90.0 * 60 / 366));
}

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

TEST_CASE("The five-year window counts hours from four years before the year", "[study][compliance]")
{
    ComplianceFixture f;
    // A senior non-member: only the 5-year requirement for county level and above applies.
    const qint64 senior = f.addCadre(f.org.firstBranch, QStringLiteral("A001"), QStringLiteral("王伟"),
                                     CadreLevel::Senior, PartyStatus::Masses, QStringLiteral("总经理"));
    f.session(QDate(2021, 12, 31), 8, {{senior, AttendanceStatus::Present}}); // one day too early
    f.session(QDate(2022, 1, 1), 4, {{senior, AttendanceStatus::Present}});
    f.session(QDate(2024, 2, 29), 3, {{senior, AttendanceStatus::Present}});
    f.session(QDate(2026, 11, 24), 2, {{senior, AttendanceStatus::Late}});

    const auto check2026 = [&] {
        const ComplianceRow row = f.rowOf(senior, 2026);
        CHECK(row.requirement.category == CadreCategory::CountyAndAbove);
        CHECK(row.periodStart == QDate(2022, 1, 1));
        CHECK(row.periodEnd == QDate(2026, 12, 31));
        CHECK(row.required == Approx(550));
        CHECK(row.expected == Approx(550.0 * 1789 / 1826));
        CHECK(row.earned == Approx(9));
        CHECK(row.level == ComplianceLevel::FarBehind);
        const ComplianceRow earlier = f.rowOf(senior, 2025);
        CHECK(earlier.periodStart == QDate(2021, 1, 1));
        CHECK(earlier.earned == Approx(15));
        CHECK(earlier.expected == Approx(550));
    };
    SECTION("when the senior cadres are most of the enterprise")
    {
        check2026();
    }
    SECTION("when they are a few among many")
    {
        for (int i = 0; i < 6; ++i)
            f.addCadre(f.org.secondBranch, QStringLiteral("B00%1").arg(i), QStringLiteral("陈静"));
        check2026();
    }
    SECTION("when their branch is looked at alone")
    {
        f.fewAmongMany();
        check2026();
    }
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
    rules.saveRequirement({0, QString(), CadreCategory::PartyMember, 1, 10, QStringLiteral("本单位规定")});
    rules.saveRequirement(
        {0, QString(), CadreCategory::CountyAndAbove, 5, 1000, QStringLiteral("本单位规定")});
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

TEST_CASE("Cadres who left or retired are not measured", "[study][compliance]")
{
    ComplianceFixture f;
    const qint64 active = f.addCadre(f.org.firstBranch, QStringLiteral("A003"), QStringLiteral("王伟"));
    Cadre seconded = sampleCadre(f.org.firstBranch, QStringLiteral("A001"), QStringLiteral("李娜"));
    seconded.employmentStatus = EmploymentStatus::Seconded;
    const qint64 secondedId = f.add(seconded);
    const qint64 leaving = f.addCadre(f.org.firstBranch, QStringLiteral("A002"), QStringLiteral("张强"));
    const qint64 retiring = f.addCadre(f.org.firstBranch, QStringLiteral("A004"), QStringLiteral("赵敏"));
    f.session(QDate(2026, 4, 1), 2,
              {{active, AttendanceStatus::Present},
               {secondedId, AttendanceStatus::Present},
               {leaving, AttendanceStatus::Present},
               {retiring, AttendanceStatus::Present}});
    CadreRepository &cadres = f.temp.workspace().cadres();
    Cadre left = *cadres.find(leaving);
    left.employmentStatus = EmploymentStatus::Left;
    cadres.update(left);
    Cadre retired = *cadres.find(retiring);
    retired.employmentStatus = EmploymentStatus::Retired;
    retired.birthDate = QDate(1961, 6, 1);
    cadres.update(retired);

    const QList<ComplianceRow> rows = f.compute(2026);
    REQUIRE(rows.size() == 2);
    CHECK(rows.at(0).cadreId == secondedId); // by employee number
    CHECK(rows.at(0).employeeNumber == QStringLiteral("A001"));
    CHECK(rows.at(0).name == QStringLiteral("李娜"));
    CHECK(rows.at(1).cadreId == active);
    CHECK(rows.at(1).earned == Approx(2));
}

TEST_CASE("Compliance can be limited to some branches", "[study][compliance]")
{
    ComplianceFixture f;
    const qint64 first = f.addCadre(f.org.firstBranch, QStringLiteral("A001"), QStringLiteral("王伟"));
    const qint64 second = f.addCadre(f.org.secondBranch, QStringLiteral("B001"), QStringLiteral("陈静"));
    const qint64 other = f.addCadre(f.org.secondBranch, QStringLiteral("B002"), QStringLiteral("刘洋"));
    // 陈静 is a guest at the first branch's session: her hours count for her all the same.
    f.session(QDate(2026, 4, 1), 3,
              {{first, AttendanceStatus::Present}, {second, AttendanceStatus::Present}});
    f.session(QDate(2026, 5, 1), 2, {{other, AttendanceStatus::Present}}, SessionState::Held,
              f.org.secondBranch);

    const QList<ComplianceRow> rows = f.compute(2026, {f.org.secondBranch});
    REQUIRE(rows.size() == 2);
    CHECK(rows.at(0).cadreId == second);
    CHECK(rows.at(0).branchId == f.org.secondBranch);
    CHECK(rows.at(0).branchName == QStringLiteral("第二党支部"));
    CHECK(rows.at(0).earned == Approx(3));
    CHECK(rows.at(1).cadreId == other);
    CHECK(rows.at(1).earned == Approx(2));

    const QList<ComplianceRow> firstOnly = f.compute(2026, {f.org.firstBranch});
    REQUIRE(firstOnly.size() == 1);
    CHECK(firstOnly.at(0).cadreId == first);
    CHECK(firstOnly.at(0).branchName == QStringLiteral("第一党支部"));
    CHECK(f.compute(2026).size() == 3);
    CHECK(f.compute(2026, {f.org.committee}).isEmpty());
}

TEST_CASE("Party committee posts are told apart from the Youth League's, the union's and other 委员会",
          "[study]")
{
    for (const char16_t *post : {u"党支部书记", u"党支部副书记", u"组织委员", u"宣传委员", u"纪检委员",
                                 u"集团党委书记", u"集团公司党委委员", u"党总支委员", u"纪委书记"}) {
        INFO(QString::fromUtf16(post).toStdString());
        CHECK(isPartyCommitteePost(QString::fromUtf16(post)));
    }
    for (const char16_t *post : {u"团支部书记", u"团委书记", u"工会委员", u"工会主席",
                                 u"安全生产委员会办公室主任", u"财务主管", u"质量委员会委员"}) {
        INFO(QString::fromUtf16(post).toStdString());
        CHECK_FALSE(isPartyCommitteePost(QString::fromUtf16(post)));
    }
}

TEST_CASE("Earned hours are the same to the last digit whichever way they are summed", "[study]")
{
    TemporaryWorkspace temp;
    const auto org = SmallOrganization::create(temp.workspace());
    CadreRepository &cadres = temp.workspace().cadres();
    const qint64 first = cadres.add(sampleCadre(org.firstBranch, QStringLiteral("A001")));
    QList<qint64> others;
    for (int i = 0; i < 16; ++i)
        others.append(cadres.add(sampleCadre(org.secondBranch, QStringLiteral("B%1").arg(i))));
    const qint64 kind = studyKind(temp.workspace(), QStringLiteral("concentrated_study"));
    int day = 1;
    for (const double hours : {0.07, 0.01, 0.6, 1.1}) {
        StudySession session = sampleSession(kind, org.firstBranch, QDate(2026, 3, day++), {first});
        session.hours = hours;
        temp.workspace().studySessions().add(session);
    }
    const HourCompliance compliance(temp.workspace().database(), temp.clock());
    const auto earnedOf = [first](const QList<ComplianceRow> &rows) {
        for (const ComplianceRow &row : rows)
            if (row.cadreId == first)
                return row.earned;
        return -1.0;
    };
    const double whole = earnedOf(compliance.compute(2026));                  // by the sessions of the year
    const double few = earnedOf(compliance.compute(2026, {org.firstBranch})); // by the cadre's roll calls
    CHECK(whole == 1.78);
    CHECK(few == whole);
}

TEST_CASE("Compliance CSV quotes what needs quoting and never starts a cell with a formula", "[study]")
{
    ComplianceRow row;
    row.employeeNumber = QStringLiteral("A001");
    row.name = QStringLiteral("=HYPERLINK(\"x\")");
    row.branchName = QStringLiteral("第一党支部,机关");
    row.periodStart = QDate(2026, 1, 1);
    row.periodEnd = QDate(2026, 12, 31);
    row.required = 32;
    row.expected = 28.75;
    row.earned = 30;
    const QStringList lines = ComplianceText::csv({row}).split(QStringLiteral("\r\n"));
    REQUIRE(lines.size() == 3);
    CHECK(lines.at(1) ==
          QStringLiteral("A001,\"'=HYPERLINK(\"\"x\"\")\",\"第一党支部,机关\",party_member,2026-01-01,"
                         "2026-12-31,32.0,28.8,30.0,on_track"));
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
        rules.saveRequirement({0, QString(), first, 1, 40, QStringLiteral("本单位规定")});
        rules.saveRequirement({0, QString(), second, 1, 40, QStringLiteral("本单位规定")});
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
