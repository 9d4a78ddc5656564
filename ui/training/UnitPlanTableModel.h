#pragma once

#include "training/UnitPlanProgress.h"

#include <QAbstractTableModel>

namespace rongpei {

/// The yearly training plans with their completion rate (计划完成率), targets met and items fulfilled.
class UnitPlanTableModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        UnitColumn,
        CompletionColumn,
        TargetsColumn,
        ItemsColumn,
        OpenColumn,
        ColumnCount
    };

    using QAbstractTableModel::QAbstractTableModel;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void setStatuses(QList<UnitPlanStatus> statuses);
    const UnitPlanStatus *statusOf(qint64 planId) const;

    static int targetsMet(const UnitPlanStatus &status);
    static int itemsFulfilled(const UnitPlanStatus &status);

private:
    QVariant display(const UnitPlanStatus &status, int column) const;

    QList<UnitPlanStatus> m_statuses;
};

} // namespace rongpei
