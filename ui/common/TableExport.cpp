#include "common/TableExport.h"

#include "common/CsvFile.h"
#include "common/ErrorMessageBox.h"
#include "common/UserMessage.h"

#include <QAbstractItemView>
#include <QHeaderView>
#include <QMessageBox>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QRegularExpression>
#include <QTableView>
#include <QTreeView>

#include <functional>

namespace rongpei {

namespace TableExport {

namespace {

QHeaderView *headerOf(const QAbstractItemView *view)
{
    if (const auto *table = qobject_cast<const QTableView *>(view))
        return table->horizontalHeader();
    if (const auto *tree = qobject_cast<const QTreeView *>(view))
        return tree->header();
    return nullptr;
}

} // namespace

PrintedTable snapshot(const QAbstractItemView *view, const QString &title, const QString &caption)
{
    PrintedTable table;
    table.title = title;
    table.caption = caption;
    table.printedOn = QDate::currentDate();
    const QAbstractItemModel *model = view->model();
    const QHeaderView *header = headerOf(view);
    if (!model)
        return table;
    QList<int> columns;
    for (int visual = 0; visual < model->columnCount(); ++visual) {
        const int logical = header ? header->logicalIndex(visual) : visual;
        if (logical >= 0 && !(header && header->isSectionHidden(logical)))
            columns.append(logical);
    }
    for (int column : std::as_const(columns)) {
        table.headers.append(model->headerData(column, Qt::Horizontal).toString());
        const QVariant sample =
            model->rowCount() > 0 ? model->index(0, column).data(Qt::DisplayRole) : QVariant();
        if (sample.typeId() == QMetaType::Int || sample.typeId() == QMetaType::Double ||
            sample.typeId() == QMetaType::LongLong)
            table.numericColumns.append(int(table.headers.size()) - 1);
    }
    const std::function<void(const QModelIndex &, int)> addRows = [&](const QModelIndex &parent, int depth) {
        for (int row = 0; row < model->rowCount(parent); ++row) {
            QStringList values;
            for (qsizetype i = 0; i < columns.size(); ++i) {
                QString text = model->index(row, columns.at(i), parent).data(Qt::DisplayRole).toString();
                if (i == 0 && depth > 0)
                    text.prepend(QString(depth * 2, QChar(0x3000))); // ideographic spaces: the tree's indent
                values.append(text);
            }
            table.rows.append(values);
            const QModelIndex first = model->index(row, 0, parent);
            if (model->hasChildren(first))
                addRows(first, depth + 1);
        }
    };
    addRows({}, 0);
    return table;
}

void printWithPreview(const PrintedTable &table, QWidget *parent)
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageLayout(TableDocument::pageLayout(table));
    printer.setDocName(table.title);
    QPrintPreviewDialog preview(&printer, parent);
    preview.setWindowTitle(QCoreApplication::translate("rongpei::TableExport", "Print: %1").arg(table.title));
    QObject::connect(
        &preview, &QPrintPreviewDialog::paintRequested, parent, [&table, parent](QPrinter *target) {
            try {
                TableDocument::print(table, target);
            } catch (const std::exception &error) {
                showErrorMessage(parent, QCoreApplication::translate("rongpei::TableExport", "Print"), error);
            }
        });
    preview.exec();
}

QString csv(const PrintedTable &table)
{
    QString text = CsvFile::line(table.headers);
    for (const QStringList &row : table.rows) {
        QStringList trimmed;
        for (const QString &value : row)
            trimmed.append(QString(value).remove(QRegularExpression(QStringLiteral("^\\x{3000}+"))));
        text += CsvFile::line(trimmed);
    }
    return text;
}

} // namespace TableExport

} // namespace rongpei
