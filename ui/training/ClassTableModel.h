#pragma once

#include "training/ClassOverview.h"

#include <QAbstractTableModel>
#include <QHash>

namespace rongpei {

/// The training classes of a period with their figures: cohort, track mix, completion, scores.
class ClassTableModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        NameColumn,
        OrganiserColumn,
        StartsColumn,
        EndsColumn,
        HoursColumn,
        OffTheJobColumn,
        ParticipantsColumn,
        MixColumn,
        CompletionColumn,
        MeanScoreColumn,
        FeedbackColumn,
        LocationColumn,
        ColumnCount
    };

    /// TableRole::Filter of MixColumn.
    enum MixFilter : qint64
    {
        NotJoint = 0,
        JointMixed = 1,
        JointOneSided = 2,
    };

    using QAbstractTableModel::QAbstractTableModel;

    void setClasses(QList<ClassFigures> classes, QHash<qint64, QString> organiserNames);
    const ClassFigures *figuresOf(qint64 id) const;
    int rowOf(qint64 id) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QString text(const ClassFigures &figures, int column) const;

    QList<ClassFigures> m_classes;
    QHash<qint64, QString> m_organiserNames;
};

} // namespace rongpei
