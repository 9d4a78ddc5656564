#pragma once

#include <QRectF>

#include <functional>

class QPagedPaintDevice;
class QPainter;
class QTextDocument;

namespace rongpei {

/// Draws `document`, laid out in pages of `body` device pixels, page after page on `device`.
/// After each page's text, `onPage(page, pages, clip)` adds to it in page coordinates (a
/// footer below the body, say); `clip` is the part of the document the page shows.
void drawPages(QPainter &painter, QPagedPaintDevice *device, QTextDocument &document, const QSizeF &body,
               const std::function<void(int page, int pages, const QRectF &clip)> &onPage);

} // namespace rongpei
