#include "common/HistoryTableModel.h"

#include "common/TableRoles.h"

namespace rongpei {

HistoryTableModel::HistoryTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void HistoryTableModel::setLines(std::vector<HistoryLine> lines)
{
    beginResetModel();
    m_lines = std::move(lines);
    endResetModel();
}

int HistoryTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_lines.size());
}

int HistoryTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString HistoryTableModel::text(const HistoryLine &line, int column) const
{
    switch (column) {
    case WhenColumn:
        return QLocale().toString(line.at, QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    case AuthorColumn:
        return line.author;
    case OperationColumn:
        return line.operation;
    case SubjectColumn:
        return line.subject;
    case FieldColumn:
        return line.field;
    case BeforeColumn:
        return line.before;
    case AfterColumn:
        return line.after;
    default:
        return {};
    }
}

QVariant HistoryTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const HistoryLine &line = m_lines.at(static_cast<size_t>(index.row()));
    switch (role) {
    case Qt::DisplayRole:
        return text(line, index.column());
    case Qt::ToolTipRole:
        return index.column() == BeforeColumn || index.column() == AfterColumn ? text(line, index.column())
                                                                               : QVariant();
    case TableRole::Sort:
        // Sorting by time keeps a change's fields together, in the journal's order.
        return index.column() == WhenColumn ? QVariant(line.sequence) : QVariant(text(line, index.column()));
    case TableRole::SearchText:
        return rowSearchText(ColumnCount, [&](int column) { return text(line, column); });
    default:
        return {};
    }
}

QVariant HistoryTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case WhenColumn:
        return tr("When");
    case AuthorColumn:
        return tr("Who");
    case OperationColumn:
        return tr("Change");
    case SubjectColumn:
        return tr("Concerning");
    case FieldColumn:
        return tr("Field");
    case BeforeColumn:
        return tr("Before");
    case AfterColumn:
        return tr("After");
    default:
        return {};
    }
}

} // namespace rongpei
