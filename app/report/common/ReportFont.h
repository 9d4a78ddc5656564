#pragma once

#include <QFont>

namespace rongpei {

/// The font of every printed document. Named explicitly: left to fontconfig, Chinese text
/// falls back to the Japanese variant of Noto Sans CJK.
QFont reportFont(qreal points);

} // namespace rongpei
