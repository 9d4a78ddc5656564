#include "accounts/AccountDialog.h"

#include "Workspace.h"
#include "accounts/AccountRepository.h"
#include "accounts/PasswordFields.h"
#include "common/EnumCombo.h"
#include "common/ValidationError.h"
#include "organization/OrganizationRepository.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QListWidget>

namespace rongpei {

AccountDialog::AccountDialog(Workspace &workspace, const Account &account, QWidget *parent)
    : RecordDialog(parent)
    , m_workspace(workspace)
    , m_account(account)
    , m_name(new QLineEdit(account.name, this))
    , m_displayName(new QLineEdit(account.displayName, this))
    , m_role(enumCombo<AccountRole>(this, QStringLiteral("role")))
    , m_units(new QListWidget(this))
    , m_active(new QCheckBox(tr("May sign in"), this))
{
    setWindowTitle(account.id == 0 ? tr("New user") : tr("User %1").arg(account.label()));
    m_name->setObjectName(QStringLiteral("userName"));
    m_displayName->setObjectName(QStringLiteral("displayName"));
    m_units->setObjectName(QStringLiteral("units"));
    selectEnum(m_role, account.role);
    m_active->setChecked(account.active);
    // The branches and committees a clerk may work for, indented under their committee.
    for (const Organization &unit : workspace.organizations().all()) {
        if (unit.kind != OrganizationKind::Branch && unit.kind != OrganizationKind::Committee)
            continue;
        auto *item = new QListWidgetItem(unit.name, m_units);
        item->setData(Qt::UserRole, unit.id);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        item->setCheckState(account.units.contains(unit.id) ? Qt::Checked : Qt::Unchecked);
    }
    m_units->setMinimumHeight(140);
    addCheckedRow(tr("&User name:"), m_name, QStringLiteral("name"));
    addCheckedRow(tr("&Full name:"), m_displayName, QStringLiteral("displayName"));
    addCheckedRow(tr("&Role:"), m_role, QStringLiteral("role"));
    addCheckedRow(tr("&Works for:"), m_units, QStringLiteral("units"));
    addCheckedRow(QString(), m_active, QStringLiteral("active"));
    if (account.id == 0) // its refusals show on the dialog's general line
        m_password = new PasswordFields(form(), this);
    connect(m_role, &QComboBox::currentIndexChanged, this, &AccountDialog::followRole);
    followRole();
}

void AccountDialog::followRole()
{
    // Only a clerk is bound to units; the others see every one.
    m_units->setEnabled(selectedEnum<AccountRole>(m_role) == AccountRole::Clerk);
}

Account AccountDialog::edited() const
{
    Account account = m_account;
    account.name = m_name->text();
    account.displayName = m_displayName->text();
    account.role = selectedEnum<AccountRole>(m_role);
    account.active = m_active->isChecked();
    account.units.clear();
    for (int row = 0; row < m_units->count(); ++row)
        if (m_units->item(row)->checkState() == Qt::Checked)
            account.units.append(m_units->item(row)->data(Qt::UserRole).toLongLong());
    return account;
}

void AccountDialog::save()
{
    const Account account = edited();
    AccountRepository &accounts = m_workspace.accounts();
    if (account.id != 0) {
        accounts.update(account);
        return;
    }
    if (const QString problem = m_password->problem(account.name); !problem.isEmpty())
        throw ValidationError(QList<FieldError>{{QStringLiteral("password"), problem}});
    accounts.add(account, m_password->password());
}

} // namespace rongpei
