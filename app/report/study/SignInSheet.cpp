#include "study/SignInSheet.h"

#include "common/DocumentLayout.h"
#include "common/Localization.h"
#include "common/PagedDocument.h"
#include "common/ReportFont.h"
#include "common/ValidationError.h"

#include <QAbstractTextDocumentLayout>
#include <QDir>
#include <QFont>
#include <QFontMetricsF>
#include <QGuiApplication>
#include <QLocale>
#include <QPageSize>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QPdfWriter>
#include <QRegularExpression>
#include <QSaveFile>
#include <QScreen>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextTable>

#include <algorithm>
#include <memory>

namespace rongpei {

namespace {

using namespace DocumentLayout;

constexpr qreal marginMm = 15;
constexpr qreal pageFooterMm = 8; // below the body: the page number
constexpr qreal rowMm = 10;       // a roll-call row: room to sign by hand
constexpr qreal textPoints = 10.5;
constexpr qreal titlePoints = 16;
constexpr qreal subtitlePoints = 14;
constexpr qreal pageFooterPoints = 8;

const QString blank = QStringLiteral("__________");
constexpr int rollCallProperty = QTextFormat::UserProperty; // marks the roll-call table
constexpr qreal ruleMm = 0.25;                              // the table's lines

QFont sheetFont(qreal points)
{
    return reportFont(points);
}

QString timeRange(const SignInSheetData &data, const QLocale &locale)
{
    if (!data.startTime.isValid())
        return {};
    const QString from = locale.toString(data.startTime, QLocale::ShortFormat);
    if (!data.endTime.isValid())
        return from;
    return SignInSheet::tr("%1 – %2", "time from – to")
        .arg(from, locale.toString(data.endTime, QLocale::ShortFormat));
}

/// Topic, date, time, place, speaker and hours: a borderless grid of labels and values.
void insertFacts(QTextCursor &cursor, const SignInSheetData &data, QPaintDevice *device)
{
    const QLocale locale;
    QTextTableFormat format;
    format.setBorder(0);
    format.setBorderStyle(QTextFrameFormat::BorderStyle_None);
    format.setCellSpacing(0);
    format.setCellPadding(formatPixels(devicePixels(0.8, device), device));
    format.setWidth(QTextLength(QTextLength::PercentageLength, 100));
    format.setColumnWidthConstraints(
        {QTextLength(QTextLength::PercentageLength, 12), QTextLength(QTextLength::PercentageLength, 42),
         QTextLength(QTextLength::PercentageLength, 12), QTextLength(QTextLength::PercentageLength, 34)});
    format.setBottomMargin(formatPixels(devicePixels(3, device), device));
    QTextTable *table = cursor.insertTable(4, 4, format);
    const QTextCharFormat label = charFormat(textPoints, true);
    const QTextCharFormat value = charFormat(textPoints);

    setCellText(table, 0, 0, SignInSheet::tr("Topic:"), label);
    setCellText(table, 0, 1, data.topic, value);
    table->mergeCells(0, 1, 1, 3);
    setCellText(table, 1, 0, SignInSheet::tr("Date:"), label);
    setCellText(table, 1, 1,
                data.date.isValid() ? locale.toString(data.date, QLocale::LongFormat) : QString(), value);
    setCellText(table, 1, 2, SignInSheet::tr("Time:"), label);
    setCellText(table, 1, 3, timeRange(data, locale), value);
    setCellText(table, 2, 0, SignInSheet::tr("Place:"), label);
    setCellText(table, 2, 1, data.location, value);
    setCellText(table, 2, 2, SignInSheet::tr("Speaker:"), label);
    setCellText(table, 2, 3, data.speaker, value);
    setCellText(table, 3, 0, SignInSheet::tr("Hours:"), label);
    setCellText(table, 3, 1,
                SignInSheet::tr("%1 study hours (学时)")
                    .arg(locale.toString(data.hours, 'f', QLocale::FloatingPointShortest)),
                value);
    setCellText(table, 3, 2, SignInSheet::tr("Host:"), label);
    setCellText(table, 3, 3, data.branchName, value);
    cursor.movePosition(QTextCursor::End);
}

/// The roll call: a heading row repeated on every page, then one row per expected attendee.
void insertRollCall(QTextCursor &cursor, const SignInSheetData &data, QPaintDevice *device)
{
    QTextTableFormat format;
    format.setHeaderRowCount(1);
    format.setBorder(formatPixels(devicePixels(ruleMm, device), device));
    format.setBorderStyle(QTextFrameFormat::BorderStyle_Solid);
    format.setBorderBrush(Qt::black);
    format.setBorderCollapse(true);
    format.setCellSpacing(0);
    format.setCellPadding(formatPixels(devicePixels(1.5, device), device));
    format.setWidth(QTextLength(QTextLength::PercentageLength, 100));
    format.setColumnWidthConstraints(
        {QTextLength(QTextLength::PercentageLength, 7), QTextLength(QTextLength::PercentageLength, 14),
         QTextLength(QTextLength::PercentageLength, 16), QTextLength(QTextLength::PercentageLength, 21),
         QTextLength(QTextLength::PercentageLength, 27), QTextLength(QTextLength::PercentageLength, 15)});
    format.setBottomMargin(formatPixels(devicePixels(4, device), device));
    format.setProperty(rollCallProperty, true);
    QTextTable *table = cursor.insertTable(int(data.lines.size()) + 1, 6, format);

    // Rows of rowMm: padding around one line of text, split evenly so the text sits in the middle.
    const QFontMetricsF metrics(sheetFont(textPoints), device);
    const qreal spare = std::max<qreal>(devicePixels(rowMm, device) - metrics.height(), 0) / 2;
    // Collapsed borders are drawn from the cells' own borders: a grid of thin black lines.
    QTextTableCellFormat rowCell;
    rowCell.setBorder(format.border());
    rowCell.setBorderStyle(QTextFrameFormat::BorderStyle_Solid);
    rowCell.setBorderBrush(Qt::black);
    rowCell.setTopPadding(formatPixels(spare, device));
    rowCell.setBottomPadding(formatPixels(spare, device));
    rowCell.setVerticalAlignment(QTextCharFormat::AlignMiddle);
    QTextTableCellFormat headingCell = rowCell;
    headingCell.setTopPadding(formatPixels(devicePixels(2, device), device));
    headingCell.setBottomPadding(formatPixels(devicePixels(2, device), device));
    headingCell.setBackground(QColor(0xe8, 0xe8, 0xe8));

    const QStringList headings{SignInSheet::tr("No."),          SignInSheet::tr("Name"),
                               SignInSheet::tr("Employee no."), SignInSheet::tr("Unit"),
                               SignInSheet::tr("Signature"),    SignInSheet::tr("Notes")};
    const QTextCharFormat heading = charFormat(textPoints, true);
    for (int column = 0; column < headings.size(); ++column) {
        table->cellAt(0, column).setFormat(headingCell);
        setCellText(table, 0, column, headings.at(column), heading, Qt::AlignCenter);
    }

    const QTextCharFormat text = charFormat(textPoints);
    QLocale locale;
    locale.setNumberOptions(QLocale::OmitGroupSeparator); // row 1000, not 1,000
    for (int i = 0; i < data.lines.size(); ++i) {
        const SignInSheetLine &line = data.lines.at(i);
        const int row = i + 1;
        for (int column = 0; column < headings.size(); ++column)
            table->cellAt(row, column).setFormat(rowCell);
        setCellText(table, row, 0, locale.toString(line.number), text, Qt::AlignCenter);
        setCellText(table, row, 1, line.name, text);
        setCellText(table, row, 2, line.employeeNumber, text);
        setCellText(table, row, 3, line.unit, text);
    }
    cursor.movePosition(QTextCursor::End);
}

/// The sheet laid out for `device` in pages of `pageSize` device pixels.
std::unique_ptr<QTextDocument> sheetDocument(const SignInSheetData &data, QPaintDevice *device,
                                             const QSizeF &pageSize)
{
    auto document = std::make_unique<QTextDocument>();
    document->documentLayout()->setPaintDevice(device); // fonts and lengths at the device's dpi
    document->setDefaultFont(sheetFont(textPoints));
    document->setDocumentMargin(0);
    document->setPageSize(pageSize);
    document->setMetaInformation(QTextDocument::DocumentTitle, SignInSheet::documentTitle(data));

    QTextCursor cursor(document.get());
    cursor.beginEditBlock(); // laid out once at the end: cell by cell, the build is quadratic
    QTextBlockFormat centred;
    centred.setAlignment(Qt::AlignHCenter);
    cursor.setBlockFormat(centred);
    cursor.insertText(data.title, charFormat(titlePoints, true));
    centred.setTopMargin(formatPixels(devicePixels(1.5, device), device));
    centred.setBottomMargin(formatPixels(devicePixels(4, device), device));
    const QString sheet = SignInSheet::tr("Sign-in sheet");
    QTextCharFormat subtitle = charFormat(subtitlePoints, true);
    if (!sheet.contains(QRegularExpression(QStringLiteral("[A-Za-z]")))) { // 签 到 表, spaced out
        subtitle.setFontLetterSpacingType(QFont::AbsoluteSpacing);
        subtitle.setFontLetterSpacing(subtitlePoints / 2);
    }
    cursor.insertBlock(centred);
    cursor.insertText(sheet, subtitle);

    cursor.insertBlock(QTextBlockFormat());
    insertFacts(cursor, data, device);
    insertRollCall(cursor, data, device);

    const QLocale locale;
    const QString gap = QStringLiteral("        ");
    cursor.insertText(SignInSheet::tr("Expected: %1").arg(locale.toString(qsizetype(data.lines.size()))) +
                          gap + SignInSheet::tr("Signed: %1").arg(blank) + gap +
                          SignInSheet::tr("Recorder: %1").arg(blank),
                      charFormat(textPoints));
    cursor.endEditBlock();
    return document;
}

} // namespace

QPageLayout SignInSheet::pageLayout()
{
    return QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait,
                       QMarginsF(marginMm, marginMm, marginMm, marginMm), QPageLayout::Millimeter);
}

