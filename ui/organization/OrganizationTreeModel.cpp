#include "organization/OrganizationTreeModel.h"

#include "organization/OrganizationRepository.h"
#include "roster/CadreRepository.h"

namespace rongpei {

OrganizationTreeModel::OrganizationTreeModel(OrganizationRepository &organizations, CadreRepository &cadres,
                                             QObject *parent)
    : QStandardItemModel(parent)
    , m_organizations(organizations)
{
    RecordRepository::onAnyChange(m_organizations, this, [this] {
        if (m_loaded)
            reload();
    });
    RecordRepository::onAnyChange(cadres, this, [this] {
        if (m_loaded)
            refreshCounts();
    });
    setHorizontalHeaderLabels({tr("Unit"), tr("Kind"), tr("Cadres")});
}

QModelIndex OrganizationTreeModel::indexOf(qint64 id) const
{
    const auto it = m_items.constFind(id);
    return it == m_items.constEnd() ? QModelIndex() : (*it)->index();
}

QString OrganizationTreeModel::pathOf(qint64 id) const
{
    QStringList names;
    for (const QStandardItem *item = m_items.value(id); item; item = item->parent())
        names.prepend(item->text());
    return names.join(QStringLiteral(" › "));
}

int OrganizationTreeModel::childCount(qint64 id) const
{
    const QStandardItem *item = m_items.value(id);
    return item ? item->rowCount() : 0;
}

void OrganizationTreeModel::reload()
{
    m_loaded = true;
    // Rows only: clear() would drop the columns too, and with them the view's resize modes.
    removeRows(0, rowCount());
    m_items.clear();
    m_countItems.clear();

    m_units = m_organizations.all();
    for (const Organization &organization : std::as_const(m_units)) {
        auto *name = new QStandardItem(organization.name);
        name->setData(organization.id, IdRole);
        name->setEditable(false);
        auto *kind = new QStandardItem(enumLabel(organization.kind));
        kind->setEditable(false);
        auto *cadres = new QStandardItem;
        cadres->setData(int(Qt::AlignRight | Qt::AlignVCenter), Qt::TextAlignmentRole);
        cadres->setEditable(false);
        QStandardItem *parent = m_items.value(organization.parentId, invisibleRootItem());
        parent->appendRow({name, kind, cadres});
        m_items.insert(organization.id, name);
        m_countItems.insert(organization.id, cadres);
    }
    refreshCounts();
}

void OrganizationTreeModel::refreshCounts()
{
    const QHash<qint64, int> direct = m_organizations.cadreCounts();
    // Subtree totals: children come after parents, so walk backwards adding each to its parent.
    // A department's cadres are already counted at its branch.
    QHash<qint64, int> totals;
    for (auto it = m_units.crbegin(); it != m_units.crend(); ++it) {
        if (it->kind == OrganizationKind::Department) {
            totals[it->id] = direct.value(it->id);
            continue;
        }
        totals[it->id] += direct.value(it->id);
        if (it->parentId > 0)
            totals[it->parentId] += totals.value(it->id);
    }
    for (auto it = m_countItems.cbegin(); it != m_countItems.cend(); ++it)
        if ((*it)->data(Qt::DisplayRole) != QVariant(totals.value(it.key())))
            (*it)->setData(totals.value(it.key()), Qt::DisplayRole);
}

} // namespace rongpei
