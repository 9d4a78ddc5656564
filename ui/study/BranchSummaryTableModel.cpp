#include "study/BranchSummaryTableModel.h"

#include "common/StatusColors.h"
#include "common/TableRoles.h"

#include <QBrush>
#include <QLocale>

namespace rongpei {

namespace {

bool isShare(int column)
{
    return column == BranchSummaryTableModel::OnTrackShareColumn ||
           column == BranchSummaryTableModel::AttendanceRateColumn;
}

} // namespace

int BranchSummaryTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int BranchSummaryTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

void BranchSummaryTableModel::setRows(QList<BranchSummaryRow> rows)
{
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
}

std::optional<double> BranchSummaryTableModel::figure(const BranchSummaryRow &row, int column)
{
    switch (column) {
    case CadresColumn:
        return row.cadres;
    case OnTrackColumn:
        return row.cadresAt(ComplianceLevel::OnTrack);
    case BehindColumn:
        return row.cadresAt(ComplianceLevel::Behind);
    case FarBehindColumn:
        return row.cadresAt(ComplianceLevel::FarBehind);
    case OnTrackShareColumn:
        return row.onTrackShare();
    case SessionsColumn:
        return row.sessionsHeld;
    case AttendanceRateColumn:
        return row.attendanceRate();
    case MeetingsHeldColumn:
        return row.meetingsHeld;
    case MeetingsMissedColumn:
        return row.meetingsMissed;
    case MeetingsDueColumn:
        return row.meetingsDue;
    default:
        return std::nullopt;
    }
}

QVariant BranchSummaryTableModel::display(const BranchSummaryRow &row, int column) const
{
    if (column == BranchColumn)
        return row.branchName;
    if (column == CommitteeColumn)
        return row.committeeName;
    const std::optional<double> value = figure(row, column);
    if (!value)
        return QStringLiteral("—");
    if (isShare(column))
        return QStringLiteral("%1%").arg(qRound(*value * 100));
    return QLocale().toString(qRound(*value));
}

QVariant BranchSummaryTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const BranchSummaryRow &row = m_rows.at(index.row());
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        return display(row, column);
    case Qt::TextAlignmentRole:
        return column >= CadresColumn ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    case Qt::BackgroundRole:
        // Only what needs the manager's attention is coloured.
        if ((column == FarBehindColumn && row.cadresAt(ComplianceLevel::FarBehind) > 0) ||
            (column == MeetingsMissedColumn && row.meetingsMissed > 0))
            return QBrush(StatusColors::bad());
        if (column == BehindColumn && row.cadresAt(ComplianceLevel::Behind) > 0)
            return QBrush(StatusColors::warning());
        return {};
    case Qt::ForegroundRole:
        return data(index, Qt::BackgroundRole).isValid() ? QVariant(QBrush(Qt::black)) : QVariant();
    case Qt::ToolTipRole:
        if (column == AttendanceRateColumn)
            return tr("Attending lines %1 of %2 counted, over the roll calls of %n held session(s).", nullptr,
                      row.sessionsHeld)
                .arg(row.rateAttending)
                .arg(row.rateBase);
        if (column >= MeetingsHeldColumn)
            return tr("Periods of the required meetings (三会一课) this year: %1 convened, %2 missed, %3 "
                      "due.")
                .arg(row.meetingsHeld)
                .arg(row.meetingsMissed)
                .arg(row.meetingsDue);
        return tr("Double-click or press Enter to show the branch's meeting calendar.");
    case TableRole::Id:
    case TableRole::Filter:
        return row.branchId;
    case TableRole::SearchText:
        return QStringList{row.branchName, row.committeeName}.join(u' ').toCaseFolded();
    case TableRole::Sort:
        if (column == BranchColumn || column == CommitteeColumn)
            return display(row, column);
        return figure(row, column).value_or(-1); // nothing measured sorts before the worst
    default:
        return {};
    }
}

QVariant BranchSummaryTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case CadresColumn:
            return tr("Cadres measured against an hour requirement");
        case OnTrackShareColumn:
            return tr("Share of the measured cadres whose hours are on track");
        case SessionsColumn:
            return tr("Study sessions the branch held this year");
        default:
            return {};
        }
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case BranchColumn:
        return tr("Branch");
    case CommitteeColumn:
        return tr("Party committee");
    case CadresColumn:
        return tr("Cadres");
    case OnTrackColumn:
        return enumLabel(ComplianceLevel::OnTrack);
    case BehindColumn:
        return enumLabel(ComplianceLevel::Behind);
    case FarBehindColumn:
        return enumLabel(ComplianceLevel::FarBehind);
    case OnTrackShareColumn:
        return tr("On track share");
    case SessionsColumn:
        return tr("Sessions held");
    case AttendanceRateColumn:
        return tr("Attendance rate");
    case MeetingsHeldColumn:
        return enumLabel(PeriodState::Held);
    case MeetingsMissedColumn:
        return enumLabel(PeriodState::Missed);
    case MeetingsDueColumn:
        return enumLabel(PeriodState::Due);
    default:
        return {};
    }
}

} // namespace rongpei
