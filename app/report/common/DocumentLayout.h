#pragma once

#include <QFunctionPointer>
#include <QPageLayout>
#include <QString>
#include <QTextCharFormat>

#include <functional>

class QPaintDevice;
class QPdfWriter;
class QTextTable;

namespace rongpei {

/// Lengths, formats and cells shared by the documents that RongPei lays out with QTextDocument.
namespace DocumentLayout {

/// `millimetres` in pixels of `device`.
qreal devicePixels(qreal millimetres, const QPaintDevice *device);
/// A length of `device` pixels as QTextFormat takes it: pixels at the screen's dpi, which the
/// document layout scales to the device.
qreal formatPixels(qreal deviceLength, const QPaintDevice *device);
/// `millimetres` as a QTextFormat length for `device`.
qreal formatMillimetres(qreal millimetres, const QPaintDevice *device);
QTextCharFormat charFormat(qreal points, bool bold = false);
/// Writes `text` into a cell of `table`, aligned.
void setCellText(QTextTable *table, int row, int column, const QString &text, const QTextCharFormat &format,
                 Qt::Alignment alignment = Qt::AlignLeft);

/// Writes a PDF of `layout` titled `title` to `path` with `paint`, replacing the file only once the
/// whole document is written. Throws ValidationError worded by `failure(shown path, reason)`.
void savePdf(const QString &path, const QPageLayout &layout, const QString &title,
             const std::function<void(QPdfWriter &writer)> &paint,
             const std::function<QString(const QString &path, const QString &reason)> &failure);

} // namespace DocumentLayout

} // namespace rongpei
