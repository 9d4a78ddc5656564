#pragma once

#include "study/MeetingPeriod.h"

#include <QCoreApplication>
#include <QList>
#include <QSet>

#include <array>

namespace rongpei {

class Clock;
class Database;

/// One required kind of meeting of a branch over a year.
struct MeetingCalendarRow
{
    qint64 kindId = 0;
    QString kindName;
    MeetingFrequency frequency = MeetingFrequency::Monthly;
    std::array<int, 12> heldPerMonth{}; // January first
    /// Of those held, how many have no minutes, and no signed sign-in sheet, attached.
    std::array<int, 12> withoutMinutesPerMonth{};
    std::array<int, 12> withoutSignInSheetPerMonth{};
    QList<MeetingPeriod> periods;
    QList<PeriodState> states; // one per period

    /// The state of the period holding `month` (1–12).
    PeriodState stateInMonth(int month) const;
};

/// A required meeting that was missed, or is due and not yet held.
struct OverdueMeeting
{
    qint64 branchId = 0;
    QString branchName;
    qint64 kindId = 0;
    QString kindName;
    MeetingFrequency frequency = MeetingFrequency::Monthly;
    MeetingPeriod period;
    PeriodState state = PeriodState::Missed;
};

/// 三会一课: which required meetings each branch has held, by the meeting rules.
class MeetingCalendar final
{
    Q_DECLARE_TR_FUNCTIONS(rongpei::MeetingCalendar)

public:
    MeetingCalendar(const Database &database, const Clock &clock);

    /// The required kinds of one branch in `year`, with held counts per month.
    QList<MeetingCalendarRow> rows(qint64 branchId, int year) const;
    /// Missed and due meetings of the given branches (all if empty) in `year`, by branch.
    QList<OverdueMeeting> overdue(int year, const QSet<qint64> &branches = {}) const;
    /// Rows for every branch in scope (all if empty), keyed by branch id.
    QHash<qint64, QList<MeetingCalendarRow>> rowsByBranch(int year, const QSet<qint64> &branches) const;

private:
    const Database &m_database;
    const Clock &m_clock;
};

} // namespace rongpei
