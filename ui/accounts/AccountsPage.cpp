#include "accounts/AccountsPage.h"

#include "Workspace.h"
#include "accounts/AccountDialog.h"
#include "accounts/AccountRepository.h"
#include "accounts/AccountTableModel.h"
#include "accounts/PasswordDialog.h"
#include "accounts/RecoveryKeyDialog.h"
#include "common/Icons.h"
#include "common/RecordTable.h"
#include "common/SearchFilterProxy.h"
#include "common/TableRoles.h"
#include "organization/OrganizationRepository.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QTableView>
#include <QToolBar>
#include <QVBoxLayout>

namespace rongpei {

AccountsPage::AccountsPage(Workspace &workspace, QWidget *parent)
    : ModulePage(parent)
    , m_workspace(workspace)
    , m_model(new AccountTableModel(this))
    , m_proxy(new SearchFilterProxy(this))
    , m_search(new QLineEdit(this))
    , m_table(new QTableView(this))
    , m_count(new QLabel(this))
{
    auto *toolBar = new QToolBar(this);
    toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolBar
        ->addAction(themedIcon(QStringLiteral("document-new")), tr("New user"), this,
                    &AccountsPage::newRecord)
        ->setToolTip(tr("Add a user (Ctrl+N)"));
    toolBar
        ->addAction(themedIcon(QStringLiteral("document-edit")), tr("Edit"), this,
                    &AccountsPage::editSelected)
        ->setToolTip(tr("Change the selected user's role, branches or status (Enter)"));
    toolBar->addAction(tr("Set password…"), this, &AccountsPage::setPasswordOfSelected)
        ->setToolTip(tr("Give the selected user a new password, for one they forgot"));
    toolBar
        ->addAction(themedIcon(QStringLiteral("edit-delete")), tr("Delete"), this,
                    &AccountsPage::deleteSelected)
        ->setToolTip(tr("Remove the selected user; what they did stays in the audit (Delete)"));
    toolBar->addSeparator();
    toolBar->addAction(tr("New recovery key…"), this, &AccountsPage::renewRecoveryKey)
        ->setToolTip(tr("Replace the recovery key, for one that was lost or seen by others"));

    m_search->setPlaceholderText(tr("Search name, role or branch (Ctrl+F)"));
    m_search->setClearButtonEnabled(true);
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(TableRole::Sort);
    m_table->setObjectName(QStringLiteral("accountsTable"));
    m_table->setModel(m_proxy);
    setUpRecordTable(m_table);
    m_table->sortByColumn(AccountTableModel::NameColumn, Qt::AscendingOrder);
    connect(m_table, &QTableView::activated, this, &AccountsPage::editSelected);
    connect(m_search, &QLineEdit::textChanged, m_proxy, &SearchFilterProxy::setSearchText);
    const auto count = [this] { m_count->setText(tr("%n user(s)", nullptr, m_proxy->rowCount())); };
    connect(m_proxy, &QAbstractItemModel::modelReset, this, count);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, count);
    RecordRepository::onAnyChange(workspace.accounts(), this, [this] {
        if (hasBeenShown())
            refresh();
    });

    auto *filters = new QHBoxLayout;
    filters->addWidget(m_search, 1);
    filters->addWidget(m_count);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(toolBar);
    layout->addLayout(filters);
    layout->addWidget(m_table, 1);
}

QString AccountsPage::title() const
{
    return tr("Users");
}

QString AccountsPage::iconName() const
{
    return QStringLiteral("system-lock-screen");
}

QAbstractItemView *AccountsPage::mainTable() const
{
    return m_table;
}

void AccountsPage::firstShown()
{
    refresh();
}

void AccountsPage::refresh()
{
    try {
        QHash<qint64, QString> names;
        for (const Organization &unit : m_workspace.organizations().all())
            names.insert(unit.id, unit.name);
        m_model->setAccounts(m_workspace.accounts().all(), names);
    } catch (const std::exception &error) {
        showRefusal(tr("Users"), error);
    }
    m_table->resizeColumnsToContents();
}

void AccountsPage::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

const Account *AccountsPage::selected() const
{
    return m_model->accountWithId(selectedRecordId(m_table));
}

void AccountsPage::newRecord()
{
    openDialog(new AccountDialog(m_workspace, Account(), this),
               [this] { emit statusMessage(tr("User added")); });
}

void AccountsPage::editSelected()
{
    if (const Account *account = selected())
        openDialog(new AccountDialog(m_workspace, *account, this),
                   [this] { emit statusMessage(tr("User saved")); });
}

void AccountsPage::setPasswordOfSelected()
{
    if (const Account *account = selected())
        openDialog(new PasswordDialog(m_workspace, *account, this),
                   [this] { emit statusMessage(tr("Password set")); });
}

void AccountsPage::deleteSelected()
{
    const Account *account = selected();
    if (!account)
        return;
    const Account doomed = *account;
    if (!confirm(tr("Delete user"),
                 tr("Delete the user %1? They can no longer sign in; what they did stays in "
                    "the audit trail.")
                     .arg(doomed.label())))
        return;
    try {
        m_workspace.accounts().remove(doomed.id);
        emit statusMessage(tr("User %1 deleted").arg(doomed.name));
    } catch (const std::exception &error) {
        showRefusal(tr("Delete user"), error);
    }
}

void AccountsPage::renewRecoveryKey()
{
    if (!confirm(tr("New recovery key"),
                 tr("Make a new recovery key? The old one stops working; print or write down the new one.")))
        return;
    try {
        const QString key = m_workspace.accounts().renewRecoveryKey();
        RecoveryKeyDialog(key, m_workspace.database().path(), this).exec();
    } catch (const std::exception &error) {
        showRefusal(tr("New recovery key"), error);
    }
}

} // namespace rongpei
