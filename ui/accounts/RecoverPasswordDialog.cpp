#include "accounts/RecoverPasswordDialog.h"

#include "Workspace.h"
#include "accounts/PasswordFields.h"
#include "accounts/RecoveryKeyDialog.h"
#include "common/UserMessage.h"
#include "common/ValidationError.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace rongpei {

RecoverPasswordDialog::RecoverPasswordDialog(Workspace &workspace, const QString &name, QWidget *parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_name(new QLineEdit(name, this))
    , m_key(new QLineEdit(this))
    , m_error(PasswordFields::refusalLabel(this, QStringLiteral("recoveryError")))
{
    setWindowTitle(tr("Reset an administrator's password"));
    auto *intro =
        new QLabel(tr("Type the recovery key that was printed when RongPei was set up. It sets a new "
                      "password for an administrator; a new key is shown afterwards."),
                   this);
    intro->setWordWrap(true);
    m_key->setObjectName(QStringLiteral("recoveryKeyInput"));
    m_key->setPlaceholderText(QStringLiteral("XXXX-XXXX-XXXX-XXXX-XXXX-XXXX"));
    auto *form = new QFormLayout;
    form->addRow(tr("&Administrator:"), m_name);
    form->addRow(tr("Recovery &key:"), m_key);
    m_password = new PasswordFields(form, this);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &RecoverPasswordDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    m_key->setFocus();
}

void RecoverPasswordDialog::accept()
{
    if (const QString problem = m_password->problem(m_name->text()); !problem.isEmpty()) {
        m_error->setText(problem);
        m_error->show();
        return;
    }
    QString newKey;
    try {
        newKey = m_workspace.recoverAdministrator(m_name->text(), m_key->text(), m_password->password());
    } catch (const std::exception &error) {
        m_error->setText(userMessage(error));
        m_error->show();
        return;
    }
    RecoveryKeyDialog(newKey, m_workspace.database().path(), this).exec();
    QDialog::accept();
}

} // namespace rongpei
