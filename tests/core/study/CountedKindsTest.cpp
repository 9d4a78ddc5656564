#include "ComplianceFixture.h"
#include "common/ValidationError.h"
#include "study/OpeningHoursRepository.h"

#include <catch2/catch.hpp>

using namespace rongpei;
using namespace rongpei::test;

TEST_CASE("Only the kinds of session a requirement counts earn hours toward it", "[study][compliance]")
{
    ComplianceFixture f;
    const qint64 cadre = f.addCadre(f.org.firstBranch, QStringLiteral("A001"), QStringLiteral("王伟"),
                                    CadreLevel::Middle, PartyStatus::Member);
    Workspace &workspace = f.temp.workspace();
    const auto attend = [&](const QString &kind, QDate date) {
        workspace.studySessions().add(
            sampleSession(studyKind(workspace, kind), f.org.firstBranch, date, {cadre}));
    };
    attend(QStringLiteral("party_lecture"), QDate(2026, 3, 5));      // 2 学时
    attend(QStringLiteral("theme_day"), QDate(2026, 3, 12));         // 2, a branch activity
    attend(QStringLiteral("member_assembly"), QDate(2026, 3, 19));   // 2, a branch meeting
    attend(QStringLiteral("full_time_training"), QDate(2026, 4, 8)); // 2 as recorded here
    attend(QStringLiteral("online_study"), QDate(2026, 5, 8));       // 2

    SECTION("The members' 32 学时 count 党课 and training, not meetings or 主题党日")
    {
        f.keepOnlyRequirement(CadreCategory::PartyMember);
        CHECK(f.earned(cadre, 2026) == Approx(6));
    }
    SECTION("The 90 学时 of 《干部教育培训工作条例》 count training only")
    {
        f.keepOnlyRequirement(CadreCategory::TownshipAndBelow);
        CHECK(f.earned(cadre, 2026) == Approx(4));
    }
    SECTION("An administrator who ticks 主题党日 has it counted, and two lists over one year are read apart")
    {
        StudyRuleRepository &rules = workspace.studyRules();
        for (HourRequirement requirement : rules.requirements()) {
            if (requirement.category != CadreCategory::PartyMember)
                continue;
            for (const StudyKind &kind : rules.kinds())
                if (kind.code == QStringLiteral("theme_day"))
                    requirement.countedKinds.append(kind.uuid);
            rules.saveRequirement(requirement);
        }
        // Both yearly requirements apply, read in one pass; the 90 学时, the most pressing, keeps its
        // own list.
        const ComplianceRow pressing = f.rowOf(cadre, 2026);
        CHECK(pressing.requirement.category == CadreCategory::TownshipAndBelow);
        CHECK(pressing.earned == Approx(4));
        f.keepOnlyRequirement(CadreCategory::PartyMember);
        CHECK(f.earned(cadre, 2026) == Approx(8));
    }
    SECTION("A requirement must count some kind of session")
    {
        HourRequirement requirement = workspace.studyRules().requirements().first();
        requirement.countedKinds.clear();
        CHECK(refusalOf([&] {
                  workspace.studyRules().saveRequirement(requirement);
              }).hasErrorFor(StudyRuleField::countedKinds));
    }
}

TEST_CASE("Opening balances count toward every requirement, whatever kinds it counts", "[study][compliance]")
{
    ComplianceFixture f;
    const qint64 cadre = f.addCadre(f.org.firstBranch, QStringLiteral("A001"), QStringLiteral("王伟"),
                                    CadreLevel::Middle, PartyStatus::Member);
    Workspace &workspace = f.temp.workspace();
    workspace.studySessions().add(sampleSession(studyKind(workspace, QStringLiteral("theme_day")),
                                                f.org.firstBranch, QDate(2026, 3, 12), {cadre}));
    OpeningHours opening;
    opening.cadreId = cadre;
    opening.year = 2026;
    opening.hours = 20;
    opening.note = QStringLiteral("上级党校培训证明");
    workspace.openingHours().add(opening);
    f.keepOnlyRequirement(CadreCategory::TownshipAndBelow);
    CHECK(f.earned(cadre, 2026) == Approx(20));
}