QString SignInSheet::documentTitle(const SignInSheetData &data)
{
    return tr("%1 sign-in sheet", "document title: session title").arg(data.title);
}

int SignInSheet::print(const SignInSheetData &data, QPagedPaintDevice *device)
{
    QPainter painter;
    if (!device || !painter.begin(device))
        throw ValidationError(tr("The sign-in sheet cannot be printed: the printer or file is not ready."));

    const qreal footerHeight = devicePixels(pageFooterMm, device);
    const QSizeF body(device->width(), device->height() - footerHeight);
    const std::unique_ptr<QTextDocument> document = sheetDocument(data, device, body);

    QRectF rollCall;
    for (QTextFrame *frame : document->rootFrame()->childFrames())
        if (frame->frameFormat().boolProperty(rollCallProperty))
            rollCall = document->documentLayout()->frameBoundingRect(frame);
    const qreal rule = devicePixels(ruleMm, device);

    const QFont footerFont(sheetFont(pageFooterPoints), device);
    drawPages(painter, device, *document, body, [&](int page, int pages, const QRectF &clip) {
        // Where the roll call breaks, Qt stretches the page's last row down to the page end but
        // draws no line below it: close the table there.
        if (rollCall.bottom() > clip.bottom() && rollCall.top() < clip.bottom())
            painter.fillRect(QRectF(rollCall.left(), body.height() - rule, rollCall.width(), rule),
                             Qt::black);

        if (pages > 1) {
            painter.setFont(footerFont);
            painter.setPen(QColor(0x40, 0x40, 0x40));
            const QRectF footer(0, body.height(), body.width(), footerHeight);
            const QLocale locale;
            painter.drawText(footer, Qt::AlignLeft | Qt::AlignBottom,
                             data.title + QStringLiteral("  ") +
                                 (data.date.isValid() ? displayDate(data.date, locale) : QString()));
            painter.drawText(footer, Qt::AlignRight | Qt::AlignBottom,
                             tr("Page %1 of %2").arg(locale.toString(page + 1), locale.toString(pages)));
        }
    });
    if (!painter.end())
        throw ValidationError(tr("The sign-in sheet could not be finished on the printer or file."));
    return document->pageCount();
}

void SignInSheet::writePdf(const SignInSheetData &data, const QString &path)
{
    savePdf(
        path, pageLayout(), documentTitle(data), [&data](QPdfWriter &writer) { print(data, &writer); },
        [](const QString &shownPath, const QString &reason) {
            return tr("The sign-in sheet cannot be saved as \"%1\": %2").arg(shownPath, reason);
        });
}

} // namespace rongpei
