#include "common/WindowSize.h"

#include <QScreen>
#include <QWidget>

namespace rongpei {

void resizeWithinScreen(QWidget *window, QSize preferred)
{
    const QWidget *anchor = window->parentWidget() ? window->parentWidget()->window() : window;
    const QScreen *screen = anchor->screen();
    if (!screen) {
        window->resize(preferred);
        return;
    }
    // Room for the window manager's title bar and frame.
    const QSize room = screen->availableGeometry().size() - QSize(40, 60);
    window->resize(preferred.boundedTo(room).expandedTo(window->minimumSizeHint().boundedTo(room)));
}

} // namespace rongpei
