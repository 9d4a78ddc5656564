#include "common/DocumentLayout.h"

#include "common/ValidationError.h"

#include <QCoreApplication>
#include <QDir>
#include <QGuiApplication>
#include <QPdfWriter>
#include <QSaveFile>
#include <QScreen>
#include <QTextCursor>
#include <QTextTable>

namespace rongpei::DocumentLayout {

namespace {

constexpr qreal millimetresPerInch = 25.4;

/// Lengths in QTextFormat are pixels at the screen's dpi; the document layout scales them
/// to the paint device as devicePixels * qt_defaultDpi() / device dpi. This is that dpi.
qreal formatDpi()
{
    if (QCoreApplication::testAttribute(Qt::AA_Use96Dpi))
        return 96;
    if (const QScreen *screen = QGuiApplication::primaryScreen())
        return qRound(screen->logicalDotsPerInchY());
    return 100;
}

} // namespace

qreal devicePixels(qreal millimetres, const QPaintDevice *device)
{
    return millimetres / millimetresPerInch * device->logicalDpiY();
}

qreal formatPixels(qreal deviceLength, const QPaintDevice *device)
{
    return deviceLength * formatDpi() / device->logicalDpiY();
}

qreal formatMillimetres(qreal millimetres, const QPaintDevice *device)
{
    return formatPixels(devicePixels(millimetres, device), device);
}

QTextCharFormat charFormat(qreal points, bool bold)
{
    QTextCharFormat format;
    format.setFontPointSize(points);
    format.setFontWeight(bold ? QFont::Bold : QFont::Normal);
    return format;
}

void setCellText(QTextTable *table, int row, int column, const QString &text, const QTextCharFormat &format,
                 Qt::Alignment alignment)
{
    QTextCursor cursor = table->cellAt(row, column).firstCursorPosition();
    QTextBlockFormat block = cursor.blockFormat();
    block.setAlignment(alignment);
    cursor.setBlockFormat(block);
    cursor.insertText(text, format);
}

void savePdf(const QString &path, const QPageLayout &layout, const QString &title,
             const std::function<void(QPdfWriter &writer)> &paint,
             const std::function<QString(const QString &path, const QString &reason)> &failure)
{
    const QString shownPath = QDir::toNativeSeparators(path);
    // Written beside the target and renamed over it at the end: never a half-written file.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        throw ValidationError(failure(shownPath, file.errorString()));
    {
        QPdfWriter writer(&file);
        writer.setPageLayout(layout);
        writer.setTitle(title);
        writer.setCreator(QStringLiteral("RongPei " RONGPEI_VERSION));
        try {
            paint(writer);
        } catch (const ValidationError &) {
            throw ValidationError(
                failure(shownPath, QCoreApplication::translate("rongpei::DocumentLayout",
                                                               "the PDF could not be written")));
        }
    }
    if (!file.commit())
        throw ValidationError(failure(shownPath, file.errorString()));
}

} // namespace rongpei::DocumentLayout
