#include "rotation/ExchangeDueTableModel.h"

#include "common/TableRoles.h"

#include <QLocale>

namespace rongpei {

void ExchangeDueTableModel::setLines(QList<ExchangeDueLine> lines, QHash<qint64, Cadre> cadres,
                                     QHash<qint64, QString> units)
{
    beginResetModel();
    m_lines = std::move(lines);
    m_cadres = std::move(cadres);
    m_units = std::move(units);
    endResetModel();
}

const ExchangeDueLine *ExchangeDueTableModel::lineOf(qint64 cadreId) const
{
    for (const ExchangeDueLine &line : m_lines)
        if (line.cadreId == cadreId)
            return &line;
    return nullptr;
}

int ExchangeDueTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_lines.size());
}

int ExchangeDueTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString ExchangeDueTableModel::text(const ExchangeDueLine &line, int column) const
{
    const Cadre cadre = m_cadres.value(line.cadreId);
    switch (column) {
    case NameColumn:
        return cadre.name;
    case BranchColumn:
        return m_units.value(cadre.branchId);
    case PostColumn:
        return cadre.departmentId > 0 ? tr("%1, %2").arg(m_units.value(cadre.departmentId), cadre.post)
                                      : cadre.post;
    case LevelColumn:
        return enumLabel(cadre.level);
    case SinceColumn:
        return line.sinceHire ? tr("%1 (hire date)").arg(QLocale().toString(line.since, QLocale::ShortFormat))
                              : QLocale().toString(line.since, QLocale::ShortFormat);
    case YearsColumn:
        return QLocale().toString(line.years);
    case ThresholdColumn:
        return QLocale().toString(line.thresholdYears);
    default:
        return {};
    }
}

QVariant ExchangeDueTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const ExchangeDueLine &line = m_lines.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return text(line, index.column());
    case Qt::ToolTipRole:
        return index.column() == SinceColumn && line.sinceHire
                   ? tr("No post of the cadre's history records when this post began: the hire date stands "
                        "for "
                        "it. Add the earlier posts to the post history if there were any.")
                   : QVariant();
    case Qt::TextAlignmentRole:
        return index.column() == YearsColumn || index.column() == ThresholdColumn
                   ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                   : QVariant();
    case TableRole::Id:
        return line.cadreId;
    case TableRole::Filter:
        return index.column() == BranchColumn ? QVariant(m_cadres.value(line.cadreId).branchId) : QVariant();
    case TableRole::SearchText:
        return rowSearchText(ColumnCount, [&](int column) { return text(line, column); });
    case TableRole::Sort:
        switch (index.column()) {
        case SinceColumn:
            return line.since;
        case YearsColumn:
            return line.years;
        case ThresholdColumn:
            return line.thresholdYears;
        default:
            return text(line, index.column());
        }
    default:
        return {};
    }
}

QVariant ExchangeDueTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Name");
    case BranchColumn:
        return tr("Party branch");
    case PostColumn:
        return tr("Post");
    case LevelColumn:
        return tr("Level");
    case SinceColumn:
        return tr("In the post since");
    case YearsColumn:
        return tr("Years in the post");
    case ThresholdColumn:
        return tr("Rule (years)");
    default:
        return {};
    }
}

} // namespace rongpei
