#pragma once

#include "study/BranchSummary.h"

#include <QAbstractTableModel>

namespace rongpei {

/// 党支部汇总 as a table: one row per branch, every figure a column to sort the worst branches to
/// the top.
class BranchSummaryTableModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        BranchColumn,
        CommitteeColumn,
        CadresColumn,
        OnTrackColumn,
        BehindColumn,
        FarBehindColumn,
        OnTrackShareColumn,
        SessionsColumn,
        AttendanceRateColumn,
        MeetingsHeldColumn,
        MeetingsMissedColumn,
        MeetingsDueColumn,
        ColumnCount
    };

    using QAbstractTableModel::QAbstractTableModel;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void setRows(QList<BranchSummaryRow> rows);
    const QList<BranchSummaryRow> &rows() const { return m_rows; }

private:
    /// The column's figure; a share is 0–1, and none where there is nothing to measure.
    static std::optional<double> figure(const BranchSummaryRow &row, int column);
    QVariant display(const BranchSummaryRow &row, int column) const;

    QList<BranchSummaryRow> m_rows;
};

} // namespace rongpei
