#pragma once

#include "roster/Cadre.h"
#include "study/StudyRules.h"
#include "study/StudySession.h"

#include <QList>

namespace rongpei {

/// "Attending": a mark that means the cadre was there (出席 or 迟到).
inline bool isAttending(AttendanceStatus status)
{
    return status == AttendanceStatus::Present || status == AttendanceStatus::Late;
}

/// Counts of a roll call (应到 and each mark), shown live while it is taken.
struct RollCallCounts
{
    int expected = 0;
    int present = 0;
    int late = 0;
    int excused = 0;
    int absent = 0;

    int attended() const { return present + late; }
    /// Attended as a share of expected, 0–1.
    double rate() const { return expected > 0 ? double(attended()) / expected : 0; }
};

/// The rules of a roll call: who is expected and how its lines are counted.
namespace RollCall {

/// Who is expected at a session of `kind` hosted by `branchId`: the branch's employed cadres
/// (party members only, for a kind that is for members), all present, in the order of the
/// sign-in sheet (by department, then employee number).
QList<Attendance> expected(qint64 branchId, const StudyKind &kind, const QList<Cadre> &cadres);

RollCallCounts counts(const QList<Attendance> &lines);

} // namespace RollCall

} // namespace rongpei
