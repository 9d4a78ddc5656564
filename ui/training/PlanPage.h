#pragma once

#include "common/YearFiguresPage.h"
#include "training/PlanProgress.h"

class QComboBox;
class QLabel;
class QLineEdit;
class QTableView;

namespace rongpei {

class BackgroundJob;
class PlanProgressTableModel;
class SearchFilterProxy;
class Workspace;
struct PlanDialogData;

/// 培养规划: every cadre's development plan of the year with its progress from the records;
/// plans are made by hand or from suggestions, one cadre or a whole branch at once, and every
/// edit can be undone.
class PlanPage final : public YearFiguresPage
{
    Q_OBJECT

public:
    explicit PlanPage(Workspace &workspace, QWidget *parent = nullptr);

    QString title() const override;
    QString iconName() const override;
    QString guideSection() const override { return QStringLiteral("plans"); }
    QAbstractItemView *mainTable() const override;
    QUndoStack *undoStack() override { return m_undoStack; }

    QTableView *table() const { return m_table; }
    PlanProgressTableModel *model() const { return m_model; }
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
    /// Suggested plans for the cadres in scope who have none, reviewed in one list.
    void suggestForScope();

protected:
    void compute(int year) override;
    void applyScope() override;

private:
    void showLines(QList<PlanProgressLine> lines);
    PlanDialogData dialogData(qint64 cadreId);
    QHash<qint64, QString> courseTitles() const;
    QSet<qint64> branchesInScope() const;

    Workspace &m_workspace;
    PlanProgressTableModel *m_model;
    SearchFilterProxy *m_proxy;
    QUndoStack *m_undoStack;
    QLineEdit *m_search;
    QComboBox *m_trackFilter;
    QTableView *m_table;
    QLabel *m_summary;
    BackgroundJob *m_job;
    qint64 m_selectAfterCompute = 0;
};

} // namespace rongpei
