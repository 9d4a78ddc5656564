#pragma once

#include <QDialog>

class QListWidget;

namespace rongpei {

class CourseRepository;

/// The categories of course: the built-in ones and those an administrator adds, renames or
/// removes (while no course is in it).
class CourseCategoriesDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit CourseCategoriesDialog(CourseRepository &courses, QWidget *parent = nullptr);

    QListWidget *list() const { return m_list; }

public slots:
    void addCategory();
    void renameSelected();
    void removeSelected();

private:
    void fill(qint64 selectId = 0);
    qint64 selectedId() const;

    CourseRepository &m_courses;
    QListWidget *m_list;
};

} // namespace rongpei
