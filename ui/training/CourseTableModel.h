#pragma once

#include "training/Course.h"

#include <QAbstractTableModel>
#include <QHash>

namespace rongpei {

/// The course catalogue as a table.
class CourseTableModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        TitleColumn,
        CategoryColumn,
        SideColumn,
        TeachingModeColumn,
        HoursColumn,
        ProviderColumn,
        ActiveColumn,
        DescriptionColumn,
        ColumnCount
    };

    using QAbstractTableModel::QAbstractTableModel;

    void setCourses(QList<Course> courses, const QList<CourseCategory> &categories);
    const Course *courseWithId(qint64 id) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QString text(const Course &course, int column) const;

    QList<Course> m_courses;
    QHash<qint64, QString> m_categoryNames;
    QHash<qint64, int> m_categoryOrder;
};

} // namespace rongpei
