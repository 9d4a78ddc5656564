#include "common/PagedDocument.h"

#include <QAbstractTextDocumentLayout>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QTextDocument>

namespace rongpei {

void drawPages(QPainter &painter, QPagedPaintDevice *device, QTextDocument &document, const QSizeF &body,
               const std::function<void(int page, int pages, const QRectF &clip)> &onPage)
{
    const int pages = document.pageCount();
    QAbstractTextDocumentLayout::PaintContext context;
    context.palette.setColor(QPalette::Text, Qt::black);
    for (int page = 0; page < pages; ++page) {
        if (page > 0)
            device->newPage();
        const QRectF clip(0, page * body.height(), body.width(), body.height());
        painter.save();
        painter.translate(0, -clip.top());
        painter.setClipRect(clip);
        context.clip = clip;
        document.documentLayout()->draw(&painter, context);
        painter.restore();
        onPage(page, pages, clip);
    }
}

} // namespace rongpei
