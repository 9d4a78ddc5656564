#pragma once

#include "training/PlanProgress.h"

#include <QAbstractTableModel>

namespace rongpei {

/// Development plans of a year with their progress, coloured by how far each is behind the
/// share of the year gone.
class PlanProgressTableModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        EmployeeNumberColumn,
        NameColumn,
        BranchColumn,
        TrackColumn,
        TheoryColumn,     // earned of the target
        ManagementColumn, // earned of the target
        CoursesColumn,    // done of those required
        ProgressColumn,
        OpenCoursesColumn,
        ColumnCount
    };

    using QAbstractTableModel::QAbstractTableModel;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /// `yearGone` (0–100) is the share of the plans' year already past: a plan that far along
    /// is on track.
    void setLines(QList<PlanProgressLine> lines, const QHash<qint64, QString> &courseTitles, double yearGone);
    const PlanProgressLine *lineWithPlan(qint64 planId) const;
    const QList<PlanProgressLine> &lines() const { return m_lines; }

private:
    QVariant display(const PlanProgressLine &line, int column) const;
    QString openCourses(const PlanProgressLine &line) const;

    QList<PlanProgressLine> m_lines;
    QHash<qint64, QString> m_courseTitles;
    double m_yearGone = 0;
};

} // namespace rongpei
