#include "ScopeCombo.h"

#include "OrganizationRepository.h"

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
    connect(&organizations, &OrganizationRepository::organizationsChanged, this, &ScopeCombo::fill);
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
        QHash<qint64, int> depth;
        for (const Organization &organization : m_organizations.all()) {
            const int level = organization.parentId > 0 ? depth.value(organization.parentId) + 1 : 0;
            depth.insert(organization.id, level);
            const bool listed = organization.kind == OrganizationKind::Branch ||
                                (!m_branchesOnly && organization.kind == OrganizationKind::Committee);
            if (listed)
                addItem(QString(m_branchesOnly ? 0 : level * 2, u' ') + organization.name, organization.id);
        }
        setCurrentIndex(qMax(0, findData(previous)));
    }
    emit scopeChanged();
}

} // namespace rongpei
