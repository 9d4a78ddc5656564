#pragma once

#include "TestSupport.h"
#include "Workspace.h"
#include "roster/CadreRepository.h"
#include "rotation/RotationRepository.h"

namespace rongpei::test {

/// SmallOrganization with a party-affairs cadre of the first branch (the one who rotates), an
/// operations cadre of the second (a mentor), and a rotation builder. Today is 2026-11-24.
struct RotationFixture
{
    TemporaryWorkspace temp;
    SmallOrganization org;
    qint64 cadre = 0;
    qint64 mentor = 0;

    RotationFixture()
        : org(SmallOrganization::create(temp.workspace()))
    {
        Cadre party = sampleCadre(org.firstBranch, QStringLiteral("R001"), QStringLiteral("王党务"));
        party.track = Track::Party;
        party.post = QStringLiteral("党务专员");
        party.departmentId = org.office;
        party.hiredOn = QDate(2010, 3, 1);
        party.level = CadreLevel::Grassroots;
        cadre = workspace().cadres().add(party);
        Cadre host = sampleCadre(org.secondBranch, QStringLiteral("R002"), QStringLiteral("李经营"));
        host.post = QStringLiteral("生产部经理");
        mentor = workspace().cadres().add(host);
    }

    Workspace &workspace() { return temp.workspace(); }
    RotationRepository &rotations() { return workspace().rotations(); }

    /// A secondment of the party cadre to the production department as deputy manager.
    Rotation sampleRotation(QDate start = QDate(2026, 3, 1), QDate end = QDate(2026, 8, 31))
    {
        Rotation r;
        r.cadreId = cadre;
        r.kind = RotationKind::Secondment;
        r.fromUnitId = org.office;
        r.fromPost = QStringLiteral("党务专员");
        r.toUnitId = org.production;
        r.toPost = QStringLiteral("生产部副经理");
        r.plannedStart = start;
        r.plannedEnd = end;
        r.mentorId = mentor;
        r.goals = QStringLiteral("熟悉生产经营管理");
        r.approvalNumber = QStringLiteral("华远党组〔2026〕12号");
        return r;
    }
};

} // namespace rongpei::test
