#include "accounts/AdministratorSetupDialog.h"

#include "Workspace.h"
#include "accounts/AccountRepository.h"
#include "accounts/PasswordFields.h"
#include "accounts/RecoveryKeyDialog.h"
#include "common/UserMessage.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace rongpei {

AdministratorSetupDialog::AdministratorSetupDialog(Workspace &workspace, QWidget *parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_name(new QLineEdit(QStringLiteral("admin"), this))
    , m_displayName(new QLineEdit(this))
    , m_error(PasswordFields::refusalLabel(this, QStringLiteral("setupError")))
{
    setWindowTitle(tr("Create the administrator"));
    auto *intro = new QLabel(tr("The records are personal data. Create the account of the administrator, who "
                                "manages the users, the rules and the backups; from now on RongPei asks who "
                                "is working."),
                             this);
    intro->setWordWrap(true);
    m_name->setObjectName(QStringLiteral("userName"));
    m_displayName->setObjectName(QStringLiteral("displayName"));
    auto *form = new QFormLayout;
    form->addRow(tr("&User name:"), m_name);
    form->addRow(tr("&Full name:"), m_displayName);
    m_password = new PasswordFields(form, this);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &AdministratorSetupDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    m_displayName->setFocus();
    resize(480, sizeHint().height());
}

void AdministratorSetupDialog::accept()
{
    if (const QString problem = m_password->problem(m_name->text()); !problem.isEmpty()) {
        m_error->setText(problem);
        m_error->show();
        return;
    }
    Account account;
    account.name = m_name->text();
    account.displayName = m_displayName->text();
    QString key;
    try {
        key = m_workspace.accounts().createFirstAdministrator(account, m_password->password());
        m_workspace.signInAs(*m_workspace.accounts().findByName(account.name));
    } catch (const std::exception &error) {
        m_error->setText(userMessage(error));
        m_error->show();
        return;
    }
    RecoveryKeyDialog(key, m_workspace.database().path(), this).exec();
    QDialog::accept();
}

} // namespace rongpei
