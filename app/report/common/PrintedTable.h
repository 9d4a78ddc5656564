#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QPageLayout>
#include <QStringList>

class QPagedPaintDevice;

namespace rongpei {

/// A table as the user sees it on a page (its columns, filter and sort), to print or save.
struct PrintedTable
{
    QString title;   // the page's title, e.g. "干部名册"
    QString caption; // what it covers, e.g. "第一党支部 · 2026年第3季度"
    QStringList headers;
    QList<QStringList> rows;
    QList<int> numericColumns; // right-aligned
    QDate printedOn;
};

/// Prints a PrintedTable on A4: title and caption on the first page, the heading row repeated
/// on every page, the page numbers at the foot; landscape when it has many columns.
class TableDocument final
{
    Q_DECLARE_TR_FUNCTIONS(rongpei::TableDocument)

public:
    static QPageLayout pageLayout(const PrintedTable &table);
    /// Paints the table on `device` (a QPrinter or QPdfWriter). Throws ValidationError if it
    /// cannot be painted on.
    static void print(const PrintedTable &table, QPagedPaintDevice *device);
    /// Writes a PDF to `path`, replacing it only once the whole document is written.
    static void writePdf(const PrintedTable &table, const QString &path);
};

} // namespace rongpei
