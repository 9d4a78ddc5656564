#pragma once

#include "study/MeetingCalendar.h"

#include <QAbstractTableModel>
#include <QColor>
#include <QHash>

namespace rongpei {

/// The required meetings not held (missed, or due and not yet held) across a scope, as a
/// table to sort and filter with SearchFilterProxy: thousands of rows for a whole enterprise,
/// so text columns sort by a rank worked out once instead of collating at every comparison.
class OverdueTableModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        BranchColumn,
        MeetingColumn,
        FrequencyColumn,
        PeriodColumn,
        StateColumn,
        ColumnCount
    };

    using QAbstractTableModel::QAbstractTableModel;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void setRows(QList<OverdueMeeting> rows);
    const QList<OverdueMeeting> &rows() const { return m_rows; }

    /// The colour of a period's state, in the grid and in this list alike.
    static QColor stateColor(PeriodState state);
    /// "2026-03", "2026 Q1", "2026 first half" or "2026".
    static QString periodName(const MeetingPeriod &period, MeetingFrequency frequency);

private:
    QVariant display(const OverdueMeeting &row, int column) const;

    QList<OverdueMeeting> m_rows;
    QHash<QString, int> m_branchRank;
    QHash<QString, int> m_meetingRank;
};

} // namespace rongpei
