#include "training/UnitPlanTableModel.h"

#include "common/StatusColors.h"
#include "common/TableRoles.h"

#include <QBrush>
#include <QLocale>

namespace rongpei {

int UnitPlanTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_statuses.size());
}

int UnitPlanTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

void UnitPlanTableModel::setStatuses(QList<UnitPlanStatus> statuses)
{
    beginResetModel();
    m_statuses = std::move(statuses);
    endResetModel();
}

const UnitPlanStatus *UnitPlanTableModel::statusOf(qint64 planId) const
{
    for (const UnitPlanStatus &status : m_statuses)
        if (status.plan.id == planId)
            return &status;
    return nullptr;
}

int UnitPlanTableModel::targetsMet(const UnitPlanStatus &status)
{
    return static_cast<int>(std::count_if(status.targets.cbegin(), status.targets.cend(),
                                          [](const UnitPlanTarget &target) { return target.met(); }));
}

int UnitPlanTableModel::itemsFulfilled(const UnitPlanStatus &status)
{
    return static_cast<int>(std::count_if(status.items.cbegin(), status.items.cend(),
                                          [](const UnitPlanItemStatus &item) { return item.fulfilled; }));
}

QVariant UnitPlanTableModel::display(const UnitPlanStatus &status, int column) const
{
    switch (column) {
    case UnitColumn:
        return status.unitName;
    case CompletionColumn:
        return status.completionPercent
                   ? tr("%1 %").arg(QLocale().toString(*status.completionPercent, 'f', 0))
                   : tr("nothing planned");
    case TargetsColumn:
        return tr("%1 of %2").arg(targetsMet(status)).arg(status.targets.size());
    case ItemsColumn:
        return tr("%1 of %2").arg(itemsFulfilled(status)).arg(status.items.size());
    case OpenColumn:
        return status.open.join(tr("; "));
    default:
        return {};
    }
}

QVariant UnitPlanTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const UnitPlanStatus &status = m_statuses.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return display(status, index.column());
    case Qt::ToolTipRole:
        return index.column() == OpenColumn ? status.open.join(u'\n') : QString();
    case Qt::BackgroundRole:
        if (index.column() != CompletionColumn || !status.completionPercent)
            return {};
        return QBrush(*status.completionPercent >= 100  ? StatusColors::good()
                      : *status.completionPercent >= 50 ? StatusColors::warning()
                                                        : StatusColors::bad());
    case Qt::ForegroundRole:
        return index.column() == CompletionColumn && status.completionPercent ? QVariant(QBrush(Qt::black))
                                                                              : QVariant();
    case Qt::TextAlignmentRole:
        return index.column() >= CompletionColumn && index.column() <= ItemsColumn
                   ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                   : QVariant();
    case TableRole::Id:
        return status.plan.id;
    case TableRole::Filter:
        return status.plan.unitId;
    case TableRole::SearchText:
        return rowSearchText(ColumnCount, [&](int c) { return display(status, c).toString(); });
    case TableRole::Sort:
        switch (index.column()) {
        case CompletionColumn:
            return status.completionPercent.value_or(-1);
        case TargetsColumn:
            return targetsMet(status);
        case ItemsColumn:
            return itemsFulfilled(status);
        default:
            return display(status, index.column());
        }
    default:
        return {};
    }
}

QVariant UnitPlanTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case UnitColumn:
        return tr("Unit");
    case CompletionColumn:
        return tr("Completion rate");
    case TargetsColumn:
        return tr("Targets met");
    case ItemsColumn:
        return tr("Items fulfilled");
    case OpenColumn:
        return tr("Still open");
    default:
        return {};
    }
}

} // namespace rongpei
