#include "common/ModulePage.h"

#include "common/CsvFile.h"
#include "common/ErrorMessageBox.h"
#include "common/Icons.h"
#include "common/RecordDialog.h"
#include "common/TableExport.h"
#include "common/UserMessage.h"

#include <QDialog>
#include <QDir>
#include <QFileDialog>
#include <QMessageBox>

namespace rongpei {

void ModulePage::setShellScope(const ShellScope &scope)
{
    m_shellScope = scope;
    followShellScope();
}

void ModulePage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    prepareFirstShow();
}

void ModulePage::prepareFirstShow()
{
    if (m_shown)
        return;
    m_shown = true;
    firstShown();
}

QIcon ModulePage::icon() const
{
    return themedIcon(iconName());
}

void ModulePage::printTable()
{
    if (const QAbstractItemView *table = mainTable())
        TableExport::printWithPreview(TableExport::snapshot(table, title(), shellScope().caption()), this);
    else
        emit statusMessage(tr("This page has no table to print."));
}

void ModulePage::exportTable()
{
    const QAbstractItemView *table = mainTable();
    if (!table) {
        emit statusMessage(tr("This page has no table to export."));
        return;
    }
    const PrintedTable shown = TableExport::snapshot(table, title(), shellScope().caption());
    const QString suggested = QStringLiteral("%1-%2.csv").arg(title(), shellScope().period.code());
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Export table"), suggested, tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    try {
        CsvFile::writeForSpreadsheets(path, TableExport::csv(shown));
    } catch (const std::exception &error) {
        showRefusal(tr("Export table"), error);
        return;
    }
    emit statusMessage(
        tr("Exported %n row(s) to %1.", nullptr, int(shown.rows.size())).arg(QDir::toNativeSeparators(path)));
}

void ModulePage::openDialog(QDialog *dialog, const std::function<void()> &onAccepted)
{
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, onAccepted);
    if (auto *record = qobject_cast<RecordDialog *>(dialog))
        connect(record, &RecordDialog::reloadRequested, this, &ModulePage::editSelected,
                Qt::QueuedConnection);
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

void ModulePage::showRefusal(const QString &title, const QString &refusal)
{
    QMessageBox::information(this, title, refusal);
}

void ModulePage::showRefusal(const QString &title, const std::exception &error)
{
    showErrorMessage(this, title, error);
}

void ModulePage::pushUndo(std::unique_ptr<QUndoCommand> command)
{
    // A page without an undo history still makes the change; it just cannot be undone.
    if (QUndoStack *stack = undoStack())
        stack->push(command.release());
}

} // namespace rongpei
