#include "accounts/WindowLock.h"

#include "Workspace.h"
#include "accounts/SignInDialog.h"

#include <QApplication>
#include <QEvent>
#include <QSettings>
#include <QWidget>

namespace rongpei {

namespace {

const QString idleKey = QStringLiteral("security/lockAfterMinutes");

} // namespace

WindowLock::WindowLock(Workspace &workspace, QObject *parent)
    : QObject(parent)
    , m_workspace(workspace)
{
    m_idle.setSingleShot(true);
    connect(&m_idle, &QTimer::timeout, this, &WindowLock::lock);
    qApp->installEventFilter(this);
    restartIdleTimer();
}

WindowLock::~WindowLock()
{
    qApp->removeEventFilter(this);
    delete m_dialog;
}

int WindowLock::idleMinutes()
{
    return QSettings().value(idleKey, defaultIdleMinutes).toInt();
}

void WindowLock::setIdleMinutes(int minutes)
{
    QSettings().setValue(idleKey, qMax(0, minutes));
}

void WindowLock::restartIdleTimer()
{
    const int milliseconds = m_idleOverride > 0 ? m_idleOverride : idleMinutes() * 60 * 1000;
    if (milliseconds <= 0 || isLocked()) {
        m_idle.stop();
        return;
    }
    m_idle.start(milliseconds);
}

void WindowLock::setIdleMilliseconds(int milliseconds)
{
    m_idleOverride = milliseconds;
    restartIdleTimer();
}

bool WindowLock::eventFilter(QObject *watched, QEvent *event)
{
    switch (event->type()) {
    case QEvent::KeyPress:
    case QEvent::MouseButtonPress:
    case QEvent::MouseMove:
    case QEvent::Wheel:
        if (!isLocked() && m_idle.isActive())
            m_idle.start(); // the same interval, from now
        break;
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}

void WindowLock::lock()
{
    // Without users there is no password to unlock with.
    if (isLocked() || !m_workspace.access().account())
        return;
    m_idle.stop();
    m_hidden.clear();
    for (QWidget *window : QApplication::topLevelWidgets()) {
        if (!window->isVisible() || window->windowType() == Qt::ToolTip)
            continue;
        m_hidden.append(window);
        window->hide();
    }
    m_dialog = SignInDialog::unlocking(m_workspace, nullptr);
    m_dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_dialog, &QDialog::accepted, this, &WindowLock::unlock);
    connect(m_dialog, &QDialog::rejected, this, [] { QApplication::quit(); });
    m_dialog->show();
    m_dialog->raise();
    m_dialog->activateWindow();
    emit lockedChanged(true);
}

void WindowLock::unlock()
{
    m_dialog = nullptr;
    // In the order they were shown, so a dialog comes back over its window.
    for (const QPointer<QWidget> &window : std::as_const(m_hidden))
        if (window)
            window->show();
    m_hidden.clear();
    restartIdleTimer();
    emit lockedChanged(false);
}

} // namespace rongpei
