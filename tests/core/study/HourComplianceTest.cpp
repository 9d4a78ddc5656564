#include "study/HourCompliance.h"

#include "ComplianceFixture.h"
#include "TestSupport.h"
#include "organization/OrganizationRepository.h"
#include "roster/CadreRepository.h"
#include "study/ComplianceText.h"
#include "study/StudyFile.h"
#include "study/StudyRuleRepository.h"
#include "study/StudySessionRepository.h"

#include <QHash>

using namespace rongpei;
using namespace rongpei::test;

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
    const StudyFile file = StudyFile::load(f.temp.workspace().database(), late, f.temp.clock().today());
    CHECK(file.hoursByYear.value(2026) == Approx(11.5));
    CHECK(file.rollCalls == 4);
    CHECK(file.attended == 4);
    CHECK(StudyFile::load(f.temp.workspace().database(), excused, f.temp.clock().today())
              .hoursByYear.value(2026) == Approx(0));
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
    CHECK(StudyFile::load(f.temp.workspace().database(), cadre, f.temp.clock().today())
              .hoursByYear.value(2026) == Approx(0));
}

TEST_CASE("A cadre's categories follow party status, party role, post and level", "[study][compliance]")
{
    using enum CadreCategory;
    CHECK(categoriesOf(cadreWith(PartyStatus::Member, CadreLevel::Middle, QStringLiteral("财务主管"))) ==
          Categories{PartyMember, TownshipAndBelow});
    CHECK(categoriesOf(cadreWith(PartyStatus::Probationary, CadreLevel::Grassroots,
                                 QStringLiteral("班组长"))) == Categories{PartyMember, TownshipAndBelow});
    CHECK(categoriesOf(cadreWith(PartyStatus::LeagueMember, CadreLevel::Grassroots,
                                 QStringLiteral("班组长"))) == Categories{TownshipAndBelow});
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
    // A branch committee's member by the role, whatever the post.
    Cadre publicity = cadreWith(PartyStatus::Member, CadreLevel::Grassroots, QStringLiteral("车间主任"));
    publicity.partyRole = PartyRole::Propaganda;
    CHECK(categoriesOf(publicity) == Categories{PartyMember, BranchCommittee, TownshipAndBelow});
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

TEST_CASE("A cadre hired or admitted to the Party during the period owes the share left of it",
          "[study][compliance]")
{
    ComplianceFixture f;
    Cadre newcomer = sampleCadre(f.org.firstBranch, QStringLiteral("A001"), QStringLiteral("王伟"));
    newcomer.level = CadreLevel::Grassroots;
    newcomer.partyStatus = PartyStatus::Masses;
    newcomer.partyJoinedOn = QDate();
    newcomer.post = QStringLiteral("班组长");
    newcomer.hiredOn = QDate(2026, 7, 1); // 184 days of 2026 left, 147 of them gone by 24 November
    const qint64 hired = f.add(newcomer);
    const ComplianceRow row = f.rowOf(hired, 2026);
    CHECK(row.required == Approx(90.0 * 184 / 365));
    CHECK(row.expected == Approx(90.0 * 147 / 365));
    CHECK(row.periodStart == QDate(2026, 1, 1)); // the period shown is still the year
    // A year before the hire the cadre owes nothing and is not listed.
    CHECK_FALSE(f.byCadre(2025).contains(hired));
    // Hired before the period: the whole of it.
    CHECK(f.rowOf(hired, 2027).required == Approx(90));

    // Party members' hours count from joining the Party, when that is later than the hire.
    f.keepOnlyRequirement(CadreCategory::PartyMember);
    Cadre member = sampleCadre(f.org.firstBranch, QStringLiteral("A002"), QStringLiteral("李娜"));
    member.hiredOn = QDate(2015, 3, 1);
    member.partyStatus = PartyStatus::Probationary;
    member.partyJoinedOn = QDate(2026, 10, 1); // 92 days left, 55 gone
    const qint64 joined = f.add(member);
    const ComplianceRow memberRow = f.rowOf(joined, 2026);
    CHECK(memberRow.required == Approx(32.0 * 92 / 365));
    CHECK(memberRow.expected == Approx(32.0 * 55 / 365));
}

TEST_CASE("Hours are expected from the branch's records start, not from months nobody recorded",
          "[study][compliance]")
{
    ComplianceFixture f;
    Organization branch = *f.temp.workspace().organizations().find(f.org.firstBranch);
    branch.recordsStart = QDate(2026, 7, 1);
    f.temp.workspace().organizations().update(branch);
    const qint64 cadre = f.addCadre(f.org.firstBranch, QStringLiteral("A001"), QStringLiteral("王伟"),
                                    CadreLevel::Grassroots, PartyStatus::Masses, QStringLiteral("班组长"));
    const ComplianceRow row = f.rowOf(cadre, 2026);
    CHECK(row.required == Approx(90.0 * 184 / 365));
    CHECK(row.expected == Approx(90.0 * 147 / 365));
    CHECK_FALSE(f.byCadre(2025).contains(cadre)); // a year before the records: nothing expected
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

TEST_CASE("A cadre who left is measured for the years at work, for the part before leaving",
          "[study][compliance]")
{
    ComplianceFixture f;
    const qint64 leaving = f.addCadre(f.org.firstBranch, QStringLiteral("A001"), QStringLiteral("张强"),
                                      CadreLevel::Grassroots, PartyStatus::Masses, QStringLiteral("班组长"));
    f.session(QDate(2026, 4, 1), 2, {{leaving, AttendanceStatus::Present}});
    CadreRepository &cadres = f.temp.workspace().cadres();
    Cadre left = *cadres.find(leaving);
    left.employmentStatus = EmploymentStatus::Left;
    left.leftOn = QDate(2026, 7, 1); // at work 181 days of 2026
    cadres.update(left);

    const ComplianceRow row = f.rowOf(leaving, 2026);
    CHECK(row.required == Approx(90.0 * 181 / 365));
    CHECK(row.expected == Approx(90.0 * 181 / 365)); // the time at work is over
    CHECK(row.earned == Approx(2));
    CHECK(f.rowOf(leaving, 2025).required == Approx(90));
    CHECK_FALSE(f.byCadre(2027).contains(leaving));
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
    row.sessionHours = 20;
    row.classHours = 6;
    row.openingHours = 4;
    const QStringList lines = ComplianceText::csv({row}).split(QStringLiteral("\r\n"));
    REQUIRE(lines.size() == 3);
    CHECK(lines.at(1) ==
          QStringLiteral("A001,\"'=HYPERLINK(\"\"x\"\")\",\"第一党支部,机关\",party_member,2026-01-01,"
                         "2026-12-31,32.0,28.8,30.0,on_track,20.0,6.0,4.0"));
}
