#pragma once

#include "storage/RecordRepository.h"
#include "training/Course.h"

#include <optional>

namespace rongpei {

class Clock;

/// The course catalogue and its categories, kept by an administrator. Courses that a class
/// teaches cannot be deleted (make them inactive instead); a category in use cannot either.
class CourseRepository final : public RecordRepository
{
    Q_OBJECT

public:
    CourseRepository(Database &database, const Clock &clock, QObject *parent = nullptr);

    std::optional<Course> find(qint64 id) const;
    /// Every course, by category and title; `activeOnly` leaves out the retired ones.
    QList<Course> all(bool activeOnly = false) const;
    static QList<Course> all(const Database &database, bool activeOnly = false);
    int count() const;

    qint64 add(Course course);
    void update(Course course);
    /// Why `id` cannot be deleted (the classes that teach it); nullopt if it can.
    std::optional<QString> removalRefusal(qint64 id) const;
    Course remove(qint64 id);
    void restore(const Course &course);

    QList<CourseCategory> categories() const;
    static QList<CourseCategory> categories(const Database &database);
    /// Adds a category an administrator named; returns its id.
    qint64 addCategory(const QString &name);
    void renameCategory(qint64 id, const QString &name);
    /// Refused while a course is in the category.
    void removeCategory(qint64 id);

signals:
    /// A category was added, renamed or removed.
    void categoriesChanged();

private:
    Course validated(const Course &course) const;
    qint64 insert(const Course &course, const QString &createdAt);
    QString checkedCategoryName(qint64 id, const QString &name) const;

    const Clock &m_clock;
};

} // namespace rongpei
