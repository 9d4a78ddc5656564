#include "common/ModulePage.h"

#include <QDialog>
#include <QMessageBox>

namespace rongpei {

void ModulePage::openDialog(QDialog *dialog, const std::function<void()> &onAccepted)
{
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, onAccepted);
    dialog->open();
}

bool ModulePage::confirm(const QString &title, const QString &question)
{
    return QMessageBox::question(this, title, question, QMessageBox::Yes | QMessageBox::No,
                                 QMessageBox::No) == QMessageBox::Yes;
}

std::function<void(const QString &message)> ModulePage::undoErrorHandler()
{
    return [this](const QString &message) { QMessageBox::warning(this, tr("Undo"), message); };
}

} // namespace rongpei
