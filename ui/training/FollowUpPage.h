#pragma once

#include "common/ModulePage.h"

class QComboBox;
class QLabel;
class QLineEdit;
class QTableView;

namespace rongpei {

class FollowUpTableModel;
class SearchFilterProxy;
class Workspace;
struct FollowUp;
struct FollowUpLine;

/// 跟踪评估: the follow-ups falling due in the period, and those still unrated from the year
/// before, for the supervisors' ratings of how participants apply a completed off-the-job class.
/// A digit 1–5 rates the selected line at once; every rating can be undone.
class FollowUpPage final : public ModulePage
{
    Q_OBJECT

public:
    explicit FollowUpPage(Workspace &workspace, QWidget *parent = nullptr);

    QString title() const override;
    QString iconName() const override;
    QString guideSection() const override { return QStringLiteral("follow-ups"); }
    QAbstractItemView *mainTable() const override;
    QUndoStack *undoStack() override { return m_undoStack; }

    QTableView *table() const { return m_table; }
    QLabel *summary() const { return m_summary; }
    QComboBox *stateFilter() const { return m_stateFilter; }
    /// Rates the selected follow-up `rating` today, by the rater last named.
    void rateSelected(int rating);

public slots:
    void editSelected() override;
    void deleteSelected() override;
    void focusSearch() override;
    void refresh() override;

protected:
    void firstShown() override;
    void followShellScope() override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    const FollowUpLine *selectedLine() const;
    void save(const FollowUpLine &line, const FollowUp &followUp);
    void applyFilters();

    Workspace &m_workspace;
    FollowUpTableModel *m_model;
    SearchFilterProxy *m_proxy;
    QUndoStack *m_undoStack;
    QLineEdit *m_search;
    QComboBox *m_stateFilter;
    QTableView *m_table;
    QLabel *m_summary;
    QString m_lastRater;
    int m_followUpDays = 0; // as the rules were at the last refresh
};

} // namespace rongpei
