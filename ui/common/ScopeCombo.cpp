#include "common/ScopeCombo.h"

#include "organization/OrganizationRepository.h"

#include <functional>

namespace rongpei {

ScopeCombo::ScopeCombo(OrganizationRepository &organizations, const QString &allText, bool branchesOnly,
                       QWidget *parent)
    : QComboBox(parent)
    , m_organizations(organizations)
    , m_allText(allText)
    , m_branchesOnly(branchesOnly)
{
    setSizeAdjustPolicy(QComboBox::AdjustToContents);
    fill();
    connect(this, &QComboBox::currentIndexChanged, this, &ScopeCombo::scopeChanged);
    RecordRepository::onAnyChange(organizations, this, [this] { fill(); });
}

void ScopeCombo::setUnitId(qint64 id)
{
    setCurrentIndex(qMax(0, findData(id)));
}

std::optional<QSet<qint64>> ScopeCombo::branches() const
{
    const qint64 rootId = unitId();
    if (rootId <= 0)
        return std::nullopt;
    return branchesBelow(m_organizations.all(), rootId);
}

void ScopeCombo::fill()
{
    const qint64 previous = unitId();
    {
        const QSignalBlocker blocker(this);
        clear();
        if (!m_allText.isEmpty())
            addItem(m_allText, qint64(0));
        // Depth first, so every unit is listed under its own parent.
        const QList<Organization> units = m_organizations.all();
        QHash<qint64, QList<const Organization *>> children;
        for (const Organization &unit : units)
            children[unit.parentId].append(&unit);
        const std::function<void(qint64, int)> add = [&](qint64 parentId, int level) {
            for (const Organization *unit : children.value(parentId)) {
                const bool listed = unit->kind == OrganizationKind::Branch ||
                                    (!m_branchesOnly && unit->kind == OrganizationKind::Committee);
                if (listed)
                    addItem(QString(m_branchesOnly ? 0 : level * 2, u' ') + unit->name, unit->id);
                add(unit->id, level + 1);
            }
        };
        add(0, 0);
        setCurrentIndex(qMax(0, findData(previous)));
    }
    emit scopeChanged();
}

} // namespace rongpei
