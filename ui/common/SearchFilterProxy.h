#pragma once

#include "common/TableRoles.h"

#include <QCollator>
#include <QSet>
#include <QSortFilterProxyModel>

#include <optional>

namespace rongpei {

/// Search-as-you-type over a model's TableRole::SearchText (every word must occur), an optional
/// set of accepted TableRole::Filter values in one column, and sorting by TableRole::Sort, text in the
/// locale's collation (pinyin order for Chinese).
class SearchFilterProxy final : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit SearchFilterProxy(QObject *parent = nullptr);

    void setSearchText(const QString &text);
    /// Keeps rows whose TableRole::Filter in `column` is one of `values`; nullopt keeps all.
    void setAccepted(int column, const std::optional<QSet<qint64>> &values);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    QStringList m_terms;
    QHash<int, QSet<qint64>> m_accepted;
    QCollator m_collator;
};

} // namespace rongpei
