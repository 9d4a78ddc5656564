#include "training/CoursePage.h"

#include "Workspace.h"
#include "common/ColumnWidths.h"
#include "common/Icons.h"
#include "common/RecordTable.h"
#include "common/SearchFilterProxy.h"
#include "common/TableRoles.h"
#include "storage/Database.h"
#include "training/CourseCategoriesDialog.h"
#include "training/CourseDialog.h"
#include "training/CourseFeedbackDialog.h"
#include "training/CourseRepository.h"
#include "training/CourseTableModel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QTableView>
#include <QToolBar>
#include <QVBoxLayout>

namespace rongpei {

inline QString undoLabel(const Course &course)
{
    return course.title;
}

CoursePage::CoursePage(Workspace &workspace, QWidget *parent)
    : ModulePage(parent)
    , m_workspace(workspace)
    , m_model(new CourseTableModel(this))
    , m_proxy(new SearchFilterProxy(this))
    , m_undoStack(new QUndoStack(this))
    , m_search(new QLineEdit(this))
    , m_categoryFilter(new QComboBox(this))
    , m_showRetired(new QCheckBox(tr("Show retired"), this))
    , m_table(new QTableView(this))
    , m_count(new QLabel(this))
{
    auto *toolBar = new QToolBar(this);
    toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolBar
        ->addAction(themedIcon(QStringLiteral("document-new")), tr("New course"), this,
                    &CoursePage::newRecord)
        ->setToolTip(tr("Add a course to the catalogue (Ctrl+N)"));
    toolBar
        ->addAction(themedIcon(QStringLiteral("document-edit")), tr("Edit"), this, &CoursePage::editSelected)
        ->setToolTip(tr("Edit the selected course (Enter)"));
    toolBar
        ->addAction(themedIcon(QStringLiteral("edit-delete")), tr("Delete"), this,
                    &CoursePage::deleteSelected)
        ->setToolTip(tr("Delete the selected course; one a class teaches can only be retired (Delete)"));
    toolBar->addSeparator();
    toolBar
        ->addAction(themedIcon(QStringLiteral("bookmark-new")), tr("Categories…"), this,
                    &CoursePage::editCategories)
        ->setToolTip(tr("Add, rename or remove categories of course"));
    toolBar
        ->addAction(themedIcon(QStringLiteral("mail-message-new")), tr("Feedback over the years…"), this,
                    &CoursePage::showFeedback)
        ->setToolTip(tr("The selected course's feedback forms, year by year"));

    m_search->setObjectName(QStringLiteral("courseSearch"));
    m_search->setPlaceholderText(tr("Search title, category, mode, provider or description (Ctrl+F)"));
    m_search->setClearButtonEnabled(true);
    m_categoryFilter->setObjectName(QStringLiteral("courseCategoryFilter"));
    m_showRetired->setObjectName(QStringLiteral("showRetired"));
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(TableRole::Sort);
    m_table->setObjectName(QStringLiteral("courseTable"));
    m_table->setModel(m_proxy);
    ColumnWidths::keep(m_table, QStringLiteral("courses"));
    setUpRecordTable(m_table);
    m_table->sortByColumn(CourseTableModel::CategoryColumn, Qt::AscendingOrder);
    m_table->setContextMenuPolicy(Qt::ActionsContextMenu);
    for (QAction *action : toolBar->actions())
        if (!action->isSeparator())
            m_table->addAction(action);

    auto *filters = new QHBoxLayout;
    filters->addWidget(m_search, 1);
    filters->addWidget(m_categoryFilter);
    filters->addWidget(m_showRetired);
    filters->addWidget(m_count);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(toolBar);
    layout->addLayout(filters);
    layout->addWidget(m_table, 1);

    connect(m_search, &QLineEdit::textChanged, m_proxy, &SearchFilterProxy::setSearchText);
    connect(m_categoryFilter, &QComboBox::currentIndexChanged, this, &CoursePage::applyFilters);
    connect(m_showRetired, &QCheckBox::toggled, this, &CoursePage::applyFilters);
    connect(m_table, &QTableView::activated, this, &CoursePage::editSelected);
    const auto count = [this] { m_count->setText(tr("%n course(s)", nullptr, m_proxy->rowCount())); };
    connect(m_proxy, &QAbstractItemModel::modelReset, this, count);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, count);
    RecordRepository::onAnyChange(workspace.courses(), this, [this] {
        if (hasBeenShown())
            refresh();
    });
    connect(&workspace.courses(), &CourseRepository::categoriesChanged, this, [this] {
        if (hasBeenShown())
            refresh();
    });
    applyFilters();
}

