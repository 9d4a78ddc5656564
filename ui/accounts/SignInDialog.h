#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;
class QTimer;

namespace rongpei {

class Workspace;

/// Who is working: asked at start once the file has users, and to unlock the window, where only
/// the password is asked of the user who locked it.
class SignInDialog final : public QDialog
{
    Q_OBJECT

public:
    /// At start: any user.
    explicit SignInDialog(Workspace &workspace, QWidget *parent = nullptr);
    /// To unlock: the user signed in now, or another one who then takes over.
    static SignInDialog *unlocking(Workspace &workspace, QWidget *parent);

    void accept() override;

private:
    void showRefusal(const QString &message, int secondsToWait);
    void recoverPassword();

    Workspace &m_workspace;
    QLineEdit *m_name;
    QLineEdit *m_password;
    QLabel *m_intro;
    QLabel *m_error;
    QPushButton *m_signIn;
    QTimer *m_wait;
    int m_secondsLeft = 0;
};

} // namespace rongpei
