#pragma once

#include "accounts/Account.h"

#include <QDialog>

class QLabel;
class QLineEdit;

namespace rongpei {

class PasswordFields;
class Workspace;

/// Sets a password: the signed-in user's own, after their current one, or, for an administrator,
/// another user's.
class PasswordDialog final : public QDialog
{
    Q_OBJECT

public:
    /// The signed-in user changes their own password.
    explicit PasswordDialog(Workspace &workspace, QWidget *parent = nullptr);
    /// An administrator sets `account`'s password.
    PasswordDialog(Workspace &workspace, const Account &account, QWidget *parent = nullptr);

    void accept() override;

private:
    Workspace &m_workspace;
    Account m_account;
    bool m_own;
    QLineEdit *m_current = nullptr;
    PasswordFields *m_password = nullptr;
    QLabel *m_error;
};

} // namespace rongpei
