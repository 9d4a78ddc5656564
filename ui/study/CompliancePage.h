#pragma once

#include "common/YearFiguresPage.h"
#include "study/HourCompliance.h"

class QAbstractItemView;
class QComboBox;
class QModelIndex;
class QLabel;
class QLineEdit;
class QTableView;

namespace rongpei {

class BackgroundJob;
class ComplianceTableModel;
class SearchFilterProxy;
class Workspace;

/// 学时达标: for a year and a scope, every cadre's required, expected and earned hours,
/// red, amber or green. Recomputed when shown after sessions, cadres or rules changed.
class CompliancePage final : public YearFiguresPage
{
    Q_OBJECT

public:
    explicit CompliancePage(Workspace &workspace, QWidget *parent = nullptr);

    QString title() const override;
    QString iconName() const override;
    QString guideSection() const override { return QStringLiteral("compliance"); }
    QAbstractItemView *mainTable() const override;

    QTableView *table() const { return m_table; }
    SearchFilterProxy *proxy() const { return m_proxy; }
    ComplianceTableModel *model() const { return m_model; }
    QLabel *summary() const { return m_summary; }
    /// True while the figures are computed off the GUI thread; the previous ones stay shown.
    bool isComputing() const;

signals:
    /// New figures arrived from the background computation and are shown.
    void computed();

public slots:
    void focusSearch() override;
    /// 学习档案 of the cadre in the row (Enter or double-click).
    void showStudyFile(const QModelIndex &index);

protected:
    void compute(int year) override;
    void applyScope() override;

private:
    void showRows(QList<ComplianceRow> rows);

    Workspace &m_workspace;
    ComplianceTableModel *m_model;
    SearchFilterProxy *m_proxy;
    QLineEdit *m_search;
    QComboBox *m_levelFilter;
    QTableView *m_table;
    QLabel *m_summary;
    BackgroundJob *m_job;
};

} // namespace rongpei
