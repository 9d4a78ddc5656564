#pragma once

#include "history/RecycleBin.h"

#include <QAbstractTableModel>
#include <QHash>

#include <vector>

namespace rongpei {

/// The recycle bin's deleted records: when, by whom, what kind, its name, its branch, its parts.
class RecycleBinTableModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        DeletedAtColumn,
        AuthorColumn,
        KindColumn,
        NameColumn,
        BranchColumn,
        PartsColumn,
        ColumnCount
    };

    explicit RecycleBinTableModel(QObject *parent = nullptr);

    /// `unitNames`: the names of the units there are, for the branch a record belonged to.
    void setRecords(std::vector<DeletedRecord> records, QHash<qint64, QString> unitNames);
    const DeletedRecord *recordAt(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    QString text(const DeletedRecord &record, int column) const;
    /// What was deleted with the record, by what its kind calls each part.
    static QString partsText(const DeletedRecord &record);

    std::vector<DeletedRecord> m_records;
    QHash<qint64, QString> m_unitNames;
};

} // namespace rongpei
