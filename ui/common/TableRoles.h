#pragma once

#include <Qt>

namespace rongpei {

/// Roles the study tables share with SearchFilterProxy.
namespace TableRole {
enum : int
{
    Id = Qt::UserRole + 1,
    Sort,       // a value that orders the column: a date, a number, or text
    SearchText, // case-folded text that search-as-you-type looks in (any column)
    Filter      // a value for a page's filter combo, e.g. a branch id
};
} // namespace TableRole

} // namespace rongpei
