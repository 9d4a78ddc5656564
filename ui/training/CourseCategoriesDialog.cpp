#include "training/CourseCategoriesDialog.h"

#include "common/ErrorMessageBox.h"
#include "training/CourseRepository.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

namespace rongpei {

CourseCategoriesDialog::CourseCategoriesDialog(CourseRepository &courses, QWidget *parent)
    : QDialog(parent)
    , m_courses(courses)
    , m_list(new QListWidget(this))
{
    setWindowTitle(tr("Categories of course"));
    m_list->setObjectName(QStringLiteral("categories"));
    auto *add = new QPushButton(tr("&Add…"), this);
    auto *rename = new QPushButton(tr("&Rename…"), this);
    auto *remove = new QPushButton(tr("Re&move"), this);
    remove->setToolTip(tr("Only a category no course is in can be removed"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(add, &QPushButton::clicked, this, &CourseCategoriesDialog::addCategory);
    connect(rename, &QPushButton::clicked, this, &CourseCategoriesDialog::renameSelected);
    connect(remove, &QPushButton::clicked, this, &CourseCategoriesDialog::removeSelected);
    connect(m_list, &QListWidget::itemActivated, this, &CourseCategoriesDialog::renameSelected);

    auto *side = new QVBoxLayout;
    side->addWidget(add);
    side->addWidget(rename);
    side->addWidget(remove);
    side->addStretch();
    auto *row = new QHBoxLayout;
    row->addWidget(m_list, 1);
    row->addLayout(side);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(row);
    layout->addWidget(buttons);
    fill();
}

void CourseCategoriesDialog::fill(qint64 selectId)
{
    m_list->clear();
    for (const CourseCategory &category : m_courses.categories()) {
        auto *item = new QListWidgetItem(category.name, m_list);
        item->setData(Qt::UserRole, category.id);
        if (!category.code.isEmpty())
            item->setToolTip(tr("Built in"));
        if (category.id == selectId)
            m_list->setCurrentItem(item);
    }
}

qint64 CourseCategoriesDialog::selectedId() const
{
    const QListWidgetItem *item = m_list->currentItem();
    return item ? item->data(Qt::UserRole).toLongLong() : 0;
}

void CourseCategoriesDialog::addCategory()
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
                                               m_list->currentItem()->text(), &ok);
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
    if (id <= 0)
        return;
    if (QMessageBox::question(this, tr("Remove category"),
                              tr("Remove the category \"%1\"?").arg(m_list->currentItem()->text()),
                              QMessageBox::Yes | QMessageBox::No, QMessageBox::No) != QMessageBox::Yes)
        return;
    try {
        m_courses.removeCategory(id);
        fill();
    } catch (const std::exception &error) {
        showErrorMessage(this, tr("Remove category"), error);
    }
}

} // namespace rongpei