QString CoursePage::title() const
{
    return tr("Course catalogue");
}

QString CoursePage::iconName() const
{
    return QStringLiteral("accessories-text-editor");
}

QAbstractItemView *CoursePage::mainTable() const
{
    return m_table;
}

void CoursePage::firstShown()
{
    refresh();
}

void CoursePage::refresh()
{
    const qint64 selected = selectedRecordId(m_table);
    const QList<CourseCategory> categories = m_workspace.courses().categories();
    m_model->setCourses(m_workspace.courses().all(), categories);
    fillCategoryFilter();
    selectCourse(selected);
}

void CoursePage::fillCategoryFilter()
{
    const qint64 previous = m_categoryFilter->currentData().toLongLong();
    const QSignalBlocker blocker(m_categoryFilter);
    m_categoryFilter->clear();
    m_categoryFilter->addItem(tr("All categories"), qint64(0));
    for (const CourseCategory &category : m_workspace.courses().categories())
        m_categoryFilter->addItem(category.name, category.id);
    m_categoryFilter->setCurrentIndex(qMax(0, m_categoryFilter->findData(previous)));
    applyFilters();
}

void CoursePage::applyFilters()
{
    const qint64 category = m_categoryFilter->currentData().toLongLong();
    m_proxy->setAccepted(CourseTableModel::CategoryColumn,
                         category > 0 ? std::optional(QSet<qint64>{category}) : std::nullopt);
    m_proxy->setAccepted(CourseTableModel::ActiveColumn,
                         m_showRetired->isChecked() ? std::nullopt : std::optional(QSet<qint64>{1}));
}

void CoursePage::selectCourse(qint64 id)
{
    selectRecord(m_table, m_proxy, id);
}

void CoursePage::focusSearch()
{
    m_search->setFocus();
    m_search->selectAll();
}

void CoursePage::newRecord()
{
    Course course;
    course.categoryId = m_categoryFilter->currentData().toLongLong();
    course.hours = 4;
    auto addedId = std::make_shared<qint64>(0);
    auto *dialog =
        new CourseDialog(course, m_workspace.courses().categories(),
                         addingSaver<CourseRepository, Course>(m_workspace.courses(), addedId), this);
    openDialog(dialog, [this, addedId] {
        emit statusMessage(tr("Course saved."));
        refresh();
        selectCourse(*addedId);
    });
}

void CoursePage::editSelected()
{
    const qint64 id = selectedRecordId(m_table);
    if (id <= 0)
        return;
    const std::optional<Course> before = m_workspace.courses().find(id);
    if (!before) {
        refresh();
        return;
    }
    auto *dialog = new CourseDialog(*before, m_workspace.courses().categories(),
                                    editingSaver(m_workspace.courses(), *before), this);
    dialog->followRecord(tr("History: %1").arg(before->title), m_workspace, QStringLiteral("course"),
                         before->uuid);
    openDialog(dialog, [this, id] {
        emit statusMessage(tr("Changes saved."));
        refresh();
        selectCourse(id);
    });
}

void CoursePage::deleteSelected()
{
    const qint64 id = selectedRecordId(m_table);
    const Course *course = m_model->courseWithId(id);
    if (!course)
        return;
    deleteWithUndo(m_workspace.courses(), id, tr("Delete course"),
                   tr("Delete the course \"%1\" from the catalogue?\n\nYou can undo this with Ctrl+Z.")
                       .arg(course->title),
                   tr("Course deleted. Ctrl+Z brings it back."));
}

void CoursePage::editCategories()
{
    auto *dialog = new CourseCategoriesDialog(m_workspace.courses(), this);
    openDialog(dialog, [] {});
}

void CoursePage::showFeedback()
{
    const Course *course = m_model->courseWithId(selectedRecordId(m_table));
    if (!course)
        return;
    openDialog(new CourseFeedbackDialog(
                   course->title, FeedbackSummaries::ofCourse(m_workspace.database(), course->id), this),
               [] {});
}

} // namespace rongpei
