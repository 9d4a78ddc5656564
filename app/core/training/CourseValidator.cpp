#include "training/CourseValidator.h"

#include <cmath>

namespace rongpei {

Course CourseValidator::normalized(Course course)
{
    course.title = course.title.simplified();
    course.description = course.description.trimmed();
    course.hours = std::round(course.hours * 100) / 100;
    return course;
}

QList<FieldError> CourseValidator::validate(const Course &course)
{
    QList<FieldError> errors;
    if (course.title.isEmpty())
        errors.append({CourseField::title, tr("Enter the name of the course.")});
    else if (course.title.size() > maxTitleLength)
        errors.append(
            {CourseField::title, tr("The name is longer than %n characters.", nullptr, maxTitleLength)});
    if (course.categoryId <= 0)
        errors.append({CourseField::category, tr("Choose the category.")});
    if (!(course.hours > 0) || course.hours > maxHours)
        errors.append(
            {CourseField::hours, tr("The hours must be more than 0 and at most %1.").arg(maxHours)});
    if (course.description.size() > maxDescriptionLength)
        errors.append({CourseField::description,
                       tr("The description may hold at most %n characters.", nullptr, maxDescriptionLength)});
    return errors;
}

} // namespace rongpei
