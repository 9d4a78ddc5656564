#include "common/WindowSize.h"

#include <QScreen>
#include <QWidget>

#include <catch2/catch.hpp>

using namespace rongpei;

TEST_CASE("A window keeps its preferred size where it fits and shrinks to the screen where not",
          "[ui][window]")
{
    QWidget window;
    const QSize available = window.screen()->availableGeometry().size();
    resizeWithinScreen(&window, QSize(300, 200));
    CHECK(window.size() == QSize(300, 200));

    resizeWithinScreen(&window, available + QSize(500, 500));
    CHECK(window.width() < available.width());
    CHECK(window.height() < available.height());
    CHECK(window.height() >= available.height() - 100); // as large as fits, not a token size
}
