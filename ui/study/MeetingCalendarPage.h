#pragma once

#include "common/ModulePage.h"
#include "study/MeetingCalendar.h"

class QAbstractItemView;
class QComboBox;
class QLabel;
class QSpinBox;
class QStandardItemModel;
class QTableView;
class QTimer;

namespace rongpei {

class BackgroundJob;
class OverdueTableModel;
class SearchFilterProxy;

class ScopeCombo;
class Workspace;

/// 三会一课: a months × kinds grid of one branch's required meetings, held or missing,
/// and the list of what is overdue across a scope.
class MeetingCalendarPage final : public ModulePage
{
    Q_OBJECT

public:
    explicit MeetingCalendarPage(Workspace &workspace, QWidget *parent = nullptr);

    /// A grid cell's data: true if a meeting held in the month lacks its minutes or signed sheet.
    static constexpr int IncompleteRole = Qt::UserRole + 1;

    QString title() const override;
    QString iconName() const override;
    QString guideSection() const override { return QStringLiteral("meetings"); }
    QAbstractItemView *mainTable() const override;

    QStandardItemModel *grid() const { return m_grid; }
    OverdueTableModel *overdueModel() const { return m_overdue; }
    ScopeCombo *branchBox() const { return m_branch; }
    /// True while the grid or the overdue list is computed off the GUI thread.
    bool isComputing() const;

signals:
    /// The grid of the chosen branch, or the overdue list, arrived and is shown.
    void gridComputed();
    void overdueComputed();

public slots:
    void refresh() override;
    /// Shows the calendar of one branch, bringing the page to the front.
    void showBranch(qint64 branchId);

protected:
    void followShellScope() override;
    void showEvent(QShowEvent *event) override;

private:
    void fillGrid();
    void fillOverdue();
    void showGrid(const QList<MeetingCalendarRow> &rows);
    void showOverdue(const QList<OverdueMeeting> &items);
    void showOverdueOfPeriod();
    void updateOverdueCount();
    void markStale();

    Workspace &m_workspace;
    ScopeCombo *m_branch;
    QComboBox *m_stateFilter;
    QStandardItemModel *m_grid;
    OverdueTableModel *m_overdue;
    SearchFilterProxy *m_overdueProxy;
    QList<OverdueMeeting> m_overdueOfYear;
    int m_computedYear = 0;
    std::optional<QSet<qint64>> m_computedBranches;
    QTableView *m_gridView;
    QTableView *m_overdueView;
    QLabel *m_overdueCount;
    BackgroundJob *m_gridJob;
    BackgroundJob *m_overdueJob;
    bool m_stale = true;
};

} // namespace rongpei
