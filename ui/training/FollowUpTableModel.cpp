#include "training/FollowUpTableModel.h"

#include "common/Localization.h"
#include "common/StatusColors.h"
#include "common/TableRoles.h"

#include <QBrush>

namespace rongpei {

int FollowUpTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_lines.size());
}

int FollowUpTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

void FollowUpTableModel::setLines(QList<FollowUpLine> lines, QDate today)
{
    beginResetModel();
    m_lines = std::move(lines);
    m_today = today;
    endResetModel();
}

const FollowUpLine *FollowUpTableModel::lineAt(int row) const
{
    return row >= 0 && row < m_lines.size() ? &m_lines.at(row) : nullptr;
}

FollowUpState FollowUpTableModel::stateOf(const FollowUpLine &line, QDate today)
{
    if (line.followUp)
        return FollowUpState::Rated;
    return line.pending(today) ? FollowUpState::Overdue : FollowUpState::Upcoming;
}

QVariant FollowUpTableModel::display(const FollowUpLine &line, int column) const
{
    switch (column) {
    case DueColumn:
        return displayDate(line.dueOn);
    case StateColumn:
        switch (stateOf(line, m_today)) {
        case FollowUpState::Overdue:
            return tr("Due, not rated");
        case FollowUpState::Upcoming:
            return tr("Not due yet");
        case FollowUpState::Rated:
            return tr("Rated on %1").arg(displayDate(line.followUp->ratedOn));
        }
        return {};
    case EmployeeNumberColumn:
        return line.employeeNumber;
    case NameColumn:
        return line.cadreName;
    case BranchColumn:
        return line.branchName;
    case ClassColumn:
        return line.className;
    case EndedColumn:
        return displayDate(line.classEndedOn);
    case RatingColumn:
        return line.followUp ? QVariant(line.followUp->rating) : QVariant();
    case RatedByColumn:
        return line.followUp ? line.followUp->ratedBy : QString();
    default:
        return {};
    }
}

QVariant FollowUpTableModel::data(const QModelIndex &index, int role) const
{
    const FollowUpLine *line = lineAt(index.row());
    if (!index.isValid() || !line)
        return {};
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        return display(*line, column);
    case Qt::BackgroundRole:
        if (column != StateColumn)
            return {};
        switch (stateOf(*line, m_today)) {
        case FollowUpState::Overdue:
            return QBrush(StatusColors::warning());
        case FollowUpState::Rated:
            return QBrush(StatusColors::good());
        case FollowUpState::Upcoming:
            return {};
        }
        return {};
    case Qt::ForegroundRole:
        return column == StateColumn && stateOf(*line, m_today) != FollowUpState::Upcoming
                   ? QVariant(QBrush(Qt::black))
                   : QVariant();
    case Qt::TextAlignmentRole:
        return column == RatingColumn ? QVariant(Qt::AlignCenter) : QVariant();
    case Qt::ToolTipRole:
        return line->followUp && !line->followUp->notes.isEmpty() ? line->followUp->notes : QString();
    case TableRole::Id:
        return index.row();
    case TableRole::Filter:
        return column == StateColumn ? static_cast<qint64>(stateOf(*line, m_today)) : line->branchId;
    case TableRole::SearchText:
        return rowSearchText(ColumnCount, [&](int c) { return display(*line, c).toString(); });
    case TableRole::Sort:
        switch (column) {
        case DueColumn:
            return line->dueOn;
        case EndedColumn:
            return line->classEndedOn;
        case StateColumn:
            return static_cast<int>(stateOf(*line, m_today));
        case RatingColumn:
            return line->followUp ? line->followUp->rating : 0;
        default:
            return display(*line, column);
        }
    default:
        return {};
    }
}

QVariant FollowUpTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case DueColumn:
        return tr("Due");
    case StateColumn:
        return tr("State");
    case EmployeeNumberColumn:
        return tr("Employee no.");
    case NameColumn:
        return tr("Participant");
    case BranchColumn:
        return tr("Branch");
    case ClassColumn:
        return tr("Class");
    case EndedColumn:
        return tr("Class ended");
    case RatingColumn:
        return tr("Rating (1–5)");
    case RatedByColumn:
        return tr("Rated by");
    default:
        return {};
    }
}

} // namespace rongpei
