#pragma once

#include "common/TaskControl.h"
#include "training/PlanSuggestion.h"

#include <QDialog>

#include <functional>

class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace rongpei {

class BackgroundJob;

/// Suggested development plans for every cadre of the chosen branches who has none for the year,
/// in one list to review: each row's reasons are shown below it; the checked ones are accepted
/// together.
class PlanSuggestionsDialog final : public QDialog
{
    Q_OBJECT

public:
    /// Computes the suggestions off the GUI thread, on its own connection.
    using Compute = std::function<QList<SuggestedPlan>(const TaskControl &control)>;
    /// Saves the accepted plans, all or none; throws to refuse them.
    using Accept = std::function<void(const QList<DevelopmentPlan> &plans)>;

    PlanSuggestionsDialog(const QString &scope, int year, Compute compute,
                          const QHash<qint64, QString> &courseTitles, Accept accept,
                          QWidget *parent = nullptr);

    QTableWidget *table() const { return m_table; }
    bool isComputing() const;
    /// The plans checked in the list.
    QList<DevelopmentPlan> checkedPlans() const;
    void setAllChecked(bool checked);

public slots:
    void accept() override;

signals:
    void computed();

private:
    void show(QList<SuggestedPlan> suggestions);
    void fillTable();
    void showReasons();
    void filter(const QString &text);
    void countChecked();

    QHash<qint64, QString> m_courseTitles;
    Accept m_accept;
    QList<SuggestedPlan> m_suggestions;
    BackgroundJob *m_job;
    QLineEdit *m_search;
    QTableWidget *m_table;
    QLabel *m_reasons;
    QLabel *m_count;
    QPushButton *m_acceptButton;
};

} // namespace rongpei
