#pragma once

#include "organization/Organization.h"

#include <QStandardItemModel>

namespace rongpei {

class CadreRepository;
class OrganizationRepository;

/// The organisation tree with each unit's kind and number of cadres (its whole subtree),
/// kept current as units and cadres change once reload() has read it.
class OrganizationTreeModel final : public QStandardItemModel
{
    Q_OBJECT

public:
    enum Column
    {
        NameColumn,
        KindColumn,
        CadresColumn,
        ColumnCount
    };
    enum Role
    {
        IdRole = Qt::UserRole + 1
    };

    OrganizationTreeModel(OrganizationRepository &organizations, CadreRepository &cadres,
                          QObject *parent = nullptr);

    QModelIndex indexOf(qint64 id) const;
    /// "Enterprise › Committee › Branch": where the unit sits in the tree.
    QString pathOf(qint64 id) const;
    /// How many units sit directly below the unit.
    int childCount(qint64 id) const;

public slots:
    void reload();
    /// Recounts the cadres without rebuilding the tree, so expansion and selection stay.
    void refreshCounts();

private:
    OrganizationRepository &m_organizations;
    bool m_loaded = false;
    QList<Organization> m_units; // parents before children, as the repository lists them
    QHash<qint64, QStandardItem *> m_items;
    QHash<qint64, QStandardItem *> m_countItems;
};

} // namespace rongpei
