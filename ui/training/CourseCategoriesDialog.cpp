#include "training/CourseCategoriesDialog.h"

#include "common/ErrorMessageBox.h"
#include "training/CourseRepository.h"

#include <QInputDialog>
#include <QListWidget>

namespace rongpei {

CourseCategoriesDialog::CourseCategoriesDialog(CourseRepository &courses, QWidget *parent)
    : ListEditorDialog(tr("Categories of course"), QString(), tr("&Rename…"),
                       tr("Only a category no course is in can be removed"), parent)
    , m_courses(courses)
{
    list()->setObjectName(QStringLiteral("categories"));
    fill();
}

void CourseCategoriesDialog::fill(qint64 selectId)
{
    list()->clear();
    for (const CourseCategory &category : m_courses.categories()) {
        auto *item = new QListWidgetItem(category.name, list());
        item->setData(Qt::UserRole, category.id);
        if (!category.code.isEmpty())
            item->setToolTip(tr("Built in"));
        if (category.id == selectId)
            list()->setCurrentItem(item);
    }
}

void CourseCategoriesDialog::addItem()
{
    bool ok = false;
    const QString name =
        QInputDialog::getText(this, tr("New category"), tr("Name:"), QLineEdit::Normal, {}, &ok);
    if (!ok)
        return;
    try {
        fill(m_courses.addCategory(name));
    } catch (const std::exception &error) {
        showErrorMessage(this, tr("New category"), error);
    }
}

void CourseCategoriesDialog::renameSelected()
{
    const qint64 id = selectedId();
    if (id <= 0)
        return;
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("Rename category"), tr("Name:"), QLineEdit::Normal,
                                               list()->currentItem()->text(), &ok);
    if (!ok)
        return;
    try {
        m_courses.renameCategory(id, name);
        fill(id);
    } catch (const std::exception &error) {
        showErrorMessage(this, tr("Rename category"), error);
    }
}

void CourseCategoriesDialog::removeSelected()
{
    const qint64 id = selectedId();
    if (id <= 0 || !confirmRemoval(tr("Remove category"),
                                   tr("Remove the category \"%1\"?").arg(list()->currentItem()->text())))
        return;
    try {
        m_courses.removeCategory(id);
        fill();
    } catch (const std::exception &error) {
        showErrorMessage(this, tr("Remove category"), error);
    }
}

} // namespace rongpei
