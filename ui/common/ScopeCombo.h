#pragma once

#include <QComboBox>
#include <QSet>

#include <optional>

namespace rongpei {

class OrganizationRepository;

/// Chooses a scope: the whole enterprise, a party committee or a branch, indented as in
/// the tree. Follows changes to the organisation.
class ScopeCombo final : public QComboBox
{
    Q_OBJECT

public:
    /// `allText` names the whole-enterprise entry; `branchesOnly` lists branches alone.
    ScopeCombo(OrganizationRepository &organizations, const QString &allText, bool branchesOnly = false,
               QWidget *parent = nullptr);

    /// The chosen unit's id; 0 for the whole enterprise.
    qint64 unitId() const { return currentData().toLongLong(); }
    void setUnitId(qint64 id);
    /// The branches in scope; std::nullopt for the whole enterprise.
    std::optional<QSet<qint64>> branches() const;

signals:
    void scopeChanged();

private:
    void fill();

    OrganizationRepository &m_organizations;
    QString m_allText;
    bool m_branchesOnly;
};

} // namespace rongpei
