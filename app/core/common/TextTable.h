#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace rongpei {

/// A table for a terminal: columns padded to line up, counting East Asian wide characters as two.
namespace TextTable {

/// Columns a terminal gives the text.
int displayWidth(const QString &text);

/// The rows (the first is the header) as lines; `rightAligned[c]` right-aligns column c (numbers).
/// A cell's line breaks are shown as spaces, so every row stays one line.
QString format(const QList<QStringList> &rows, const QList<bool> &rightAligned = {});

} // namespace TextTable

} // namespace rongpei
