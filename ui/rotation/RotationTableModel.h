#pragma once

#include "rotation/Rotation.h"

#include <QAbstractTableModel>
#include <QHash>

namespace rongpei {

/// Rotations as a table: who, from where to where, the dates, the derived status and direction,
/// and whether an evaluation is overdue.
class RotationTableModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        CadreColumn,
        BranchColumn,
        KindColumn,
        FirstDayColumn,
        LastDayColumn,
        StatusColumn,
        EvaluationColumn,
        DirectionColumn,
        ToColumn,
        FromColumn,
        MentorColumn,
        ColumnCount
    };

    /// What the table names: cadres by id, units by id.
    struct Names
    {
        QHash<qint64, Cadre> cadres;
        QHash<qint64, QString> units;
    };

    using QAbstractTableModel::QAbstractTableModel;

    void setRotations(QList<Rotation> rotations, Names names, QDate today);
    const Rotation *rotationWithId(qint64 id) const;
    const Names &names() const { return m_names; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /// What the evaluation column says of `rotation` on `today`.
    static QString evaluationText(const Rotation &rotation, QDate today);

private:
    QString text(const Rotation &rotation, int column) const;
    QString place(qint64 unitId, const QString &post) const;

    QList<Rotation> m_rotations;
    Names m_names;
    QDate m_today;
};

} // namespace rongpei
