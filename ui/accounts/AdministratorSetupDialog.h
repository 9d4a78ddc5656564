#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;

namespace rongpei {

class PasswordFields;
class Workspace;

/// The first start: the administrator creates their account, signs in with it, and is shown the
/// recovery key. From then on RongPei asks who is working.
class AdministratorSetupDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit AdministratorSetupDialog(Workspace &workspace, QWidget *parent = nullptr);

    void accept() override;

private:
    Workspace &m_workspace;
    QLineEdit *m_name;
    QLineEdit *m_displayName;
    PasswordFields *m_password;
    QLabel *m_error;
};

} // namespace rongpei
