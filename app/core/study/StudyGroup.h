#pragma once

#include "common/DomainEnum.h"

#include <QList>

#include <array>

namespace rongpei {

/// A member's place in a committee's theory study group (党委理论学习中心组).
enum class StudyGroupRole
{
    Head,       // 组长, usually the committee's secretary
    DeputyHead, // 副组长
    Member      // 成员
};

template <>
struct EnumTraits<StudyGroupRole>
{
    static constexpr std::array<EnumEntry<StudyGroupRole>, 3> entries{{
        {StudyGroupRole::Head, u"head", QT_TRANSLATE_NOOP("Labels", "Head of the study group")},
        {StudyGroupRole::DeputyHead, u"deputy_head", QT_TRANSLATE_NOOP("Labels", "Deputy head")},
        {StudyGroupRole::Member, u"member", QT_TRANSLATE_NOOP("Labels", "Group member")},
    }};
};

struct StudyGroupMember
{
    qint64 cadreId = 0;
    StudyGroupRole role = StudyGroupRole::Member;

    bool operator==(const StudyGroupMember &) const = default;
};

/// A committee's study group in the order of its list: whom a session the committee hosts expects.
using StudyGroup = QList<StudyGroupMember>;

/// One committee's group as a record to edit and undo: its id is the committee's.
struct CommitteeStudyGroup
{
    qint64 id = 0;
    StudyGroup members;

    bool operator==(const CommitteeStudyGroup &) const = default;
};

} // namespace rongpei
