#pragma once

#include <QSize>

class QWidget;

namespace rongpei {

/// Resizes a window or dialog to `preferred`, or less where its screen is smaller (1366×768
/// laptops are common in branch offices), so that nothing, Save and Cancel least of all, ends
/// up below the screen's bottom edge.
void resizeWithinScreen(QWidget *window, QSize preferred);

} // namespace rongpei
