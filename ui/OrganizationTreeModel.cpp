#include "OrganizationTreeModel.h"

#include "OrganizationRepository.h"

namespace rongpei {

OrganizationTreeModel::OrganizationTreeModel(OrganizationRepository &organizations, QObject *parent)
    : QStandardItemModel(parent)
    , m_organizations(organizations)
{
    connect(&m_organizations, &OrganizationRepository::organizationsChanged, this,
            &OrganizationTreeModel::reload);
    reload();
}

QModelIndex OrganizationTreeModel::indexOf(qint64 id) const
{
    const auto it = m_items.constFind(id);
    return it == m_items.constEnd() ? QModelIndex() : (*it)->index();
}

void OrganizationTreeModel::reload()
{
    clear();
    m_items.clear();
    setHorizontalHeaderLabels({tr("Unit"), tr("Kind"), tr("Cadres")});

    const QList<Organization> organizations = m_organizations.all();
    const QHash<qint64, int> direct = m_organizations.cadreCounts();
    // Subtree totals: children come after parents, so walk backwards adding each to its parent.
    QHash<qint64, int> totals;
    for (const Organization &organization : organizations)
        if (organization.kind !=
            OrganizationKind::Department) // a department's cadres are already its branch's
            totals[organization.id] = direct.value(organization.id);
    for (auto it = organizations.crbegin(); it != organizations.crend(); ++it)
        if (it->parentId > 0 && it->kind != OrganizationKind::Department)
            totals[it->parentId] += totals.value(it->id);

    for (const Organization &organization : organizations) {
        auto *name = new QStandardItem(organization.name);
        name->setData(organization.id, IdRole);
        name->setEditable(false);
        auto *kind = new QStandardItem(enumLabel(organization.kind));
        kind->setEditable(false);
        const int count = organization.kind == OrganizationKind::Department ? direct.value(organization.id)
                                                                            : totals.value(organization.id);
        auto *cadres = new QStandardItem;
        cadres->setData(count, Qt::DisplayRole);
        cadres->setData(int(Qt::AlignRight | Qt::AlignVCenter), Qt::TextAlignmentRole);
        cadres->setEditable(false);
        QStandardItem *parent = m_items.value(organization.parentId, invisibleRootItem());
        parent->appendRow({name, kind, cadres});
        m_items.insert(organization.id, name);
    }
}

} // namespace rongpei
