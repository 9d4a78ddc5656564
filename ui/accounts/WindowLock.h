#pragma once

#include "accounts/SignInDialog.h"

#include <QObject>
#include <QPointer>
#include <QTimer>

class QWidget;

namespace rongpei {

class Workspace;

/// Locks RongPei after an idle time and on demand (Ctrl+L): every window and dialog is hidden, not
/// closed, so what was typed into a dialog is there again after the password is entered.
class WindowLock final : public QObject
{
    Q_OBJECT

public:
    WindowLock(Workspace &workspace, QObject *parent = nullptr);
    ~WindowLock() override;

    /// Minutes without a key or mouse action before the window locks; 0 never. A setting.
    static int idleMinutes();
    static void setIdleMinutes(int minutes);
    static constexpr int defaultIdleMinutes = 10;

    bool isLocked() const { return m_dialog != nullptr; }
    /// Follows a change of the setting.
    void restartIdleTimer();
    /// Locks after `milliseconds` instead of the setting's minutes (a test cannot wait minutes).
    void setIdleMilliseconds(int milliseconds);

public slots:
    void lock();

signals:
    void lockedChanged(bool locked);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void unlock();

    Workspace &m_workspace;
    QTimer m_idle;
    int m_idleOverride = 0;
    QList<QPointer<QWidget>> m_hidden;
    QPointer<SignInDialog> m_dialog;
};

} // namespace rongpei
