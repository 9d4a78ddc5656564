#pragma once

#include "rotation/ExchangeRules.h"

#include <QAbstractTableModel>
#include <QHash>

namespace rongpei {

/// The cadres due for an exchange, with their post, how long they hold it and the rule's years.
class ExchangeDueTableModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        NameColumn,
        BranchColumn,
        PostColumn,
        LevelColumn,
        SinceColumn,
        YearsColumn,
        ThresholdColumn,
        ColumnCount
    };

    using QAbstractTableModel::QAbstractTableModel;

    void setLines(QList<ExchangeDueLine> lines, QHash<qint64, Cadre> cadres, QHash<qint64, QString> units);
    const ExchangeDueLine *lineOf(qint64 cadreId) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QString text(const ExchangeDueLine &line, int column) const;

    QList<ExchangeDueLine> m_lines;
    QHash<qint64, Cadre> m_cadres;
    QHash<qint64, QString> m_units;
};

} // namespace rongpei
