#pragma once

#include "common/ModulePage.h"

class QComboBox;
class QLabel;
class QSpinBox;
class QStandardItemModel;
class QSortFilterProxyModel;
class QTableView;

namespace rongpei {

class ScopeCombo;
class Workspace;

/// 三会一课: a months × kinds grid of one branch's required meetings, held or missing,
/// and the list of what is overdue across a scope.
class MeetingCalendarPage final : public ModulePage
{
    Q_OBJECT

public:
    explicit MeetingCalendarPage(Workspace &workspace, QWidget *parent = nullptr);

    QString title() const override;
    QIcon icon() const override;

    QStandardItemModel *grid() const { return m_grid; }
    QStandardItemModel *overdueModel() const { return m_overdue; }
    ScopeCombo *branchBox() const { return m_branch; }
    QSpinBox *yearBox() const { return m_year; }

public slots:
    void refresh() override;

protected:
    void showEvent(QShowEvent *event) override;

private:
    void fillGrid();
    void fillOverdue();
    void markStale();

    Workspace &m_workspace;
    QSpinBox *m_year;
    ScopeCombo *m_branch;
    ScopeCombo *m_scope;
    QComboBox *m_stateFilter;
    QStandardItemModel *m_grid;
    QStandardItemModel *m_overdue;
    QSortFilterProxyModel *m_overdueProxy;
    QTableView *m_gridView;
    QTableView *m_overdueView;
    QLabel *m_overdueCount;
    bool m_stale = true;
};

} // namespace rongpei
