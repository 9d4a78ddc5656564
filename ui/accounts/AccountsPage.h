#pragma once

#include "accounts/Account.h"
#include "common/ModulePage.h"

class QLabel;
class QLineEdit;
class QTableView;

namespace rongpei {

class AccountTableModel;
class SearchFilterProxy;
class Workspace;

/// 用户管理: the administrator's list of users, to add, change, disable, set a password for and
/// remove; the last administrator is kept.
class AccountsPage final : public ModulePage
{
    Q_OBJECT

public:
    explicit AccountsPage(Workspace &workspace, QWidget *parent = nullptr);

    QString title() const override;
    QString iconName() const override;
    QString guideSection() const override { return QStringLiteral("users"); }
    QAbstractItemView *mainTable() const override;
    QTableView *table() const { return m_table; }

public slots:
    void newRecord() override;
    void editSelected() override;
    void deleteSelected() override;
    void focusSearch() override;
    void refresh() override;
    void setPasswordOfSelected();
    void renewRecoveryKey();

protected:
    void firstShown() override;

private:
    const Account *selected() const;

    Workspace &m_workspace;
    AccountTableModel *m_model;
    SearchFilterProxy *m_proxy;
    QLineEdit *m_search;
    QTableView *m_table;
    QLabel *m_count;
};

} // namespace rongpei
