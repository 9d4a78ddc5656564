#pragma once

#include "training/FollowUpRepository.h"

#include <QAbstractTableModel>
#include <QDate>

namespace rongpei {

/// Where a follow-up stands on a day.
enum class FollowUpState
{
    Overdue,  // due and not rated
    Upcoming, // not due yet
    Rated
};

/// The follow-ups owed, one row per participant of a completed off-the-job class.
class FollowUpTableModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        DueColumn,
        StateColumn,
        EmployeeNumberColumn,
        NameColumn,
        BranchColumn,
        ClassColumn,
        EndedColumn,
        RatingColumn,
        RatedByColumn,
        ColumnCount
    };

    using QAbstractTableModel::QAbstractTableModel;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void setLines(QList<FollowUpLine> lines, QDate today);
    const FollowUpLine *lineAt(int row) const;
    static FollowUpState stateOf(const FollowUpLine &line, QDate today);

private:
    QVariant display(const FollowUpLine &line, int column) const;

    QList<FollowUpLine> m_lines;
    QDate m_today;
};

} // namespace rongpei
