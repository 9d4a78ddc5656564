#pragma once

#include "common/ListEditorDialog.h"

namespace rongpei {

class CourseRepository;

/// The categories of course: the built-in ones and those an administrator adds, renames or
/// removes (while no course is in it).
class CourseCategoriesDialog final : public ListEditorDialog
{
    Q_OBJECT

public:
    explicit CourseCategoriesDialog(CourseRepository &courses, QWidget *parent = nullptr);

public slots:
    void addItem() override;
    void renameSelected() override;
    void removeSelected() override;

private:
    void fill(qint64 selectId = 0);

    CourseRepository &m_courses;
};

} // namespace rongpei
