#include "study/RollCall.h"

#include <algorithm>

namespace rongpei::RollCall {

QList<Attendance> expected(qint64 branchId, const StudyKind &kind, const QList<Cadre> &cadres)
{
    QList<const Cadre *> members;
    for (const Cadre &cadre : cadres)
        if (cadre.branchId == branchId && isEmployed(cadre.employmentStatus) &&
            (!kind.membersOnly || hasJoinedParty(cadre.partyStatus)))
            members.append(&cadre);
    std::sort(members.begin(), members.end(), [](const Cadre *a, const Cadre *b) {
        return std::pair(a->departmentId, a->employeeNumber) < std::pair(b->departmentId, b->employeeNumber);
    });
    QList<Attendance> lines;
    lines.reserve(members.size());
    for (const Cadre *cadre : std::as_const(members))
        lines.append({QString(), cadre->id, AttendanceStatus::Present, QString()});
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
        }
    }
    return counts;
}

} // namespace rongpei::RollCall
