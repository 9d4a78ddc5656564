#include "common/PrintPreview.h"

#include "common/ErrorMessageBox.h"

#include <QPrintPreviewDialog>
#include <QPrinter>

namespace rongpei {

void showPrintPreview(QWidget *parent, const QPageLayout &layout, const QString &documentName,
                      const QString &title, const QString &errorTitle,
                      const std::function<void(QPrinter *printer)> &paint)
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageLayout(layout);
    printer.setDocName(documentName);
    QPrintPreviewDialog preview(&printer, parent);
    preview.setWindowTitle(title);
    QObject::connect(&preview, &QPrintPreviewDialog::paintRequested, parent,
                     [parent, errorTitle, &paint](QPrinter *target) {
                         try {
                             paint(target);
                         } catch (const std::exception &error) {
                             showErrorMessage(parent, errorTitle, error);
                         }
                     });
    preview.exec();
}

} // namespace rongpei
