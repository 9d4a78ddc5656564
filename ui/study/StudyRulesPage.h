#pragma once

#include "common/ModulePage.h"
#include "study/StudySession.h"

#include <QHash>
#include <QModelIndex>

#include <functional>

class QAbstractItemView;
class QCheckBox;
class QVBoxLayout;
class QSortFilterProxyModel;
class QStandardItem;
class QStandardItemModel;
class QTabWidget;
class QTableView;

namespace rongpei {

class Workspace;

/// 学习规则: for administrators, the rules study is measured by — hour requirements,
/// 三会一课 frequencies, kinds of session, hour conversions and which roll-call marks
/// earn hours. Every change is saved at once through StudyRuleRepository; adding, editing and
/// deleting a rule can be undone (the marks that earn hours are a setting, not a record).
class StudyRulesPage final : public ModulePage
{
    Q_OBJECT

public:
    enum Tab
    {
        RequirementsTab,
        MeetingRulesTab,
        KindsTab,
        ConversionsTab,
        EarningTab
    };

    explicit StudyRulesPage(Workspace &workspace, QWidget *parent = nullptr);

    QString title() const override;
    QString iconName() const override;
    QString guideSection() const override { return QStringLiteral("rules"); }
    QAbstractItemView *mainTable() const override;
    QUndoStack *undoStack() override { return m_undoStack; }

    QTabWidget *tabs() const { return m_tabs; }
    /// The table of a tab, or nullptr for the earning tab.
    QTableView *table(Tab tab) const;
    /// Selects the row of record `id` in the table of `tab`; false if it is not there.
    bool selectRecord(Tab tab, qint64 id);
    /// The id of the selected record in the table of `tab`, or 0.
    qint64 selectedId(Tab tab) const;

public slots:
    void newRecord() override;
    void editSelected() override;
    void deleteSelected() override;
    void refresh() override;

protected:
    void firstShown() override;

private:
    struct Table
    {
        QStandardItemModel *model = nullptr;
        QSortFilterProxyModel *proxy = nullptr;
        QTableView *view = nullptr;
    };

    QWidget *createTableTab(Tab tab, const QString &objectName, const QStringList &headers,
                            const QString &addText, const QString &addTip);
    QWidget *createEarningTab();
    void reload();
    /// Replaces the rows of a table, keeping the selection; each row's first item holds the id.
    void fillTable(Tab tab, const QList<QList<QStandardItem *>> &rows);
    void saveEarningStatuses();
    void saveRateLeftOutStatuses();
    QHash<AttendanceStatus, QCheckBox *> addMarkBoxes(QVBoxLayout *layout, const QString &namePrefix,
                                                      const QString &labelFormat,
                                                      void (StudyRulesPage::*save)());
    void saveMarks(const std::function<void()> &save, const QString &title, const QString &saved);
    Tab currentTab() const;
    QModelIndex selectedIndex(Tab tab) const;

    Workspace &m_workspace;
    QTabWidget *m_tabs;
    QUndoStack *m_undoStack;
    Table m_tables[EarningTab];
    QHash<AttendanceStatus, QCheckBox *> m_earning;
    QHash<AttendanceStatus, QCheckBox *> m_rateLeftOut;
};

} // namespace rongpei
