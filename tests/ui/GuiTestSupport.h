#pragma once

#include <QApplication>
#include <QInputMethodEvent>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QTest>
#include <QTimer>
#include <QWidget>

#include <functional>
#include <memory>

namespace rongpei::test {

/// Forgets the scope and period a previous test's window remembered, so each test starts
/// with all units and the fixed clock's year. Put it before the window in a fixture.
struct FreshShellSettings
{
    FreshShellSettings() { QSettings().remove(QStringLiteral("shell")); }
};

/// Types text as an input method commits it: QTest::keyClicks aborts on Chinese text.
inline void typeText(QWidget *widget, const QString &text)
{
    widget->setFocus();
    QInputMethodEvent event;
    event.setCommitString(text);
    QApplication::sendEvent(widget, &event);
}

/// Runs the event loop until a child of type T appears under `parent` (work done off the GUI
/// thread opens it later), for at most ten seconds; nullptr if none did.
template <typename T>
T *waitForChild(QObject *parent)
{
    for (int waited = 0; waited < 10000; waited += 10) {
        if (T *child = parent->findChild<T *>())
            return child;
        QTest::qWait(10);
    }
    return nullptr;
}

/// Runs the event loop until `done` holds (work done off the GUI thread has delivered), for at
/// most ten seconds; false if it never did.
inline bool waitUntil(const std::function<bool()> &done)
{
    for (int waited = 0; waited < 10000; waited += 10) {
        if (done())
            return true;
        QTest::qWait(10);
    }
    return done();
}

/// Answers the next message box that appears (e.g. a confirmation) with `button`,
/// remembering its text; `then` may queue the answer to a following box.
class MessageBoxAnswerer
{
public:
    void answer(QMessageBox::StandardButton button, std::function<void()> then = {})
    {
        QTimer::singleShot(0, [this, button, then] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            if (!box) {
                texts.append(QStringLiteral("<no message box>"));
                return;
            }
            texts.append(box->text());
            details.append(box->detailedText());
            if (then)
                then();
            box->button(button)->click();
        });
    }

    /// Answers the next message box with `button` once it appears, however long the work before it
    /// takes (work off the GUI thread opens it later), for at most ten seconds.
    void answerWhenShown(QMessageBox::StandardButton button, int waited = 0)
    {
        QTimer::singleShot(10, [this, button, waited] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            if (box == nullptr) {
                if (waited < 10000)
                    answerWhenShown(button, waited + 10);
                else
                    texts.append(QStringLiteral("<no message box>"));
                return;
            }
            texts.append(box->text());
            details.append(box->detailedText());
            box->button(button)->click();
        });
    }

    QStringList texts;
    QStringList details;
};

} // namespace rongpei::test
