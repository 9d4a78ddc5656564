#include "common/ModulePage.h"

#include "common/UserMessage.h"

#include <QDialog>
#include <QMessageBox>

namespace rongpei {

void ModulePage::setShellScope(const ShellScope &scope)
{
    m_shellScope = scope;
    followShellScope();
}

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

UndoErrorHandler ModulePage::undoErrorHandler()
{
    return [this](const QString &message) { QMessageBox::warning(this, tr("Undo"), message); };
}

void ModulePage::showRefusal(const QString &title, const std::exception &error)
{
    QMessageBox::warning(this, title, userMessage(error));
}

void ModulePage::pushUndo(std::unique_ptr<QUndoCommand> command)
{
    // A page without an undo history still makes the change; it just cannot be undone.
    if (QUndoStack *stack = undoStack())
        stack->push(command.release());
}

} // namespace rongpei
