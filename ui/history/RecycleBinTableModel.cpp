#include "history/RecycleBinTableModel.h"

#include "Workspace.h"
#include "common/TableRoles.h"
#include "history/RecordHistory.h"
#include "history/RecordKind.h"

#include <QLocale>

namespace rongpei {

RecycleBinTableModel::RecycleBinTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void RecycleBinTableModel::setRecords(std::vector<DeletedRecord> records, QHash<qint64, QString> unitNames)
{
    beginResetModel();
    m_records = std::move(records);
    m_unitNames = std::move(unitNames);
    endResetModel();
}

const DeletedRecord *RecycleBinTableModel::recordAt(int row) const
{
    return row >= 0 && row < rowCount() ? &m_records[static_cast<size_t>(row)] : nullptr;
}

int RecycleBinTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_records.size());
}

int RecycleBinTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString RecycleBinTableModel::text(const DeletedRecord &record, int column) const
{
    switch (column) {
    case DeletedAtColumn:
        return QLocale().toString(record.tombstone.at.toLocalTime(), QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    case AuthorColumn:
        return RecordHistory::authorOf(record.tombstone);
    case KindColumn:
        return record.kind != nullptr ? record.kind->label : record.tombstone.table;
    case NameColumn:
        return record.name;
    case BranchColumn:
        return m_unitNames.value(record.tombstone.branchId);
    case PartsColumn:
        return partsText(record);
    default:
        return {};
    }
}

QString RecycleBinTableModel::partsText(const DeletedRecord &record)
{
    // Each table by what the record's kind calls it: "点名 5" for a session, "必修课程 2" for a plan.
    QStringList parts;
    for (auto it = record.partsByTable.cbegin(); it != record.partsByTable.cend(); ++it) {
        QString label = it.key();
        if (record.kind != nullptr)
            for (const RecordChildren &children : record.kind->children)
                if (children.table == it.key())
                    label = children.label;
        if (const RecordKind *kind = Workspace::recordKind(it.key()); kind != nullptr && label == it.key())
            label = kind->label;
        parts.append(tr("%1 %2").arg(label).arg(it.value()));
    }
    return parts.join(tr(", "));
}

QVariant RecycleBinTableModel::data(const QModelIndex &index, int role) const
{
    const DeletedRecord *record = recordAt(index.row());
    if (!index.isValid() || record == nullptr)
        return {};
    switch (role) {
    case Qt::DisplayRole:
        return text(*record, index.column());
    case TableRole::Id:
        return record->tombstone.sequence;
    case TableRole::Sort:
        if (index.column() == DeletedAtColumn)
            return record->tombstone.sequence;
        if (index.column() == PartsColumn)
            return record->parts;
        return text(*record, index.column());
    case TableRole::SearchText:
        return rowSearchText(ColumnCount, [&](int column) { return text(*record, column); });
    default:
        return {};
    }
}

QVariant RecycleBinTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case DeletedAtColumn:
        return tr("Deleted");
    case AuthorColumn:
        return tr("By");
    case KindColumn:
        return tr("Kind");
    case NameColumn:
        return tr("Name or topic");
    case BranchColumn:
        return tr("Party branch");
    case PartsColumn:
        return tr("Deleted with it");
    default:
        return {};
    }
}

} // namespace rongpei
