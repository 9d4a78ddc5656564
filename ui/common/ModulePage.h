#pragma once

#include <QIcon>
#include <QWidget>

#include <functional>

class QDialog;

class QUndoStack;

namespace rongpei {

/// The common shape of every module's page, so the main window's menus and
/// shortcuts (Ctrl+N, Enter, Delete, Ctrl+F, F5, Ctrl+Z) work the same everywhere.
class ModulePage : public QWidget
{
    Q_OBJECT

public:
    using QWidget::QWidget;

    virtual QString title() const = 0;
    virtual QIcon icon() const = 0;
    /// The page's undo history, or nullptr if its edits are not undoable.
    virtual QUndoStack *undoStack() { return nullptr; }

public slots:
    virtual void newRecord() {}
    virtual void editSelected() {}
    virtual void deleteSelected() {}
    virtual void focusSearch() {}
    virtual void refresh() {}

signals:
    /// A short note for the status bar, e.g. "Saved".
    void statusMessage(const QString &message);

protected:
    /// Opens a dialog without blocking and deletes it once closed; `onAccepted` runs after Save.
    void openDialog(QDialog *dialog, const std::function<void()> &onAccepted);
    /// Asks a question whose default answer is No; true for Yes.
    bool confirm(const QString &title, const QString &question);
    /// For undo commands: shows the message of an undo or redo the database refused.
    std::function<void(const QString &message)> undoErrorHandler();
};

} // namespace rongpei
