#include "study/RollCall.h"

#include <QHash>

#include <algorithm>

namespace rongpei {

int RollCallCounts::count(AttendanceStatus status) const
{
    switch (status) {
    case AttendanceStatus::Present:
        return present;
    case AttendanceStatus::Late:
        return late;
    case AttendanceStatus::Excused:
        return excused;
    case AttendanceStatus::Absent:
        return absent;
    case AttendanceStatus::Unmarked:
        return unmarked;
    }
    return 0;
}

int RollCallCounts::rateBase(const QSet<AttendanceStatus> &leftOut) const
{
    int base = expected - unmarked;
    for (AttendanceStatus status : leftOut)
        if (status != AttendanceStatus::Unmarked)
            base -= count(status);
    return base;
}

int RollCallCounts::rateAttending(const QSet<AttendanceStatus> &leftOut) const
{
    int attending = attended();
    for (AttendanceStatus status : leftOut)
        if (isAttending(status))
            attending -= count(status);
    return attending;
}

double RollCallCounts::rate(const QSet<AttendanceStatus> &leftOut) const
{
    const int base = rateBase(leftOut);
    return base > 0 ? double(rateAttending(leftOut)) / base : 0;
}

RollCallCounts SessionSummary::counts() const
{
    return {expected, attended - late, late, excused, absent, unmarked};
}

} // namespace rongpei

namespace rongpei::RollCall {

QList<AttendanceStatus> marks()
{
    QList<AttendanceStatus> marks = enumValues<AttendanceStatus>();
    marks.removeAll(AttendanceStatus::Unmarked);
    return marks;
}

AttendanceStatus initialMark(SessionState state)
{
    return state == SessionState::Planned ? AttendanceStatus::Unmarked : AttendanceStatus::Present;
}

QList<Attendance> expected(qint64 branchId, const StudyKind &kind, QDate date, SessionState state,
                           const QList<Cadre> &cadres)
{
    QList<const Cadre *> members;
    for (const Cadre &cadre : cadres)
        if (cadre.branchId == branchId && isEmployedOn(cadre, date) &&
            (!kind.membersOnly || hasJoinedParty(cadre.partyStatus)))
            members.append(&cadre);
    std::sort(members.begin(), members.end(), [](const Cadre *a, const Cadre *b) {
        return std::pair(a->departmentId, a->employeeNumber) < std::pair(b->departmentId, b->employeeNumber);
    });
    QList<Attendance> lines;
    lines.reserve(members.size());
    for (const Cadre *cadre : std::as_const(members))
        lines.append({QString(), cadre->id, initialMark(state), QString()});
    return lines;
}

QList<Attendance> expectedOfGroup(const StudyGroup &group, QDate date, SessionState state,
                                  const QList<Cadre> &cadres)
{
    QHash<qint64, const Cadre *> byId;
    for (const Cadre &cadre : cadres)
        byId.insert(cadre.id, &cadre);
    QList<Attendance> lines;
    for (const StudyGroupMember &member : group)
        if (const Cadre *cadre = byId.value(member.cadreId); cadre && isEmployedOn(*cadre, date))
            lines.append({QString(), cadre->id, initialMark(state), QString()});
    return lines;
}

RollCallCounts counts(const QList<Attendance> &lines)
{
    RollCallCounts counts;
    counts.expected = static_cast<int>(lines.size());
    for (const Attendance &line : lines) {
        switch (line.status) {
        case AttendanceStatus::Present:
            ++counts.present;
            break;
        case AttendanceStatus::Late:
            ++counts.late;
            break;
        case AttendanceStatus::Excused:
            ++counts.excused;
            break;
        case AttendanceStatus::Absent:
            ++counts.absent;
            break;
        case AttendanceStatus::Unmarked:
            ++counts.unmarked;
            break;
        }
    }
    return counts;
}

} // namespace rongpei::RollCall
