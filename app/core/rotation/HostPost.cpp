#include "rotation/HostPost.h"

namespace rongpei::HostPost {

Cadre movedTo(Cadre cadre, const Rotation &rotation, const Organization &host)
{
    const qint64 home = cadre.branchId;
    if (host.kind == OrganizationKind::Department) {
        cadre.branchId = host.branchId;
        cadre.departmentId = host.id;
    } else if (host.kind == OrganizationKind::Branch && host.id != cadre.branchId) {
        cadre.branchId = host.id;
        cadre.departmentId = 0;
    }
    cadre.post = rotation.toPost;
    // A party role is on the committee of the cadre's own branch: it does not move with them.
    if (cadre.branchId != home)
        cadre.partyRole = PartyRole::None;
    return cadre;
}

QDate takenOn(const Rotation &rotation, QDate today)
{
    const QDate dayAfter = rotation.lastDay().addDays(1);
    return dayAfter > today ? today : dayAfter;
}

bool usuallyStays(RotationKind kind)
{
    return kind == RotationKind::Rotation;
}

} // namespace rongpei::HostPost
