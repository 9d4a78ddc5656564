#pragma once

#include "common/YearFiguresPage.h"
#include "training/UnitPlanProgress.h"

class QLabel;
class QLineEdit;
class QTableView;
class QTableWidget;

namespace rongpei {

class BackgroundJob;
class SearchFilterProxy;
class UnitPlanTableModel;
class Workspace;

/// 年度融合培养计划: the yearly training plans of the enterprise, its committees and branches, each
/// with its completion rate (计划完成率) computed from the records, and, for the plan selected,
/// its targets against what was reached and its items with what fulfils them.
class UnitPlanPage final : public YearFiguresPage
{
    Q_OBJECT

public:
    explicit UnitPlanPage(Workspace &workspace, QWidget *parent = nullptr);

    QString title() const override;
    QString iconName() const override;
    QString guideSection() const override { return QStringLiteral("unit-plans"); }
    QAbstractItemView *mainTable() const override;
    QUndoStack *undoStack() override { return m_undoStack; }

    QTableView *table() const { return m_table; }
    QTableWidget *targets() const { return m_targets; }
    QTableWidget *items() const { return m_items; }
    QLabel *summary() const { return m_summary; }
    bool isComputing() const;
    void selectPlan(qint64 id);

signals:
    void computed();

public slots:
    void newRecord() override;
    void editSelected() override;
    void deleteSelected() override;
    void focusSearch() override;

protected:
    void compute(int year) override;
    void applyScope() override;

private:
    void showStatuses(QList<UnitPlanStatus> statuses);
    void showDetails();
    void openPlanDialog(const UnitPlan &plan);

    Workspace &m_workspace;
    UnitPlanTableModel *m_model;
    SearchFilterProxy *m_proxy;
    QUndoStack *m_undoStack;
    QLineEdit *m_search;
    QTableView *m_table;
    QTableWidget *m_targets;
    QTableWidget *m_items;
    QLabel *m_summary;
    BackgroundJob *m_job;
    qint64 m_selectAfterCompute = 0;
};

} // namespace rongpei
