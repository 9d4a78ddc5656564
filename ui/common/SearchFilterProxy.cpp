#include "common/SearchFilterProxy.h"

namespace rongpei {

SearchFilterProxy::SearchFilterProxy(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    m_collator.setNumericMode(true);
    setSortRole(TableRole::Sort);
}

void SearchFilterProxy::setSearchText(const QString &text)
{
    const QStringList terms = text.simplified().toCaseFolded().split(u' ', Qt::SkipEmptyParts);
    if (terms == m_terms)
        return;
    m_terms = terms;
    invalidate(); // one layout change; invalidateFilter() is slow with scattered matches
}

void SearchFilterProxy::setAccepted(int column, const std::optional<QSet<qint64>> &values)
{
    if (values)
        m_accepted.insert(column, *values);
    else
        m_accepted.remove(column);
    invalidate();
}

bool SearchFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QAbstractItemModel *model = sourceModel();
    for (auto it = m_accepted.cbegin(); it != m_accepted.cend(); ++it) {
        const QModelIndex index = model->index(sourceRow, it.key(), sourceParent);
        if (!it.value().contains(index.data(TableRole::Filter).toLongLong()))
            return false;
    }
    if (m_terms.isEmpty())
        return true;
    const QString haystack = model->index(sourceRow, 0, sourceParent).data(TableRole::SearchText).toString();
    return std::all_of(m_terms.cbegin(), m_terms.cend(),
                       [&haystack](const QString &term) { return haystack.contains(term); });
}

bool SearchFilterProxy::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    const QVariant a = left.data(TableRole::Sort);
    const QVariant b = right.data(TableRole::Sort);
    if (a.typeId() == QMetaType::QString && b.typeId() == QMetaType::QString)
        return m_collator.compare(a.toString(), b.toString()) < 0;
    return QVariant::compare(a, b) == QPartialOrdering::Less;
}

} // namespace rongpei
