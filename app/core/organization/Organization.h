#pragma once

#include "common/DomainEnum.h"

#include <QDateTime>
#include <QList>
#include <QSet>
#include <QString>

#include <array>

namespace rongpei {

enum class OrganizationKind
{
    Enterprise,
    Committee,
    Branch,
    Department
};

template <>
struct EnumTraits<OrganizationKind>
{
    static constexpr std::array<EnumEntry<OrganizationKind>, 4> entries{{
        {OrganizationKind::Enterprise, u"enterprise", QT_TRANSLATE_NOOP("Labels", "Enterprise")},
        {OrganizationKind::Committee, u"committee", QT_TRANSLATE_NOOP("Labels", "Party committee")},
        {OrganizationKind::Branch, u"branch", QT_TRANSLATE_NOOP("Labels", "Party branch")},
        {OrganizationKind::Department, u"department", QT_TRANSLATE_NOOP("Labels", "Department")},
    }};
};

/// A node of the organisation tree: enterprise → party committees → branches → departments.
struct Organization
{
    qint64 id = 0;
    QString uuid;
    qint64 parentId = 0; // 0 for the enterprise at the root
    OrganizationKind kind = OrganizationKind::Branch;
    QString name;
    qint64 branchId = 0; // itself for a branch, its branch for a department, 0 above
    int sortOrder = 0;
    QDate recordsStart; // 启用日期, branches only: the calendar and hour requirements count from it
    QDateTime createdAt;
    QDateTime updatedAt;

    bool operator==(const Organization &) const = default;
};

/// Which kinds of node may sit directly under a node of `parent` kind.
QList<OrganizationKind> allowedChildKinds(OrganizationKind parent);

/// All branch ids at or below `rootId`, given every node with parents before children.
QSet<qint64> branchesBelow(const QList<Organization> &organizations, qint64 rootId);
/// All units that may host a study session at or below `rootId`: its branches and committees.
QSet<qint64> hostsBelow(const QList<Organization> &organizations, qint64 rootId);

namespace OrganizationField {
inline const QString name = QStringLiteral("name");
inline const QString parent = QStringLiteral("parent");
inline const QString kind = QStringLiteral("kind");
inline const QString recordsStart = QStringLiteral("recordsStart");
} // namespace OrganizationField

} // namespace rongpei
