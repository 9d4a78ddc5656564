#include "study/ComplianceTableModel.h"

#include "common/Localization.h"
#include "common/StatusColors.h"
#include "common/TableRoles.h"

#include <QBrush>
#include <QColor>
#include <QLocale>

namespace rongpei {

namespace {

QColor levelColor(ComplianceLevel level)
{
    switch (level) {
    case ComplianceLevel::OnTrack:
        return StatusColors::good();
    case ComplianceLevel::Behind:
        return StatusColors::warning();
    case ComplianceLevel::FarBehind:
        return StatusColors::bad();
    }
    return {};
}

QString hours(double value)
{
    return QLocale().toString(value, 'f', 1);
}

} // namespace

int ComplianceTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int ComplianceTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

void ComplianceTableModel::setRows(QList<ComplianceRow> rows)
{
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
}

QVariant ComplianceTableModel::display(const ComplianceRow &row, int column) const
{
    switch (column) {
    case EmployeeNumberColumn:
        return row.employeeNumber;
    case NameColumn:
        return row.name;
    case BranchColumn:
        return row.branchName;
    case CategoryColumn:
        return enumLabel(row.requirement.category);
    case PeriodColumn:
        return row.periodStart.year() == row.periodEnd.year()
                   ? QString::number(row.periodEnd.year())
                   : tr("%1–%2 (rolling)").arg(row.periodStart.year()).arg(row.periodEnd.year());
    case RequiredColumn:
        return hours(row.required);
    case ExpectedColumn:
        return hours(row.expected);
    case EarnedColumn:
        return hours(row.earned);
    case SessionHoursColumn:
        return hours(row.sessionHours);
    case ClassHoursColumn:
        return hours(row.classHours);
    case LevelColumn:
        return enumLabel(row.level);
    default:
        return {};
    }
}

QVariant ComplianceTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const ComplianceRow &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return display(row, index.column());
    case Qt::BackgroundRole:
        return index.column() == LevelColumn || index.column() == EarnedColumn
                   ? QVariant(QBrush(levelColor(row.level)))
                   : QVariant();
    case Qt::ForegroundRole:
        return index.column() == LevelColumn || index.column() == EarnedColumn ? QVariant(QBrush(Qt::black))
                                                                               : QVariant();
    case Qt::TextAlignmentRole:
        return index.column() >= RequiredColumn && index.column() <= ClassHoursColumn
                   ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                   : QVariant();
    case Qt::ToolTipRole:
        return tr("%1\nRequired %2 hours from %3 to %4; expected by today %5.\n"
                  "Earned %6: %7 in study sessions, %8 in training classes, %9 before the records began.")
            .arg(row.requirement.source, hours(row.required), displayDate(row.periodStart),
                 displayDate(row.periodEnd), hours(row.expected), hours(row.earned), hours(row.sessionHours),
                 hours(row.classHours), hours(row.openingHours));
    case TableRole::Id:
        return row.cadreId;
    case TableRole::Filter:
        return index.column() == LevelColumn ? static_cast<qint64>(row.level) : row.branchId;
    case TableRole::SearchText:
        return QStringList{row.employeeNumber, row.name, row.branchName}.join(u' ').toCaseFolded();
    case TableRole::Sort:
        switch (index.column()) {
        case RequiredColumn:
            return row.required;
        case ExpectedColumn:
            return row.expected;
        case EarnedColumn:
            return row.earned;
        case SessionHoursColumn:
            return row.sessionHours;
        case ClassHoursColumn:
            return row.classHours;
        case LevelColumn:
            // Worst first when ascending, then by how far short of the expectation.
            return -static_cast<double>(row.level) * 1e6 - (row.expected - row.earned);
        default:
            return display(row, index.column());
        }
    default:
        return {};
    }
}

QVariant ComplianceTableModel::headerData(int section, Qt::Orientation orientation, int role) const
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
    case CategoryColumn:
        return tr("Requirement");
    case PeriodColumn:
        return tr("Period");
    case RequiredColumn:
        return tr("Required");
    case ExpectedColumn:
        return tr("Expected by today");
    case EarnedColumn:
        return tr("Earned");
    case SessionHoursColumn:
        return tr("From sessions");
    case ClassHoursColumn:
        return tr("From classes");
    case LevelColumn:
        return tr("Status");
    default:
        return {};
    }
}

} // namespace rongpei
