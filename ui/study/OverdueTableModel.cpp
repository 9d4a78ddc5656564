#include "study/OverdueTableModel.h"

#include "common/Localization.h"
#include "common/StatusColors.h"
#include "common/TableRoles.h"

#include <QBrush>
#include <QCollator>

#include <algorithm>

namespace rongpei {

namespace {

/// Each distinct text's place in the locale's collation (pinyin order for Chinese).
QHash<QString, int> collationRanks(QStringList texts)
{
    texts.removeDuplicates();
    QCollator collator;
    collator.setNumericMode(true);
    std::sort(texts.begin(), texts.end(),
              [&collator](const QString &a, const QString &b) { return collator.compare(a, b) < 0; });
    QHash<QString, int> ranks;
    for (int i = 0; i < texts.size(); ++i)
        ranks.insert(texts.at(i), i);
    return ranks;
}

} // namespace

int OverdueTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int OverdueTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

void OverdueTableModel::setRows(QList<OverdueMeeting> rows)
{
    QStringList branches;
    QStringList meetings;
    for (const OverdueMeeting &row : std::as_const(rows)) {
        branches.append(row.branchName);
        meetings.append(row.kindName);
    }
    beginResetModel();
    m_rows = std::move(rows);
    m_branchRank = collationRanks(branches);
    m_meetingRank = collationRanks(meetings);
    endResetModel();
}

QColor OverdueTableModel::stateColor(PeriodState state)
{
    switch (state) {
    case PeriodState::Held:
        return StatusColors::good();
    case PeriodState::Missed:
        return StatusColors::bad();
    case PeriodState::Due:
        return StatusColors::warning();
    case PeriodState::Upcoming:
    case PeriodState::BeforeRecords:
        return StatusColors::idle();
    }
    return {};
}

QString OverdueTableModel::periodName(const MeetingPeriod &period, MeetingFrequency frequency)
{
    const int year = period.start.year();
    switch (frequency) {
    case MeetingFrequency::Monthly:
        return tr("%1-%2").arg(year).arg(period.start.month(), 2, 10, QChar(u'0'));
    case MeetingFrequency::Quarterly:
        return tr("%1 Q%2").arg(year).arg((period.start.month() + 2) / 3);
    case MeetingFrequency::HalfYearly:
        return period.start.month() == 1 ? tr("%1 first half").arg(year) : tr("%1 second half").arg(year);
    case MeetingFrequency::Yearly:
    case MeetingFrequency::NotRequired:
        return QString::number(year);
    }
    return {};
}

QVariant OverdueTableModel::display(const OverdueMeeting &row, int column) const
{
    switch (column) {
    case BranchColumn:
        return row.branchName;
    case MeetingColumn:
        return row.kindName;
    case FrequencyColumn:
        return enumLabel(row.frequency);
    case PeriodColumn:
        return periodName(row.period, row.frequency);
    case StateColumn:
        return enumLabel(row.state);
    default:
        return {};
    }
}

QVariant OverdueTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const OverdueMeeting &row = m_rows.at(index.row());
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        return display(row, column);
    case Qt::BackgroundRole:
        return column == StateColumn ? QVariant(QBrush(stateColor(row.state))) : QVariant();
    case Qt::ForegroundRole:
        return column == StateColumn ? QVariant(QBrush(Qt::black)) : QVariant();
    case TableRole::Id:
        return row.branchId;
    case TableRole::Filter:
        if (column == BranchColumn)
            return row.branchId;
        if (column == StateColumn)
            return static_cast<qint64>(row.state);
        return {};
    case TableRole::Sort:
        switch (column) {
        case BranchColumn:
            return m_branchRank.value(row.branchName);
        case MeetingColumn:
            return m_meetingRank.value(row.kindName);
        case FrequencyColumn:
            return static_cast<int>(row.frequency);
        case PeriodColumn:
            return row.period.start;
        case StateColumn:
            return static_cast<int>(row.state);
        default:
            return {};
        }
    default:
        return {};
    }
}

QVariant OverdueTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case BranchColumn:
        return tr("Branch");
    case MeetingColumn:
        return tr("Meeting");
    case FrequencyColumn:
        return tr("Frequency");
    case PeriodColumn:
        return tr("Period");
    case StateColumn:
        return tr("State");
    default:
        return {};
    }
}

} // namespace rongpei
