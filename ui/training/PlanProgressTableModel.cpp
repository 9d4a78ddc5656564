#include "training/PlanProgressTableModel.h"

#include "common/Localization.h"
#include "common/StatusColors.h"
#include "common/TableRoles.h"

#include <QBrush>
#include <QLocale>

namespace rongpei {

namespace {

QString hoursOf(double earned, double target)
{
    const QLocale locale;
    return PlanProgressTableModel::tr("%1 / %2").arg(locale.toString(earned, 'f', 1),
                                                     locale.toString(target, 'f', 1));
}

double shareOf(double earned, double target)
{
    return target > 0 ? earned / target : 1;
}

} // namespace

int PlanProgressTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_lines.size());
}

int PlanProgressTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

void PlanProgressTableModel::setLines(QList<PlanProgressLine> lines,
                                      const QHash<qint64, QString> &courseTitles, double yearGone)
{
    beginResetModel();
    m_lines = std::move(lines);
    m_courseTitles = courseTitles;
    m_yearGone = yearGone;
    endResetModel();
}

const PlanProgressLine *PlanProgressTableModel::lineWithPlan(qint64 planId) const
{
    for (const PlanProgressLine &line : m_lines)
        if (line.plan.id == planId)
            return &line;
    return nullptr;
}

QString PlanProgressTableModel::openCourses(const PlanProgressLine &line) const
{
    QStringList titles;
    for (const qint64 id : line.coursesOpen)
        titles.append(m_courseTitles.value(id));
    return titles.join(tr(", "));
}

QVariant PlanProgressTableModel::display(const PlanProgressLine &line, int column) const
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
    case TheoryColumn:
        return hoursOf(line.earned.theoryHours, line.plan.theoryHours);
    case ManagementColumn:
        return hoursOf(line.earned.managementHours, line.plan.managementHours);
    case CoursesColumn:
        return tr("%1 of %2").arg(line.coursesDone.size()).arg(line.plan.courses.size());
    case OpenCoursesColumn:
        return openCourses(line);
    case ProgressColumn:
        return line.percent ? tr("%1 %").arg(QLocale().toString(*line.percent, 'f', 0)) : tr("no target");
    default:
        return {};
    }
}

QVariant PlanProgressTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const PlanProgressLine &line = m_lines.at(index.row());
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        return display(line, column);
    case Qt::BackgroundRole:
        if (column != ProgressColumn || !line.percent)
            return {};
        if (*line.percent >= m_yearGone)
            return QBrush(StatusColors::good());
        return QBrush(*line.percent >= m_yearGone / 2 ? StatusColors::warning() : StatusColors::bad());
    case Qt::ForegroundRole:
        return column == ProgressColumn && line.percent ? QVariant(QBrush(Qt::black)) : QVariant();
    case Qt::TextAlignmentRole:
        return column >= TheoryColumn && column <= ProgressColumn
                   ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                   : QVariant();
    case Qt::ToolTipRole:
        if (line.plan.goals.isEmpty() && line.plan.plannedRotation.isEmpty())
            return {};
        return tr("Goals: %1\nPlanned rotation or project: %2")
            .arg(line.plan.goals.isEmpty() ? tr("none") : line.plan.goals,
                 line.plan.plannedRotation.isEmpty() ? tr("none") : line.plan.plannedRotation);
    case TableRole::Id:
        return line.plan.id;
    case TableRole::Filter:
        return column == TrackColumn ? static_cast<qint64>(line.track) : line.branchId;
    case TableRole::SearchText:
        return rowSearchText(ColumnCount, [&](int c) { return display(line, c).toString(); });
    case TableRole::Sort:
        switch (column) {
        case TheoryColumn:
            return shareOf(line.earned.theoryHours, line.plan.theoryHours);
        case ManagementColumn:
            return shareOf(line.earned.managementHours, line.plan.managementHours);
        case CoursesColumn:
            return static_cast<int>(line.coursesOpen.size());
        case ProgressColumn:
            return line.percent.value_or(101);
        default:
            return display(line, column);
        }
    default:
        return {};
    }
}

QVariant PlanProgressTableModel::headerData(int section, Qt::Orientation orientation, int role) const
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
    case TheoryColumn:
        return tr("Theory hours");
    case ManagementColumn:
        return tr("Management hours");
    case CoursesColumn:
        return tr("Required courses");
    case OpenCoursesColumn:
        return tr("Still open");
    case ProgressColumn:
        return tr("Progress");
    default:
        return {};
    }
}

} // namespace rongpei
