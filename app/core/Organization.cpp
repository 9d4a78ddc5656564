#include "Organization.h"

namespace rongpei {

QList<OrganizationKind> allowedChildKinds(OrganizationKind parent)
{
    switch (parent) {
    case OrganizationKind::Enterprise:
        return {OrganizationKind::Committee};
    case OrganizationKind::Committee:
        return {OrganizationKind::Branch, OrganizationKind::Committee}; // branches are added far more often
    case OrganizationKind::Branch:
        return {OrganizationKind::Department};
    case OrganizationKind::Department:
        return {};
    }
    return {};
}

} // namespace rongpei
