#pragma once

#include "common/YearFiguresPage.h"
#include "study/BranchSummary.h"

class QLabel;
class QLineEdit;
class QTableView;

namespace rongpei {

class BackgroundJob;
class BranchSummaryTableModel;
class SearchFilterProxy;
class Workspace;

/// 党支部汇总: for a year, each branch's hour compliance, attendance rate and 三会一课 side by
/// side, to sort the branches that need help to the top. Computed off the GUI thread.
class BranchSummaryPage final : public YearFiguresPage
{
    Q_OBJECT

public:
    explicit BranchSummaryPage(Workspace &workspace, QWidget *parent = nullptr);

    QString title() const override;
    QString iconName() const override;
    QString guideSection() const override { return QStringLiteral("branch-summary"); }
    QAbstractItemView *mainTable() const override;

    QTableView *table() const { return m_table; }
    SearchFilterProxy *proxy() const { return m_proxy; }
    BranchSummaryTableModel *model() const { return m_model; }
    QLabel *summary() const { return m_summary; }

signals:
    /// New figures arrived and are shown.
    void computed();
    /// Enter on a row: the branch's meeting calendar is wanted.
    void calendarRequested(qint64 branchId);

public slots:
    void focusSearch() override;

protected:
    void compute(int year) override;
    void applyScope() override;

private:
    Workspace &m_workspace;
    BranchSummaryTableModel *m_model;
    SearchFilterProxy *m_proxy;
    QLineEdit *m_search;
    QTableView *m_table;
    QLabel *m_summary;
    BackgroundJob *m_job;
};

} // namespace rongpei
