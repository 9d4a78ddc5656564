#pragma once

#include "common/PrintedTable.h"

class QAbstractItemView;
class QWidget;

namespace rongpei {

/// Printing and exporting what a table on screen shows: its visible columns in their order,
/// its rows as filtered and sorted, with the headers and values in the UI's language.
namespace TableExport {

/// The view's contents as a table to print or save; a tree is listed depth first, indented.
PrintedTable snapshot(const QAbstractItemView *view, const QString &title, const QString &caption);

/// Opens a print preview (A4) of the table; the user prints or saves it from there.
void printWithPreview(const PrintedTable &table, QWidget *parent);

/// The table as CSV (UTF-8 with BOM for Excel and WPS), headers as shown.
QString csv(const PrintedTable &table);

} // namespace TableExport

} // namespace rongpei
