#include "shell/GuardedApplication.h"

#include "common/ErrorMessageBox.h"
#include "common/UserMessage.h"

#include <QMessageBox>

namespace rongpei {

GuardedApplication::GuardedApplication(int &argc, char **argv)
    : QApplication(argc, argv)
{}

bool GuardedApplication::notify(QObject *receiver, QEvent *event)
{
    try {
        return QApplication::notify(receiver, event);
    } catch (const std::exception &error) {
        const QString message = userMessage(error);
        emit errorReported(message);
        showErrorMessage(activeWindow(), tr("RongPei"), error,
                         tr("The last action could not be completed.\n\n%1"));
        return false;
    }
}

} // namespace rongpei
