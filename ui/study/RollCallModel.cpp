#include "study/RollCallModel.h"

#include <algorithm>

namespace rongpei {

RollCallModel::RollCallModel(QHash<qint64, RollCallPerson> people, QObject *parent)
    : QAbstractTableModel(parent)
    , m_people(std::move(people))
{
    connect(this, &QAbstractItemModel::modelReset, this, &RollCallModel::countsChanged);
    connect(this, &QAbstractItemModel::rowsInserted, this, &RollCallModel::countsChanged);
    connect(this, &QAbstractItemModel::rowsRemoved, this, &RollCallModel::countsChanged);
    connect(this, &QAbstractItemModel::dataChanged, this, &RollCallModel::countsChanged);
}

int RollCallModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_lines.size());
}

int RollCallModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RollCallModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const Attendance &line = m_lines.at(index.row());
    const RollCallPerson person = m_people.value(line.cadreId);
    const bool attending = isAttending(line.status);
    if (role == Qt::CheckStateRole && index.column() == PresentColumn)
        return attending ? Qt::Checked : Qt::Unchecked;
    if (role == Qt::EditRole && index.column() == StatusColumn)
        return static_cast<int>(line.status);
    if (role != Qt::DisplayRole && role != Qt::EditRole)
        return {};
    switch (index.column()) {
    case NumberColumn:
        return index.row() + 1;
    case NameColumn:
        return person.name;
    case EmployeeNumberColumn:
        return person.employeeNumber;
    case UnitColumn:
        return person.unit;
    case StatusColumn:
        return enumLabel(line.status);
    case ExcuseColumn:
        return line.excuse;
    default:
        return {};
    }
}

bool RollCallModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!index.isValid() || role != Qt::EditRole)
        return false;
    if (index.column() == StatusColumn) {
        setStatus(index.row(), static_cast<AttendanceStatus>(value.toInt()));
        return true;
    }
    if (index.column() == ExcuseColumn) {
        Attendance &line = m_lines[index.row()];
        line.excuse = value.toString().simplified();
        if (!line.excuse.isEmpty())
            line.status = AttendanceStatus::Excused; // a reason means an excused absence
        emit dataChanged(this->index(index.row(), 0), this->index(index.row(), ColumnCount - 1));
        return true;
    }
    return false;
}

Qt::ItemFlags RollCallModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags flags = QAbstractTableModel::flags(index);
    if (index.column() == StatusColumn || index.column() == ExcuseColumn)
        flags |= Qt::ItemIsEditable;
    return flags;
}

QVariant RollCallModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NumberColumn:
        return tr("No.");
    case NameColumn:
        return tr("Name");
    case EmployeeNumberColumn:
        return tr("Employee no.");
    case UnitColumn:
        return tr("Unit");
    case PresentColumn:
        return tr("Present");
    case StatusColumn:
        return tr("Status");
    case ExcuseColumn:
        return tr("Reason for leave");
    default:
        return {};
    }
}

void RollCallModel::setLines(const QList<Attendance> &lines)
{
    beginResetModel();
    m_lines = lines;
    endResetModel();
}

RollCallCounts RollCallModel::counts() const
{
    return RollCall::counts(m_lines);
}

bool RollCallModel::contains(qint64 cadreId) const
{
    return std::any_of(m_lines.cbegin(), m_lines.cend(),
                       [cadreId](const Attendance &line) { return line.cadreId == cadreId; });
}

void RollCallModel::togglePresent(int row)
{
    setStatus(row,
              isAttending(m_lines.at(row).status) ? AttendanceStatus::Absent : AttendanceStatus::Present);
}

void RollCallModel::setAllPresent()
{
    for (Attendance &line : m_lines) {
        line.status = AttendanceStatus::Present;
        line.excuse.clear();
    }
    changedAll();
}

void RollCallModel::invert()
{
    for (Attendance &line : m_lines) {
        if (line.status == AttendanceStatus::Excused)
            continue; // leave with a reason is not an absence to flip
        line.status = isAttending(line.status) ? AttendanceStatus::Absent : AttendanceStatus::Present;
    }
    changedAll();
}

void RollCallModel::append(const QList<qint64> &cadreIds)
{
    QList<qint64> added;
    for (qint64 id : cadreIds)
        if (!contains(id) && !added.contains(id))
            added.append(id);
    if (added.isEmpty())
        return;
    beginInsertRows({}, rowCount(), rowCount() + static_cast<int>(added.size()) - 1);
    for (qint64 id : std::as_const(added))
        m_lines.append({QString(), id, m_initialMark, QString()});
    endInsertRows();
}

void RollCallModel::removeLines(QList<int> rows)
{
    std::sort(rows.begin(), rows.end(), std::greater<>());
    rows.erase(std::unique(rows.begin(), rows.end()), rows.end());
    for (int row : std::as_const(rows)) {
        if (row < 0 || row >= rowCount())
            continue;
        beginRemoveRows({}, row, row);
        m_lines.removeAt(row);
        endRemoveRows();
    }
    if (!m_lines.isEmpty()) // numbers after the removed lines moved up
        emit dataChanged(index(0, NumberColumn), index(rowCount() - 1, NumberColumn));
}

void RollCallModel::setStatus(int row, AttendanceStatus status)
{
    Attendance &line = m_lines[row];
    line.status = status;
    if (status != AttendanceStatus::Excused)
        line.excuse.clear();
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

void RollCallModel::changedAll()
{
    if (!m_lines.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

} // namespace rongpei
