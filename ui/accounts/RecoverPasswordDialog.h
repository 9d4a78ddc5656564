#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;

namespace rongpei {

class PasswordFields;
class Workspace;

/// Sets a new password for an administrator with the recovery key printed at set-up; shows the new
/// key, since the old one is spent. Recorded in the audit as set with the recovery key.
class RecoverPasswordDialog final : public QDialog
{
    Q_OBJECT

public:
    RecoverPasswordDialog(Workspace &workspace, const QString &name, QWidget *parent = nullptr);

    void accept() override;

private:
    Workspace &m_workspace;
    QLineEdit *m_name;
    QLineEdit *m_key;
    PasswordFields *m_password;
    QLabel *m_error;
};

} // namespace rongpei
