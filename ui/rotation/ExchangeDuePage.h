#pragma once

#include "common/YearFiguresPage.h"

class QLabel;
class QLineEdit;
class QTableView;

namespace rongpei {

class BackgroundJob;
class ExchangeDueTableModel;
class SearchFilterProxy;
class Workspace;

/// 交流到期: the cadres of the scope who have held the same post as long as their level's exchange
/// rule allows, on today (or the last day of a past year), computed off the GUI thread.
class ExchangeDuePage final : public YearFiguresPage
{
    Q_OBJECT

public:
    explicit ExchangeDuePage(Workspace &workspace, QWidget *parent = nullptr);

    QString title() const override;
    QString iconName() const override;
    QString guideSection() const override { return QStringLiteral("exchange-due"); }
    QAbstractItemView *mainTable() const override;

    QTableView *table() const { return m_table; }
    QLabel *summary() const { return m_summary; }
    bool isComputing() const;

signals:
    void computed();

public slots:
    void focusSearch() override;
    void editRules();
    /// The selected cadre's post history.
    void showPostHistory();

protected:
    void compute(int year) override;
    void applyScope() override;

private:
    Workspace &m_workspace;
    ExchangeDueTableModel *m_model;
    SearchFilterProxy *m_proxy;
    QLineEdit *m_search;
    QTableView *m_table;
    QLabel *m_summary;
    BackgroundJob *m_job;
    int m_unknownSince = 0;
};

} // namespace rongpei
