#pragma once

#include "study/HourCompliance.h"

#include <QAbstractTableModel>

namespace rongpei {

/// Hour compliance rows as a table, coloured red, amber or green.
class ComplianceTableModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        EmployeeNumberColumn,
        NameColumn,
        BranchColumn,
        CategoryColumn,
        PeriodColumn,
        RequiredColumn,
        ExpectedColumn,
        EarnedColumn,
        SessionHoursColumn, // of the earned hours: from study sessions
        ClassHoursColumn,   // from training classes
        LevelColumn,
        ColumnCount
    };

    using QAbstractTableModel::QAbstractTableModel;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void setRows(QList<ComplianceRow> rows);
    const QList<ComplianceRow> &rows() const { return m_rows; }

private:
    QVariant display(const ComplianceRow &row, int column) const;

    QList<ComplianceRow> m_rows;
};

} // namespace rongpei
