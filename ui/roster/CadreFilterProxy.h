#pragma once

#include "roster/Cadre.h"

#include <QSet>
#include <QSortFilterProxyModel>

#include <optional>

namespace rongpei {

class CadreTableModel;

/// Filters the roster by search text, branches, track and employment status, and
/// sorts through CadreTableModel's collation keys.
class CadreFilterProxy final : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit CadreFilterProxy(CadreTableModel &source, QObject *parent = nullptr);

    /// Every word of the text must occur in the name, employee number or post.
    void setSearchText(const QString &text);
    /// Only cadres of these branches (none, for a committee without branches);
    /// std::nullopt shows every branch.
    void setBranches(const std::optional<QSet<qint64>> &branchIds);
    void setTrack(std::optional<Track> track);
    void setEmploymentStatus(std::optional<EmploymentStatus> status);
    /// Hides cadres who have left or retired.
    void setEmployedOnly(bool employedOnly);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    void refilter();

    CadreTableModel &m_source;
    QStringList m_searchTerms;
    std::optional<QSet<qint64>> m_branchIds;
    std::optional<Track> m_track;
    std::optional<EmploymentStatus> m_employmentStatus;
    bool m_employedOnly = false;
};

} // namespace rongpei
