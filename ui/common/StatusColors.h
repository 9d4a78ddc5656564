#pragma once

#include <QColor>

namespace rongpei {

/// Pale backgrounds for red/amber/green states, light enough for black text.
namespace StatusColors {
inline QColor good()
{
    return {0xd8, 0xf0, 0xd8};
}
inline QColor warning()
{
    return {0xff, 0xe8, 0xb0};
}
inline QColor bad()
{
    return {0xf8, 0xc8, 0xc8};
}
inline QColor idle()
{
    return {0xf4, 0xf4, 0xf4};
}
} // namespace StatusColors

} // namespace rongpei
