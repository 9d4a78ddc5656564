#include "common/PrintedTable.h"

#include "common/DocumentLayout.h"
#include "common/Localization.h"
#include "common/PagedDocument.h"
#include "common/ReportFont.h"
#include "common/ValidationError.h"

#include <QAbstractTextDocumentLayout>
#include <QDateTime>
#include <QDir>
#include <QLocale>
#include <QPageSize>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextFrame>
#include <QTextTable>

#include <memory>

namespace rongpei {

namespace {

using namespace DocumentLayout;

constexpr qreal marginMm = 15;
constexpr qreal footerMm = 8;
constexpr qreal textPoints = 9;
constexpr qreal titlePoints = 15;
constexpr int landscapeFromColumns = 7;

std::unique_ptr<QTextDocument> tableDocument(const PrintedTable &table, QPaintDevice *device,
                                             const QSizeF &pageSize)
{
    auto document = std::make_unique<QTextDocument>();
    document->documentLayout()->setPaintDevice(device); // fonts at the device's dpi
    document->setDefaultFont(reportFont(textPoints));
    document->setDocumentMargin(0);
    document->setPageSize(pageSize);
    QTextCursor cursor(document.get());
    cursor.beginEditBlock(); // laid out once at the end
    cursor.insertText(table.title, charFormat(titlePoints, true));
    QTextBlockFormat captionBlock;
    captionBlock.setBottomMargin(6);
    cursor.insertBlock(captionBlock);
    cursor.insertText(table.caption + QStringLiteral("    ") +
                          TableDocument::tr("%n row(s), printed %1", nullptr, int(table.rows.size()))
                              .arg(displayDate(table.printedOn)),
                      charFormat(textPoints));

    const int columns = int(table.headers.size());
    if (columns == 0)
        return document;
    QTextTableFormat format;
    format.setHeaderRowCount(1); // repeated on every page
    format.setBorderCollapse(true);
    format.setBorder(0.5);
    format.setBorderBrush(Qt::black);
    format.setCellPadding(3);
    format.setCellSpacing(0);
    format.setWidth(QTextLength(QTextLength::PercentageLength, 100));
    QTextTable *grid = cursor.insertTable(int(table.rows.size()) + 1, columns, format);
    // Collapsed borders are drawn from the cells' own borders: a grid of thin black lines.
    QTextTableCellFormat bodyCell;
    bodyCell.setBorder(format.border());
    bodyCell.setBorderStyle(QTextFrameFormat::BorderStyle_Solid);
    bodyCell.setBorderBrush(Qt::black);
    QTextTableCellFormat headingCell = bodyCell;
    headingCell.setBackground(QColor(0xe8, 0xe8, 0xe8));
    const QTextCharFormat heading = charFormat(textPoints, true);
    const QTextCharFormat text = charFormat(textPoints);
    for (int column = 0; column < columns; ++column) {
        QTextTableCell cell = grid->cellAt(0, column);
        cell.setFormat(headingCell);
        cell.firstCursorPosition().insertText(table.headers.at(column), heading);
    }
    for (int row = 0; row < table.rows.size(); ++row) {
        const QStringList &values = table.rows.at(row);
        for (int column = 0; column < columns; ++column)
            grid->cellAt(row + 1, column).setFormat(bodyCell);
        for (int column = 0; column < columns && column < values.size(); ++column) {
            QTextCursor cell = grid->cellAt(row + 1, column).firstCursorPosition();
            if (table.numericColumns.contains(column)) {
                QTextBlockFormat right = cell.blockFormat();
                right.setAlignment(Qt::AlignRight);
                cell.setBlockFormat(right);
            }
            cell.insertText(values.at(column), text);
        }
    }
    cursor.endEditBlock();
    return document;
}

} // namespace

QPageLayout TableDocument::pageLayout(const PrintedTable &table)
{
    return QPageLayout(QPageSize(QPageSize::A4),
                       table.headers.size() >= landscapeFromColumns ? QPageLayout::Landscape
                                                                    : QPageLayout::Portrait,
                       QMarginsF(marginMm, marginMm, marginMm, marginMm), QPageLayout::Millimeter);
}

void TableDocument::print(const PrintedTable &table, QPagedPaintDevice *device)
{
    QPainter painter;
    if (!device || !painter.begin(device))
        throw ValidationError(tr("The table cannot be printed: the printer or file is not ready."));
    const qreal footer = devicePixels(footerMm, device);
    const QSizeF body(device->width(), device->height() - footer);
    const std::unique_ptr<QTextDocument> document = tableDocument(table, device, body);
    const QFont footerFont(reportFont(7.5), device);
    const QLocale locale;
    QRectF grid;
    for (QTextFrame *frame : document->rootFrame()->childFrames())
        grid = document->documentLayout()->frameBoundingRect(frame);
    const qreal rule = devicePixels(0.2, device);
    drawPages(painter, device, *document, body, [&](int page, int pages, const QRectF &clip) {
        // Qt stretches the last row of a page down to the page end but draws no line below it.
        if (grid.bottom() > clip.bottom() && grid.top() < clip.bottom())
            painter.fillRect(QRectF(grid.left(), body.height() - rule, grid.width(), rule), Qt::black);
        painter.setFont(footerFont);
        painter.setPen(QColor(0x40, 0x40, 0x40));
        const QRectF foot(0, body.height(), body.width(), footer);
        painter.drawText(foot, Qt::AlignLeft | Qt::AlignBottom,
                         table.title + QStringLiteral("  ") + table.caption);
        painter.drawText(foot, Qt::AlignRight | Qt::AlignBottom,
                         tr("Page %1 of %2").arg(locale.toString(page + 1), locale.toString(pages)));
    });
    if (!painter.end())
        throw ValidationError(tr("The table could not be finished on the printer or file."));
}

void TableDocument::writePdf(const PrintedTable &table, const QString &path)
{
    savePdf(
        path, pageLayout(table), table.title, [&table](QPdfWriter &writer) { print(table, &writer); },
        [](const QString &shownPath, const QString &reason) {
            return tr("The table cannot be saved as \"%1\": %2").arg(shownPath, reason);
        });
}

} // namespace rongpei
