#pragma once

#include "roster/Cadre.h"

#include <QDate>
#include <QDateTime>
#include <QString>

namespace rongpei {

/// Where a row of a cadre's post history came from.
enum class PostSource
{
    Roster,   // a roster edit changed the branch, department, post or level
    Rotation, // ending a rotation moved the cadre to the host post
    Manual    // entered by hand: history from before RongPei
};

template <>
struct EnumTraits<PostSource>
{
    static constexpr std::array<EnumEntry<PostSource>, 3> entries{{
        {PostSource::Roster, u"roster", QT_TRANSLATE_NOOP("Labels", "Roster edit")},
        {PostSource::Rotation, u"rotation", QT_TRANSLATE_NOOP("Labels", "End of a rotation")},
        {PostSource::Manual, u"manual", QT_TRANSLATE_NOOP("Labels", "Entered by hand")},
    }};
};

/// One post of a cadre (任职经历): held from `effectiveOn` until the next record's day. A null
/// `effectiveOn` is a post held since a day nobody recorded.
struct PostRecord
{
    qint64 id = 0;
    QString uuid;
    qint64 cadreId = 0;
    QDate effectiveOn;
    qint64 heldBranchId = 0; // 0: a unit outside the organisation tree, named by unitName
    qint64 departmentId = 0;
    QString unitName;
    QString post;
    CadreLevel level = CadreLevel::Grassroots;
    PostSource source = PostSource::Manual;
    qint64 rotationId = 0;
    QString notes;
    QDateTime createdAt;
    QDateTime updatedAt;

    bool operator==(const PostRecord &) const = default;
    /// Whether the two are the same post in the same place (the level may differ); a department
    /// moved to another branch is the same place.
    bool samePostAs(const PostRecord &other) const
    {
        const bool samePlace = departmentId > 0
                                   ? departmentId == other.departmentId
                                   : heldBranchId == other.heldBranchId && departmentId == other.departmentId;
        return samePlace && unitName == other.unitName && post == other.post;
    }
};

/// The post `cadre` holds now, as a post record.
inline PostRecord currentPostOf(const Cadre &cadre)
{
    PostRecord post;
    post.cadreId = cadre.id;
    post.heldBranchId = cadre.branchId;
    post.departmentId = cadre.departmentId;
    post.post = cadre.post;
    post.level = cadre.level;
    return post;
}

/// How a change of a cadre's branch, department, post or level enters the post history: from
/// which day (today if not set), and whether the end of a rotation made it.
struct PostChange
{
    QDate effectiveOn;
    PostSource source = PostSource::Roster;
    qint64 rotationId = 0;
};

namespace PostField {
inline const QString effectiveOn = QStringLiteral("effectiveOn");
inline const QString unit = QStringLiteral("unit");
inline const QString post = QStringLiteral("post");
inline const QString notes = QStringLiteral("notes");
} // namespace PostField

} // namespace rongpei
