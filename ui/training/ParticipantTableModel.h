#pragma once

#include "training/ClassOverview.h"

#include <QAbstractTableModel>

namespace rongpei {

/// The participants of one class, each with their hours, score and outcome, and why.
class ParticipantTableModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        EmployeeNumberColumn,
        NameColumn,
        BranchColumn,
        TrackColumn,
        AttendedColumn,
        MissedColumn,
        ScoreColumn,
        EarnedColumn,
        OutcomeColumn,
        ColumnCount
    };

    using QAbstractTableModel::QAbstractTableModel;

    void setLines(QList<ParticipantLine> lines);
    const QList<ParticipantLine> &lines() const { return m_lines; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QString text(const ParticipantLine &line, int column) const;

    QList<ParticipantLine> m_lines;
};

} // namespace rongpei
