#include "ComplianceFixture.h"
#include "common/ValidationError.h"
#include "study/RollCall.h"
#include "study/StudyGroupRepository.h"

#include <catch2/catch.hpp>

using namespace rongpei;
using namespace rongpei::test;

TEST_CASE("A committee keeps its study group, saved and undone as a whole", "[study][group]")
{
    ComplianceFixture f;
    Workspace &workspace = f.temp.workspace();
    StudyGroupRepository &groups = workspace.studyGroups();
    const qint64 secretary =
        f.addCadre(f.org.firstBranch, QStringLiteral("A001"), QStringLiteral("王伟"), CadreLevel::Senior);
    const qint64 deputy =
        f.addCadre(f.org.secondBranch, QStringLiteral("B001"), QStringLiteral("李娜"), CadreLevel::Senior);
    const qint64 member = f.addCadre(f.org.firstBranch, QStringLiteral("A002"), QStringLiteral("张强"));
    int changes = 0;
    RecordRepository::onAnyChange(groups, &groups, [&changes] { ++changes; });

    CHECK(groups.group(f.org.committee).isEmpty());
    const StudyGroup group{{deputy, StudyGroupRole::DeputyHead},
                           {secretary, StudyGroupRole::Head},
                           {member, StudyGroupRole::Member}};
    groups.setGroup(f.org.committee, group);
    CHECK(groups.group(f.org.committee) == group); // the list's order is kept
    CHECK(StudyGroupRepository::allIn(workspace.database()).value(f.org.committee) == group);
    CHECK(changes == 1);

    // Reordered and one fewer: the remaining rows keep their uuids.
    const QString uuidBefore =
        scalar(workspace.database(),
               QStringLiteral("SELECT uuid FROM study_group_member WHERE cadre_id = %1").arg(secretary))
            .toString();
    const StudyGroup smaller{{secretary, StudyGroupRole::Head}, {deputy, StudyGroupRole::DeputyHead}};
    groups.setGroup(f.org.committee, smaller);
    CHECK(groups.group(f.org.committee) == smaller);
    CHECK(scalar(workspace.database(),
                 QStringLiteral("SELECT uuid FROM study_group_member WHERE cadre_id = %1").arg(secretary))
              .toString() == uuidBefore);

    // Refused, and nothing changes: two heads, a cadre twice, a branch, a cadre who is gone.
    CHECK_THROWS_AS(
        groups.setGroup(f.org.committee, {{secretary, StudyGroupRole::Head}, {deputy, StudyGroupRole::Head}}),
        ValidationError);
    CHECK_THROWS_AS(groups.setGroup(f.org.committee,
                                    {{secretary, StudyGroupRole::Head}, {secretary, StudyGroupRole::Member}}),
                    ValidationError);
    CHECK_THROWS_AS(groups.setGroup(f.org.firstBranch, smaller), ValidationError);
    CHECK_THROWS_AS(groups.setGroup(f.org.committee, {{424242, StudyGroupRole::Member}}), ValidationError);
    CHECK(groups.group(f.org.committee) == smaller);
    CHECK(changes == 2);

    // A member of a study group is not deleted from the roster while in it.
    const ValidationError refused = refusalOf([&] { workspace.cadres().remove(deputy); });
    CHECK(refused.message().contains(QStringLiteral("study group")));
}

TEST_CASE("A committee's 中心组学习 expects its study group and counts toward the members' hours",
          "[study][group][compliance]")
{
    ComplianceFixture f;
    Workspace &workspace = f.temp.workspace();
    const qint64 secretary =
        f.addCadre(f.org.firstBranch, QStringLiteral("A001"), QStringLiteral("王伟"), CadreLevel::Senior);
    Cadre gone = sampleCadre(f.org.secondBranch, QStringLiteral("B001"), QStringLiteral("李娜"));
    gone.leftOn = QDate(2026, 6, 1);
    gone.employmentStatus = EmploymentStatus::Left;
    const qint64 left = f.add(gone);
    workspace.studyGroups().setGroup(f.org.committee,
                                     {{secretary, StudyGroupRole::Head}, {left, StudyGroupRole::Member}});

    const StudyGroup group = workspace.studyGroups().group(f.org.committee);
    const QList<Cadre> cadres = workspace.cadres().all();
    const QList<Attendance> march =
        RollCall::expectedOfGroup(group, QDate(2026, 3, 10), SessionState::Held, cadres);
    REQUIRE(march.size() == 2);
    CHECK(march.at(0).cadreId == secretary); // the head first, as the list has it
    CHECK(march.at(0).status == AttendanceStatus::Present);
    CHECK(RollCall::expectedOfGroup(group, QDate(2026, 9, 10), SessionState::Held, cadres).size() == 1);

    // Hosted by the committee, 3 学时 each by default, counted as 集中学习.
    StudySession session = sampleSession(studyKind(workspace, QStringLiteral("central_group_study")),
                                         f.org.committee, QDate(2026, 3, 10));
    session.hours = 3;
    session.attendance = march;
    const qint64 id = workspace.studySessions().add(session);
    CHECK(workspace.studySessions().find(id)->branchId == f.org.committee);
    CHECK(scalar(workspace.database(),
                 QStringLiteral("SELECT count(*) FROM attendance WHERE session_id = %1 AND branch_id = %2")
                     .arg(id)
                     .arg(f.org.committee))
              .toInt() == 2); // the lines belong to the committee, not to the members' branches
    f.keepOnlyRequirement(CadreCategory::CountyAndAbove);
    CHECK(f.earned(secretary, 2026) == Approx(3));

    // Only a committee hosts its 中心组学习.
    session.branchId = f.org.firstBranch;
    CHECK(refusalOf([&] { workspace.studySessions().add(session); }).hasErrorFor(StudySessionField::branch));
}
