#include "training/CourseTableModel.h"

#include "common/Localization.h"
#include "common/TableRoles.h"

#include <QColor>
#include <QLocale>

namespace rongpei {

void CourseTableModel::setCourses(QList<Course> courses, const QList<CourseCategory> &categories)
{
    beginResetModel();
    m_courses = std::move(courses);
    m_categoryNames.clear();
    m_categoryOrder.clear();
    for (const CourseCategory &category : categories) {
        m_categoryNames.insert(category.id, category.name);
        m_categoryOrder.insert(category.id, category.sortOrder);
    }
    endResetModel();
}

const Course *CourseTableModel::courseWithId(qint64 id) const
{
    for (const Course &course : m_courses)
        if (course.id == id)
            return &course;
    return nullptr;
}

int CourseTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_courses.size());
}

int CourseTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString CourseTableModel::text(const Course &course, int column) const
{
    switch (column) {
    case TitleColumn:
        return course.title;
    case CategoryColumn:
        return m_categoryNames.value(course.categoryId);
    case SideColumn:
        return enumLabel(course.side);
    case TeachingModeColumn:
        return enumLabel(course.teachingMode);
    case HoursColumn:
        return QLocale().toString(course.hours, 'g', 6);
    case ProviderColumn:
        return enumLabel(course.provider);
    case ActiveColumn:
        return course.active ? tr("In use") : tr("Retired");
    case DescriptionColumn:
        return course.description.simplified();
    default:
        return {};
    }
}

QVariant CourseTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const Course &course = m_courses.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return text(course, index.column());
    case Qt::ToolTipRole:
        return index.column() == DescriptionColumn || index.column() == TitleColumn ? course.description
                                                                                    : QVariant();
    case Qt::TextAlignmentRole:
        return index.column() == HoursColumn ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    case Qt::ForegroundRole:
        return course.active ? QVariant() : QVariant(QColor(Qt::gray));
    case TableRole::Id:
        return course.id;
    case TableRole::Filter:
        switch (index.column()) {
        case CategoryColumn:
            return course.categoryId;
        case ActiveColumn:
            return course.active ? 1 : 0;
        default:
            return {};
        }
    case TableRole::SearchText:
        return rowSearchText(ColumnCount, [&](int column) { return text(course, column); });
    case TableRole::Sort:
        switch (index.column()) {
        case HoursColumn:
            return course.hours;
        case CategoryColumn:
            return m_categoryOrder.value(course.categoryId);
        default:
            return text(course, index.column());
        }
    default:
        return {};
    }
}

QVariant CourseTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TitleColumn:
        return tr("Course");
    case CategoryColumn:
        return tr("Category");
    case SideColumn:
        return tr("Mainly serves");
    case TeachingModeColumn:
        return tr("Teaching mode");
    case HoursColumn:
        return tr("Hours");
    case ProviderColumn:
        return tr("Provider");
    case ActiveColumn:
        return tr("Status");
    case DescriptionColumn:
        return tr("Description");
    default:
        return {};
    }
}

} // namespace rongpei
