#pragma once

#include "common/ModulePage.h"

#include <optional>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QSlider;
class QTabWidget;
class QTableView;

namespace rongpei {

class RotationTableModel;
class RotationTimeline;
class SearchFilterProxy;
class Workspace;
struct EvaluationFormData;
struct Rotation;
struct RotationDialogData;

/// 轮岗交流: the rotations of the scope that cover a day of the period, with their derived status
/// and direction and overdue evaluations marked; every edit can be undone. Ending a rotation
/// offers to move the cadre into the host post.
class RotationPage final : public ModulePage
{
    Q_OBJECT

public:
    explicit RotationPage(Workspace &workspace, QWidget *parent = nullptr);

    QString title() const override;
    QString iconName() const override;
    QString guideSection() const override { return QStringLiteral("rotations"); }
    QAbstractItemView *mainTable() const override;
    QUndoStack *undoStack() override { return m_undoStack; }

    QTableView *table() const { return m_table; }
    RotationTimeline *timeline() const { return m_timeline; }
    /// Shows the list (0) or the timeline (1).
    void showView(int index);
    RotationTableModel *model() const { return m_model; }
    void selectRotation(qint64 id);
    /// Opens the rotation `id` for editing (from the timeline, say).
    void openRotation(qint64 id);

public slots:
    void newRecord() override;
    void editSelected() override;
    void deleteSelected() override;
    void focusSearch() override;
    void refresh() override;
    /// Records the last day of the selected rotation and, if asked, the cadre's move to the host post.
    void endSelected();
    /// Ctrl+P: the print preview of the selected rotation's evaluation form (考核鉴定表).
    void print() override;
    void saveEvaluationForm();

protected:
    void firstShown() override;
    void followShellScope() override;

private:
    void applyFilters();
    /// The timeline shows the rotations the table shows, filters and search applied.
    void showTimeline();
    RotationDialogData dialogData(bool cadreFixed);
    void showSaved(qint64 id);
    /// The selected rotation's evaluation form; nullopt (and why, shown) if none is selected.
    std::optional<EvaluationFormData> selectedForm();

    Workspace &m_workspace;
    RotationTableModel *m_model;
    SearchFilterProxy *m_proxy;
    QUndoStack *m_undoStack;
    QLineEdit *m_search;
    QComboBox *m_kindFilter;
    QComboBox *m_statusFilter;
    QCheckBox *m_overdueOnly;
    QTableView *m_table;
    QTabWidget *m_views;
    RotationTimeline *m_timeline;
    QSlider *m_zoom;
    QLabel *m_count;
    bool m_fitTimeline = true;
};

} // namespace rongpei
