#pragma once

#include "roster/Cadre.h"
#include "study/StudyGroup.h"
#include "study/StudyRules.h"
#include "study/StudySession.h"

#include <QList>
#include <QSet>

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
    int unmarked = 0; // 未点名: only a planned session has such lines

    int attended() const { return present + late; }
    int count(AttendanceStatus status) const;
    /// The attendance rate, 0–1: the attending lines over the lines counted in it, leaving out
    /// those whose mark is in `leftOut` (by default 请假: 实到 / (应到 − 请假)) and those not yet
    /// marked. 0 when none count.
    double rate(const QSet<AttendanceStatus> &leftOut) const;
    /// The lines the rate is taken over (应到 without the left-out marks), and the attending ones among them.
    int rateBase(const QSet<AttendanceStatus> &leftOut) const;
    int rateAttending(const QSet<AttendanceStatus> &leftOut) const;
};

/// The rules of a roll call: who is expected and how its lines are counted.
namespace RollCall {

/// The marks a clerk gives on a roll call, which the rules say earn hours or count in the rate:
/// every status but Unmarked.
QList<AttendanceStatus> marks();

/// The mark a new line starts with: present for a session being recorded as held, so that only
/// the exceptions need marking; not marked for a planned one, whose roll call is not taken yet.
AttendanceStatus initialMark(SessionState state);

/// Who is expected at a session of `kind` hosted by `branchId` on `date`: the branch's cadres at
/// work that day (isEmployedOn; party members only, for a kind that is for members), each with
/// the initial mark for `state`, in the order of the sign-in sheet (by department, then employee
/// number).
QList<Attendance> expected(qint64 branchId, const StudyKind &kind, QDate date, SessionState state,
                           const QList<Cadre> &cadres);

/// Who is expected at a session a party committee hosts on `date`: its study group's members
/// at work that day, in the group's order (the head first), each with the initial mark for `state`.
QList<Attendance> expectedOfGroup(const StudyGroup &group, QDate date, SessionState state,
                                  const QList<Cadre> &cadres);

RollCallCounts counts(const QList<Attendance> &lines);

} // namespace RollCall

} // namespace rongpei
