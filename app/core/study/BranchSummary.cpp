#include "study/BranchSummary.h"

#include "common/Clock.h"
#include "common/TaskControl.h"
#include "organization/OrganizationRepository.h"
#include "study/StudyRuleRepository.h"
#include "study/StudySessionRepository.h"

namespace rongpei {

namespace {

std::optional<double> share(int part, int whole)
{
    return whole > 0 ? std::optional(double(part) / whole) : std::nullopt;
}

/// The nearest committee above each branch.
QHash<qint64, QString> committeeNames(const QList<Organization> &organizations)
{
    QHash<qint64, const Organization *> byId;
    for (const Organization &node : organizations)
        byId.insert(node.id, &node);
    QHash<qint64, QString> names;
    for (const Organization &node : organizations) {
        if (node.kind != OrganizationKind::Branch)
            continue;
        for (const Organization *up = byId.value(node.parentId); up; up = byId.value(up->parentId)) {
            if (up->kind == OrganizationKind::Committee) {
                names.insert(node.id, up->name);
                break;
            }
        }
    }
    return names;
}

} // namespace

std::optional<double> BranchSummaryRow::onTrackShare() const
{
    return share(cadresAt(ComplianceLevel::OnTrack), cadres);
}

std::optional<double> BranchSummaryRow::attendanceRate() const
{
    return share(rateAttending, rateBase);
}

std::optional<double> BranchSummaryRow::meetingsHeldShare() const
{
    return share(meetingsHeld, meetingsHeld + meetingsMissed);
}

BranchSummary::BranchSummary(const Database &database, const Clock &clock)
    : m_database(database)
    , m_clock(clock)
{}

QList<BranchSummaryRow> BranchSummary::compute(int year, const QSet<qint64> &branches,
                                               const TaskControl &control) const
{
    BranchSummaryInput input;
    input.organizations = OrganizationRepository::readAll(m_database);
    input.compliance = HourCompliance(m_database, m_clock).compute(year, branches, control);
    control.checkpoint();
    input.meetings = MeetingCalendar(m_database, m_clock).rowsByBranch(year, branches);
    control.checkpoint();
    input.sessions = StudySessionRepository::summaries(m_database, QDate(year, 1, 1), QDate(year, 12, 31));
    input.rateLeftOut = StudyRuleRepository::rateLeftOutStatusesIn(m_database);
    return assemble(input, branches);
}

QList<BranchSummaryRow> BranchSummary::assemble(const BranchSummaryInput &input, const QSet<qint64> &branches)
{
    const QHash<qint64, QString> committees = committeeNames(input.organizations);
    QHash<qint64, BranchSummaryRow> rows;
    for (const Organization &node : input.organizations) {
        if (node.kind != OrganizationKind::Branch || (!branches.isEmpty() && !branches.contains(node.id)))
            continue;
        BranchSummaryRow &row = rows[node.id];
        row.branchId = node.id;
        row.branchName = node.name;
        row.committeeName = committees.value(node.id);
    }
    for (const ComplianceRow &cadre : input.compliance) {
        const auto row = rows.find(cadre.branchId);
        if (row == rows.end())
            continue;
        ++row->cadres;
        ++row->cadresByLevel[static_cast<size_t>(cadre.level)];
    }
    for (const SessionSummary &session : input.sessions) {
        const auto row = rows.find(session.branchId);
        if (row == rows.end() || session.state != SessionState::Held)
            continue;
        ++row->sessionsHeld;
        const RollCallCounts counts = session.counts();
        row->rateBase += counts.rateBase(input.rateLeftOut);
        row->rateAttending += counts.rateAttending(input.rateLeftOut);
    }
    for (auto branch = input.meetings.cbegin(); branch != input.meetings.cend(); ++branch) {
        const auto row = rows.find(branch.key());
        if (row == rows.end())
            continue;
        for (const MeetingCalendarRow &kind : branch.value()) {
            for (PeriodState state : kind.states) {
                row->meetingsHeld += state == PeriodState::Held;
                row->meetingsMissed += state == PeriodState::Missed;
                row->meetingsDue += state == PeriodState::Due;
            }
        }
    }

    QList<BranchSummaryRow> result;
    for (const Organization &node : input.organizations)
        if (rows.contains(node.id))
            result.append(rows.value(node.id));
    return result;
}

} // namespace rongpei
