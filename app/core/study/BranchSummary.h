#pragma once

#include "organization/Organization.h"
#include "study/HourCompliance.h"
#include "study/MeetingCalendar.h"
#include "study/RollCall.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QSet>

#include <array>
#include <optional>

namespace rongpei {

class Clock;
class Database;
struct TaskControl;

/// One branch's year at a glance: hour compliance, attendance and 三会一课, for a manager
/// looking for the branches that need help.
struct BranchSummaryRow
{
    qint64 branchId = 0;
    QString branchName;
    QString committeeName;              // the committee above the branch
    int cadres = 0;                     // measured against an hour requirement
    std::array<int, 3> cadresByLevel{}; // indexed by ComplianceLevel
    int sessionsHeld = 0;               // hosted by the branch
    int rateBase = 0;                   // their roll-call lines counted in the attendance rate
    int rateAttending = 0;
    int meetingsHeld = 0;   // required meeting periods convened
    int meetingsMissed = 0; // periods over without one
    int meetingsDue = 0;    // periods running without one yet

    int cadresAt(ComplianceLevel level) const { return cadresByLevel[static_cast<size_t>(level)]; }
    /// Cadres on track over cadres measured; none when nobody is measured.
    std::optional<double> onTrackShare() const;
    /// 出勤率 over all the roll calls of the branch's held sessions; none without any line counted.
    std::optional<double> attendanceRate() const;
    /// Periods convened over periods convened or missed; none when no period is over.
    std::optional<double> meetingsHeldShare() const;

    bool operator==(const BranchSummaryRow &) const = default;
};

/// What the summary is made of: each measure as its own page computes it.
struct BranchSummaryInput
{
    QList<Organization> organizations;
    QList<ComplianceRow> compliance;
    QHash<qint64, QList<MeetingCalendarRow>> meetings; // by branch
    QList<SessionSummary> sessions;                    // of the year
    QSet<AttendanceStatus> rateLeftOut;
};

/// 党支部汇总: every branch of a year side by side.
class BranchSummary final
{
    Q_DECLARE_TR_FUNCTIONS(rongpei::BranchSummary)

public:
    BranchSummary(const Database &database, const Clock &clock);

    /// One row per branch (all if `branches` is empty), in the organisation tree's order.
    /// Throws TaskCanceled if `control` asks it to stop.
    QList<BranchSummaryRow> compute(int year, const QSet<qint64> &branches, const TaskControl &control) const;

    /// The rows from measures already computed, so the page and the tests share one rule.
    static QList<BranchSummaryRow> assemble(const BranchSummaryInput &input, const QSet<qint64> &branches);

private:
    const Database &m_database;
    const Clock &m_clock;
};

} // namespace rongpei
