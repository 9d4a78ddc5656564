#pragma once

#include "common/ValidationError.h"
#include "training/Course.h"

#include <QCoreApplication>

namespace rongpei {

/// The rules a course's own fields must satisfy; its category and the uniqueness of its title
/// are checked by CourseRepository, which knows the database.
class CourseValidator final
{
    Q_DECLARE_TR_FUNCTIONS(rongpei::CourseValidator)

public:
    static constexpr int maxTitleLength = 200;
    static constexpr int maxDescriptionLength = 4000;
    static constexpr double maxHours = 1000;

    static Course normalized(Course course);
    static QList<FieldError> validate(const Course &course);
};

} // namespace rongpei
