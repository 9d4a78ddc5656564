#pragma once

#include "common/ShellScope.h"

#include <QSet>
#include <QWidget>

#include <optional>

class QComboBox;
class QLineEdit;
class QMenu;
class QSortFilterProxyModel;
class QSpinBox;
class QStandardItemModel;
class QTimer;
class QToolButton;
class QTreeView;

namespace rongpei {

class Clock;
class OrganizationRepository;

/// The scope (every unit, a party committee or a branch — chosen from a searchable tree,
/// usable with hundreds of branches) and the period (a year, quarter or month) at the top
/// of the main window. Every page follows it; it is remembered across restarts.
class ScopePeriodBar final : public QWidget
{
    Q_OBJECT

public:
    ScopePeriodBar(OrganizationRepository &organizations, const Clock &clock, QWidget *parent = nullptr);

    const ShellScope &scope() const { return m_scope; }
    void setUnit(qint64 unitId);
    /// Offers only `units` (a clerk's), starting at the first of them: every page then shows their
    /// records alone.
    void restrictTo(const QSet<qint64> &units);
    void setPeriod(const Period &period);

    QToolButton *scopeButton() const { return m_scopeButton; }
    QLineEdit *scopeSearch() const { return m_search; }
    QTreeView *scopeTree() const { return m_tree; }
    QComboBox *periodKindBox() const { return m_kind; }
    QSpinBox *yearBox() const { return m_year; }
    QComboBox *periodNumberBox() const { return m_number; }

public slots:
    void showPreviousPeriod();
    void showNextPeriod();

signals:
    /// The scope or the period changed (a typed year only once the typing pauses).
    void scopeChanged(const rongpei::ShellScope &scope);

private:
    void fillUnits();
    void chooseUnit(const QModelIndex &proxyIndex);
    void fillPeriodNumbers();
    void periodEdited();
    void step(int direction);
    void update(bool announce);
    /// Keeps the scope (by the unit's uuid, which survives exchange) and the period for the next start.
    void remember(const QString &unitUuid) const;

    OrganizationRepository &m_organizations;
    ShellScope m_scope;
    std::optional<QSet<qint64>> m_readable;
    qint64 m_firstReadable = 0;
    QToolButton *m_scopeButton;
    QMenu *m_scopeMenu;
    QLineEdit *m_search;
    QStandardItemModel *m_units;
    QSortFilterProxyModel *m_filter;
    QTreeView *m_tree;
    QComboBox *m_kind;
    QSpinBox *m_year;
    QComboBox *m_number;
    QTimer *m_typingPause;
};

} // namespace rongpei
