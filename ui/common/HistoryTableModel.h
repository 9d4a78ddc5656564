#pragma once

#include "history/RecordHistory.h"

#include <QAbstractTableModel>

#include <vector>

namespace rongpei {

/// A record's history lines for a table: when, who, change, concerning, field, before, after.
class HistoryTableModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        WhenColumn,
        AuthorColumn,
        OperationColumn,
        SubjectColumn,
        FieldColumn,
        BeforeColumn,
        AfterColumn,
        ColumnCount
    };

    explicit HistoryTableModel(QObject *parent = nullptr);

    void setLines(std::vector<HistoryLine> lines);
    const std::vector<HistoryLine> &lines() const { return m_lines; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    QString text(const HistoryLine &line, int column) const;

    std::vector<HistoryLine> m_lines;
};

} // namespace rongpei
