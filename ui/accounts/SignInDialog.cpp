#include "accounts/SignInDialog.h"

#include "Workspace.h"
#include "accounts/PasswordFields.h"
#include "accounts/RecoverPasswordDialog.h"
#include "common/UserMessage.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QTimer>
#include <QVBoxLayout>

namespace rongpei {

namespace {

const QString lastUserKey = QStringLiteral("signIn/lastUser");

} // namespace

SignInDialog::SignInDialog(Workspace &workspace, QWidget *parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_name(new QLineEdit(this))
    , m_password(new QLineEdit(this))
    , m_intro(new QLabel(this))
    , m_error(PasswordFields::refusalLabel(this, QStringLiteral("signInError")))
    , m_signIn(nullptr)
    , m_wait(new QTimer(this))
{
    setWindowTitle(tr("Sign in to RongPei"));
    m_intro->setText(tr("Who is working on %1?").arg(QDir::toNativeSeparators(workspace.database().path())));
    m_intro->setWordWrap(true);
    m_name->setObjectName(QStringLiteral("userName"));
    m_password->setObjectName(QStringLiteral("password"));
    m_password->setEchoMode(QLineEdit::Password);
    m_name->setText(QSettings().value(lastUserKey).toString());

    auto *form = new QFormLayout;
    form->addRow(tr("&User name:"), m_name);
    form->addRow(tr("&Password:"), m_password);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_signIn = buttons->addButton(tr("&Sign in"), QDialogButtonBox::AcceptRole);
    m_signIn->setDefault(true);
    QPushButton *forgot = buttons->addButton(tr("&Forgot the password…"), QDialogButtonBox::HelpRole);
    connect(buttons, &QDialogButtonBox::accepted, this, &SignInDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(forgot, &QPushButton::clicked, this, &SignInDialog::recoverPassword);
    connect(m_wait, &QTimer::timeout, this, [this] {
        if (--m_secondsLeft > 0) {
            m_signIn->setText(tr("Wait %n s", nullptr, m_secondsLeft));
            return;
        }
        m_wait->stop();
        m_signIn->setText(tr("&Sign in"));
        m_signIn->setEnabled(true);
    });
    m_wait->setInterval(1000);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    (m_name->text().isEmpty() ? m_name : m_password)->setFocus();
    resize(440, sizeHint().height());
}

SignInDialog *SignInDialog::unlocking(Workspace &workspace, QWidget *parent)
{
    auto *dialog = new SignInDialog(workspace, parent);
    dialog->setWindowTitle(tr("RongPei is locked"));
    if (const std::optional<Account> &account = workspace.access().account()) {
        dialog->m_intro->setText(tr("RongPei was locked to keep the records from view. Enter the password of "
                                    "%1 to go on where you left off.")
                                     .arg(account->label()));
        dialog->m_name->setText(account->name);
        dialog->m_name->setReadOnly(true); // what is open was typed by this user
    }
    if (auto *buttons = dialog->findChild<QDialogButtonBox *>())
        buttons->button(QDialogButtonBox::Cancel)->setText(tr("&Quit RongPei"));
    dialog->m_password->setFocus();
    return dialog;
}

void SignInDialog::accept()
{
    try {
        m_workspace.signIn(m_name->text(), m_password->text());
    } catch (const SignInError &error) {
        showRefusal(error.message(), error.secondsToWait());
        return;
    } catch (const std::exception &error) {
        showRefusal(userMessage(error), 0);
        return;
    }
    QSettings().setValue(lastUserKey, m_name->text().trimmed());
    QDialog::accept();
}

void SignInDialog::showRefusal(const QString &message, int secondsToWait)
{
    m_error->setText(message);
    m_error->show();
    m_password->clear();
    m_password->setFocus();
    if (secondsToWait > 0) {
        m_secondsLeft = secondsToWait;
        m_signIn->setEnabled(false);
        m_signIn->setText(tr("Wait %n s", nullptr, m_secondsLeft));
        m_wait->start();
    }
}

void SignInDialog::recoverPassword()
{
    RecoverPasswordDialog recovery(m_workspace, m_name->text(), this);
    if (recovery.exec() == QDialog::Accepted)
        QDialog::accept(); // the administrator is signed in with the new password
}

} // namespace rongpei
