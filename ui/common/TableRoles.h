#pragma once

#include <QString>
#include <QStringList>
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

/// A row's TableRole::SearchText: the text of each of its columns, case-folded.
template <typename TextOf>
QString rowSearchText(int columnCount, TextOf textOf)
{
    QStringList words;
    for (int column = 0; column < columnCount; ++column)
        words.append(textOf(column));
    return words.join(u' ').toCaseFolded();
}

} // namespace rongpei
