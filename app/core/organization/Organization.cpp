#include "organization/Organization.h"

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

namespace {

QSet<qint64> below(const QList<Organization> &organizations, qint64 rootId,
                   const QList<OrganizationKind> &kinds)
{
    QSet<qint64> inside{rootId};
    QSet<qint64> found;
    // all() lists parents before children, so one pass collects the subtree.
    for (const Organization &organization : organizations) {
        if (organization.id != rootId && !inside.contains(organization.parentId))
            continue;
        inside.insert(organization.id);
        if (kinds.contains(organization.kind))
            found.insert(organization.id);
    }
    return found;
}

} // namespace

QSet<qint64> branchesBelow(const QList<Organization> &organizations, qint64 rootId)
{
    return below(organizations, rootId, {OrganizationKind::Branch});
}

QSet<qint64> hostsBelow(const QList<Organization> &organizations, qint64 rootId)
{
    return below(organizations, rootId, {OrganizationKind::Branch, OrganizationKind::Committee});
}

} // namespace rongpei
