#pragma once

#include <QStandardItemModel>

namespace rongpei {

class OrganizationRepository;

/// The organisation tree with each unit's kind and number of cadres (its whole subtree).
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

    explicit OrganizationTreeModel(OrganizationRepository &organizations, QObject *parent = nullptr);

    QModelIndex indexOf(qint64 id) const;

public slots:
    void reload();

private:
    OrganizationRepository &m_organizations;
    QHash<qint64, QStandardItem *> m_items;
};

} // namespace rongpei
