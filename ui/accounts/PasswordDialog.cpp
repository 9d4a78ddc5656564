#include "accounts/PasswordDialog.h"

#include "Workspace.h"
#include "accounts/AccountRepository.h"
#include "accounts/PasswordFields.h"
#include "common/UserMessage.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace rongpei {

PasswordDialog::PasswordDialog(Workspace &workspace, QWidget *parent)
    : PasswordDialog(workspace, workspace.access().account().value_or(Account()), parent)
{}

PasswordDialog::PasswordDialog(Workspace &workspace, const Account &account, QWidget *parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_account(account)
    , m_own(workspace.access().account() && workspace.access().account()->id == account.id)
    , m_error(PasswordFields::refusalLabel(this, QStringLiteral("passwordError")))
{
    setWindowTitle(m_own ? tr("Change your password") : tr("Set the password of %1").arg(account.label()));
    auto *form = new QFormLayout;
    if (m_own) {
        m_current = new QLineEdit(this);
        m_current->setObjectName(QStringLiteral("currentPassword"));
        m_current->setEchoMode(QLineEdit::Password);
        form->addRow(tr("&Current password:"), m_current);
    }
    m_password = new PasswordFields(form, this);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &PasswordDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    resize(420, sizeHint().height());
}

void PasswordDialog::accept()
{
    const auto refuse = [this](const QString &message) {
        m_error->setText(message);
        m_error->show();
    };
    if (const QString problem = m_password->problem(m_account.name); !problem.isEmpty())
        return refuse(problem);
    try {
        if (m_own && !m_workspace.accounts().authenticate(m_account.name, m_current->text()))
            return refuse(tr("The current password is wrong."));
        m_workspace.accounts().setPassword(m_account.id, m_password->password(),
                                           m_own ? PasswordSetter::Self : PasswordSetter::Administrator);
    } catch (const std::exception &error) {
        return refuse(userMessage(error));
    }
    QDialog::accept();
}

} // namespace rongpei
