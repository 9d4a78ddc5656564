#include "history/AuditTableModel.h"

#include "common/TableRoles.h"

#include <QLocale>

namespace rongpei {

AuditTableModel::AuditTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void AuditTableModel::setLines(std::vector<AuditLine> lines, QHash<qint64, QString> unitNames)
{
    beginResetModel();
    m_lines = std::move(lines);
    m_unitNames = std::move(unitNames);
    endResetModel();
}

int AuditTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_lines.size());
}

int AuditTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString AuditTableModel::text(const AuditLine &line, int column) const
{
    switch (column) {
    case AtColumn:
        return QLocale().toString(line.change.at, QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    case UserColumn:
        return line.user;
    case KindColumn:
        return line.kind;
    case RecordColumn:
        return line.record;
    case UnitColumn:
        return m_unitNames.value(line.unitId);
    case OperationColumn:
        return line.change.operation;
    case FieldColumn:
        return line.change.field;
    case BeforeColumn:
        return line.change.before;
    case AfterColumn:
        return line.change.after;
    case AuthorColumn:
        return line.change.author;
    default:
        return {};
    }
}

QVariant AuditTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const AuditLine &line = m_lines[static_cast<size_t>(index.row())];
    switch (role) {
    case Qt::DisplayRole:
        return text(line, index.column());
    case TableRole::Id:
        return line.change.sequence;
    case TableRole::Sort:
        return index.column() == AtColumn ? QVariant(line.change.sequence)
                                          : QVariant(text(line, index.column()));
    case TableRole::SearchText:
        return rowSearchText(ColumnCount, [&](int column) { return text(line, column); });
    default:
        return {};
    }
}

QVariant AuditTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case AtColumn:
        return tr("When");
    case UserColumn:
        return tr("User");
    case KindColumn:
        return tr("Kind");
    case RecordColumn:
        return tr("Record");
    case UnitColumn:
        return tr("Unit");
    case OperationColumn:
        return tr("Change");
    case FieldColumn:
        return tr("Field");
    case BeforeColumn:
        return tr("Before");
    case AfterColumn:
        return tr("After");
    case AuthorColumn:
        return tr("Device and program");
    default:
        return {};
    }
}

} // namespace rongpei
