#include "common/ErrorMessageBox.h"

#include "common/UserMessage.h"

#include <QMessageBox>

namespace rongpei {

void showErrorMessage(QWidget *parent, const QString &title, const std::exception &error,
                      const QString &messageFormat)
{
    QMessageBox box(QMessageBox::Warning, title, messageFormat.arg(userMessage(error)), QMessageBox::Ok,
                    parent);
    if (const QString details = userDetails(error); !details.isEmpty())
        box.setDetailedText(details);
    box.exec();
}

} // namespace rongpei
