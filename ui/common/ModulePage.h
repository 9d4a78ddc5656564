#pragma once

#include "common/RecordCommands.h"
#include "common/ShellScope.h"

#include <QIcon>
#include <QUndoStack>
#include <QWidget>

#include <functional>
#include <memory>
#include <optional>

class QAbstractItemView;
class QDialog;

namespace rongpei {

/// The common shape of every module's page, so the main window's menus and
/// shortcuts (Ctrl+N, Enter, Delete, Ctrl+F, F5, Ctrl+Z) work the same everywhere.
///
/// A page edits records only through the helpers below: a dialog gets a saver from
/// addingSaver() or editingSaver(), and deletion goes through deleteWithUndo(), so
/// every change of every record kind is undoable in the same way.
class ModulePage : public QWidget
{
    Q_OBJECT

public:
    using QWidget::QWidget;

    virtual QString title() const = 0;
    /// The page's icon in the navigation and the Go menu, by its freedesktop.org name (each page
    /// its own); it must be one of the bundled SVGs of resources/icons/pages/.
    virtual QString iconName() const = 0;
    QIcon icon() const;
    /// The page's undo history, or nullptr if its edits are not undoable.
    virtual QUndoStack *undoStack() { return nullptr; }
    /// The anchor of the page's section in the user guide (F1).
    virtual QString guideSection() const = 0;
    /// The table the page is about, which File → Print table and Export table take; nullptr if none.
    virtual QAbstractItemView *mainTable() const { return nullptr; }

    /// Starts reading what the page shows, ahead of its first showing: the start page does it
    /// while the rest of the window is built. Runs firstShown() once, whichever comes first.
    void prepareFirstShow();

    /// The scope and period chosen at the top of the window; the page follows them.
    const ShellScope &shellScope() const { return m_shellScope; }
    void setShellScope(const ShellScope &scope);

public slots:
    virtual void newRecord() {}
    virtual void editSelected() {}
    virtual void deleteSelected() {}
    virtual void focusSearch() {}
    virtual void refresh() {}
    /// Ctrl+P: the page's document; by default its table.
    virtual void print() { printTable(); }
    /// A4 print preview of the table as shown: its columns, filter and sort, headed with the
    /// scope and period.
    void printTable();
    /// The table as shown, to a CSV file with headers and values in the UI's language.
    void exportTable();

signals:
    /// A short note for the status bar, e.g. "Saved".
    void statusMessage(const QString &message);
    /// Asks the shell to show another period, e.g. the year of a record just saved outside it.
    void periodRequested(const rongpei::Period &period);
    /// Asks the shell to bring this page to the front, e.g. when another page points at it.
    void showRequested();

protected:
    /// Called after the shell's scope or period changed: the page shows what they cover.
    virtual void followShellScope() {}
    /// Called once, when the page is first shown: a page reads what it shows then, so the
    /// pages nobody opens cost nothing at start-up.
    virtual void firstShown() {}
    bool hasBeenShown() const { return m_shown; }
    void showEvent(QShowEvent *event) override;

    /// Opens a dialog without blocking and deletes it once closed; `onAccepted` runs after Save.
    void openDialog(QDialog *dialog, const std::function<void()> &onAccepted);
    /// Asks a question whose default answer is No; true for Yes.
    bool confirm(const QString &title, const QString &question);
    /// For undo commands: shows the message of an undo or redo the database refused.
    UndoErrorHandler undoErrorHandler();
    /// Shows why an action was refused.
    void showRefusal(const QString &title, const std::exception &error);
    void showRefusal(const QString &title, const QString &refusal);

    /// A dialog's saver that adds the record through an undo command and keeps its new id.
    template <typename Repository, typename Record>
    std::function<void(const Record &)> addingSaver(Repository &repository, std::shared_ptr<qint64> addedId)
    {
        return [this, &repository, addedId](const Record &record) {
            auto command =
                AddRecordCommand<Repository, Record>::perform(repository, record, undoErrorHandler());
            *addedId = command->recordId();
            pushUndo(std::move(command));
        };
    }

    /// A dialog's saver that saves the edited record through an undo command.
    template <typename Repository, typename Record>
    std::function<void(const Record &)> editingSaver(Repository &repository, Record before)
    {
        return [this, &repository, before = std::move(before)](const Record &after) {
            pushUndo(EditRecordCommand<Repository, Record>::perform(repository, before, after,
                                                                    undoErrorHandler()));
        };
    }

    /// Asks `question` first, then deletes through an undo command and says `done`; a refusal
    /// is shown under `title`. Returns true if the record was deleted.
    template <typename Repository>
    bool deleteWithUndo(Repository &repository, qint64 id, const QString &title, const QString &question,
                        const QString &done)
    {
        using Record = decltype(repository.remove(id));
        // A deletion that will be refused is refused before the question, not after promising undo.
        if constexpr (requires { repository.removalRefusal(id); }) {
            if (const std::optional<QString> refusal = repository.removalRefusal(id)) {
                showRefusal(title, *refusal);
                return false;
            }
        }
        if (!confirm(title, question))
            return false;
        try {
            pushUndo(DeleteRecordCommand<Repository, Record>::perform(repository, id, undoErrorHandler()));
        } catch (const std::exception &error) {
            showRefusal(title, error);
            return false;
        }
        emit statusMessage(done);
        return true;
    }

    /// Pushes a command already performed (RecordCommand) onto the page's undo stack.
    void pushUndo(std::unique_ptr<QUndoCommand> command);

private:
    ShellScope m_shellScope;
    bool m_shown = false;
};

} // namespace rongpei
