#pragma once

#include "accounts/Account.h"
#include "common/RecordDialog.h"

class QCheckBox;
class QComboBox;
class QLineEdit;
class QListWidget;

namespace rongpei {

class PasswordFields;
class Workspace;

/// A user: name, full name, role, the branches a clerk works for, active; a new one's password.
class AccountDialog final : public RecordDialog
{
    Q_OBJECT

public:
    AccountDialog(Workspace &workspace, const Account &account, QWidget *parent = nullptr);

protected:
    void save() override;

private:
    Account edited() const;
    void followRole();

    Workspace &m_workspace;
    Account m_account;
    QLineEdit *m_name;
    QLineEdit *m_displayName;
    QComboBox *m_role;
    QListWidget *m_units;
    QCheckBox *m_active;
    PasswordFields *m_password = nullptr;
};

} // namespace rongpei
