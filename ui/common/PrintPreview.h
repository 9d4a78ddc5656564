#pragma once

#include <QPageLayout>
#include <QString>

#include <functional>

class QPrinter;
class QWidget;

namespace rongpei {

/// A print preview of a document of `layout`, titled `title`, that `paint` draws on the printer;
/// a failure of `paint` is shown under `errorTitle`, in the user's words.
void showPrintPreview(QWidget *parent, const QPageLayout &layout, const QString &documentName,
                      const QString &title, const QString &errorTitle,
                      const std::function<void(QPrinter *printer)> &paint);

} // namespace rongpei
