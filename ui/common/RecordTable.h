#pragma once

#include <QtGlobal>

class QModelIndex;
class QSortFilterProxyModel;
class QTableView;

namespace rongpei {

/// The look every module's record table shares: whole rows selected, alternating rows,
/// no row numbers, compact rows, the last column stretched, not edited in place.
void setUpRecordTable(QTableView *table);

/// The id (TableRole::Id) of the selected row, else of the current one; 0 if none.
qint64 selectedRecordId(const QTableView *table);

/// Selects and shows the row of `sourceIndex` in a table that views it through `proxy`;
/// does nothing if the row is filtered out.
void selectSourceRow(QTableView *table, const QSortFilterProxyModel *proxy, const QModelIndex &sourceIndex);

/// Selects and shows the row whose TableRole::Id is `id` in the model `proxy` views; does nothing
/// if there is none or it is filtered out.
void selectRecord(QTableView *table, const QSortFilterProxyModel *proxy, qint64 id);

} // namespace rongpei
