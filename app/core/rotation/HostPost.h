#pragma once

#include "organization/Organization.h"
#include "roster/Cadre.h"
#include "rotation/Rotation.h"

namespace rongpei {

/// What ending a rotation may do to the roster: the cadre stays in the host post.
namespace HostPost {

/// `cadre` in the rotation's host post: the host branch (with the department when the host is
/// one) and the post; a host above the branches (a committee, the enterprise) keeps the cadre's
/// branch and changes only the post. Moving to another branch leaves the party role (组织委员 …)
/// of the old branch's committee behind.
Cadre movedTo(Cadre cadre, const Rotation &rotation, const Organization &host);
/// The day the host post becomes the cadre's: the day after the rotation ended, but not after
/// `today` (a post history does not run ahead of the calendar).
QDate takenOn(const Rotation &rotation, QDate today);
/// Whether a rotation of `kind` usually leaves the cadre in the host post (a job rotation does; a
/// temporary posting, a cross appointment and shadowing return the cadre home).
bool usuallyStays(RotationKind kind);

} // namespace HostPost

} // namespace rongpei
