#pragma once

#include "history/AuditTrail.h"

#include <QAbstractTableModel>
#include <QHash>

#include <vector>

namespace rongpei {

/// The audit view's lines: when, who, what kind of record, which, its unit, the change, the field,
/// before and after side by side.
class AuditTableModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        AtColumn,
        UserColumn,
        KindColumn,
        RecordColumn,
        UnitColumn,
        OperationColumn,
        FieldColumn,
        BeforeColumn,
        AfterColumn,
        AuthorColumn,
        ColumnCount
    };

    explicit AuditTableModel(QObject *parent = nullptr);

    void setLines(std::vector<AuditLine> lines, QHash<qint64, QString> unitNames);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    QString text(const AuditLine &line, int column) const;

    std::vector<AuditLine> m_lines;
    QHash<qint64, QString> m_unitNames;
};

} // namespace rongpei
