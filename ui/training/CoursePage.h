#pragma once

#include "common/ModulePage.h"

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QTableView;

namespace rongpei {

class CourseTableModel;
class SearchFilterProxy;
class Workspace;

/// 课程库: the course catalogue, by category, with undoable edits; a course taught by a class is
/// retired rather than deleted.
class CoursePage final : public ModulePage
{
    Q_OBJECT

public:
    explicit CoursePage(Workspace &workspace, QWidget *parent = nullptr);

    QString title() const override;
    QString iconName() const override;
    QString guideSection() const override { return QStringLiteral("courses"); }
    QAbstractItemView *mainTable() const override;
    QUndoStack *undoStack() override { return m_undoStack; }
    QTableView *table() const { return m_table; }
    void selectCourse(qint64 id);

public slots:
    void newRecord() override;
    void editSelected() override;
    void deleteSelected() override;
    void focusSearch() override;
    void refresh() override;
    void editCategories();
    /// The selected course's feedback over the years.
    void showFeedback();

protected:
    void firstShown() override;

private:
    void fillCategoryFilter();
    void applyFilters();

    Workspace &m_workspace;
    CourseTableModel *m_model;
    SearchFilterProxy *m_proxy;
    QUndoStack *m_undoStack;
    QLineEdit *m_search;
    QComboBox *m_categoryFilter;
    QCheckBox *m_showRetired;
    QTableView *m_table;
    QLabel *m_count;
};

} // namespace rongpei
