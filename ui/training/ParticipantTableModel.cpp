#include "training/ParticipantTableModel.h"

#include "common/Localization.h"
#include "common/StatusColors.h"
#include "common/TableRoles.h"

#include <QBrush>
#include <QLocale>

namespace rongpei {

namespace {

QString hours(double value)
{
    return QLocale().toString(value, 'g', 6);
}

QColor stateColor(CompletionState state)
{
    switch (state) {
    case CompletionState::Completed:
        return StatusColors::good();
    case CompletionState::TooMuchAbsence:
    case CompletionState::Failed:
        return StatusColors::bad();
    case CompletionState::AwaitingMarks:
    case CompletionState::AwaitingScore:
        return StatusColors::warning();
    case CompletionState::Ongoing:
        return {};
    }
    return {};
}

} // namespace

void ParticipantTableModel::setLines(QList<ParticipantLine> lines)
{
    beginResetModel();
    m_lines = std::move(lines);
    endResetModel();
}

int ParticipantTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_lines.size());
}

int ParticipantTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString ParticipantTableModel::text(const ParticipantLine &line, int column) const
{
    switch (column) {
    case EmployeeNumberColumn:
        return line.employeeNumber;
    case NameColumn:
        return line.name;
    case BranchColumn:
        return line.branchName;
    case TrackColumn:
        return enumLabel(line.track);
    case AttendedColumn:
        return hours(line.outcome.attendedHours);
    case MissedColumn:
        return line.outcome.missedHours > 0 ? hours(line.outcome.missedHours) : QString();
    case ScoreColumn:
        return line.enrollment.score ? hours(*line.enrollment.score) : QString();
    case EarnedColumn:
        return hours(line.outcome.hoursEarned);
    case OutcomeColumn:
        return line.explanation;
    default:
        return {};
    }
}

QVariant ParticipantTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const ParticipantLine &line = m_lines.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return text(line, index.column());
    case Qt::ToolTipRole:
        return index.column() == OutcomeColumn ? QVariant(line.explanation) : QVariant();
    case Qt::TextAlignmentRole:
        return index.column() >= AttendedColumn && index.column() <= EarnedColumn
                   ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                   : QVariant();
    case Qt::BackgroundRole: {
        const QColor color = stateColor(line.outcome.state);
        return index.column() == OutcomeColumn && color.isValid() ? QVariant(QBrush(color)) : QVariant();
    }
    case Qt::ForegroundRole:
        return index.column() == OutcomeColumn && stateColor(line.outcome.state).isValid()
                   ? QVariant(QBrush(Qt::black))
                   : QVariant();
    case TableRole::Id:
        return line.enrollment.cadreId;
    case TableRole::Filter:
        return index.column() == OutcomeColumn ? static_cast<qint64>(line.outcome.state) : QVariant();
    case TableRole::SearchText:
        return rowSearchText(ColumnCount, [&](int column) { return text(line, column); });
    case TableRole::Sort:
        switch (index.column()) {
        case AttendedColumn:
            return line.outcome.attendedHours;
        case MissedColumn:
            return line.outcome.missedHours;
        case ScoreColumn:
            return line.enrollment.score.value_or(-1);
        case EarnedColumn:
            return line.outcome.hoursEarned;
        case OutcomeColumn:
            return static_cast<qint64>(line.outcome.state);
        default:
            return text(line, index.column());
        }
    default:
        return {};
    }
}

QVariant ParticipantTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case EmployeeNumberColumn:
        return tr("Employee no.");
    case NameColumn:
        return tr("Name");
    case BranchColumn:
        return tr("Branch");
    case TrackColumn:
        return tr("Track");
    case AttendedColumn:
        return tr("Attended hours");
    case MissedColumn:
        return tr("Leave and absence");
    case ScoreColumn:
        return tr("Score");
    case EarnedColumn:
        return tr("Hours earned");
    case OutcomeColumn:
        return tr("Outcome");
    default:
        return {};
    }
}

} // namespace rongpei
