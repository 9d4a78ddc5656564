#include "common/RecordTable.h"

#include "common/TableRoles.h"

#include <QHeaderView>
#include <QSortFilterProxyModel>
#include <QTableView>

namespace rongpei {

void setUpRecordTable(QTableView *table)
{
    table->setSortingEnabled(true);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setAlternatingRowColors(true);
    table->setWordWrap(false);
    table->verticalHeader()->hide();
    table->verticalHeader()->setDefaultSectionSize(table->fontMetrics().height() + 8);
    table->horizontalHeader()->setStretchLastSection(true);
    table->horizontalHeader()->setResizeContentsPrecision(200);
}

qint64 selectedRecordId(const QTableView *table)
{
    const QItemSelectionModel *selection = table->selectionModel();
    const QModelIndexList rows = selection->selectedRows();
    const QModelIndex index = rows.isEmpty() ? selection->currentIndex() : rows.first();
    return index.isValid() ? index.data(TableRole::Id).toLongLong() : 0;
}

void selectSourceRow(QTableView *table, const QSortFilterProxyModel *proxy, const QModelIndex &sourceIndex)
{
    const QModelIndex index = proxy->mapFromSource(sourceIndex);
    if (!index.isValid())
        return;
    table->selectionModel()->setCurrentIndex(index,
                                             QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    table->scrollTo(index);
}

void selectRecord(QTableView *table, const QSortFilterProxyModel *proxy, qint64 id)
{
    const QAbstractItemModel *model = proxy->sourceModel();
    for (int row = 0; row < model->rowCount(); ++row)
        if (const QModelIndex index = model->index(row, 0); index.data(TableRole::Id).toLongLong() == id) {
            selectSourceRow(table, proxy, index);
            return;
        }
}

} // namespace rongpei
