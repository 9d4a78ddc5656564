#pragma once

#include "organization/Organization.h"
#include "storage/RecordRepository.h"

#include <QCoreApplication>
#include <QHash>
#include <QObject>

#include <optional>

namespace rongpei {

class Clock;
class Database;

/// What still belongs to an organisation node, and so keeps it from being deleted.
struct OrganizationUsage
{
    int children = 0;
    int cadres = 0;

    bool isEmpty() const { return children == 0 && cadres == 0; }
};

/// The organisation tree in the database. Rule violations throw ValidationError;
/// storage failures throw DatabaseError; either way nothing is saved.
class OrganizationRepository final : public RecordRepository
{
    Q_OBJECT

public:
    OrganizationRepository(Database &database, const Clock &clock, QObject *parent = nullptr);

    /// Every node, parents before children, siblings by sort order then name. Kept from the
    /// last read until the file changes: the shell, the pages and their pickers all ask for it.
    QList<Organization> all() const;
    /// The same, read afresh from `database`: for work off the GUI thread on its own connection.
    static QList<Organization> readAll(const Database &database);
    std::optional<Organization> find(qint64 id) const;
    int count() const;

    /// Adds a node under organization.parentId (0 for the enterprise); returns its id.
    qint64 add(Organization organization);
    /// Saves a node's name and place: a moved department takes its cadres to its new branch.
    void update(const Organization &organization);
    void rename(qint64 id, const QString &name);
    void move(qint64 id, qint64 newParentId);
    /// Deletes an empty node; refuses, with the reason, while anything belongs to it. Returns
    /// the node as it was, so the deletion can be undone.
    Organization remove(qint64 id);
    /// Puts a deleted node back with its original id, uuid and creation time.
    void restore(const Organization &organization);
    OrganizationUsage usage(qint64 id) const;
    /// Throws ValidationError, with the reason, if remove(id) would be refused.
    void requireRemovable(qint64 id) const;
    /// Cadres per unit, counting each cadre at its branch and at its department.
    QHash<qint64, int> cadreCounts() const;

private:
    Organization require(qint64 id) const;
    /// Inserts with organization.id if set, else a new id; returns the id.
    qint64 insert(const Organization &organization, const std::optional<Organization> &parent,
                  const QString &createdAt);
    void moveUnder(const Organization &organization, qint64 newParentId, const QString &now);
    QString validatedName(const QString &name, qint64 parentId, qint64 exceptId) const;
    void requireRecordsStartByToday(const Organization &organization) const;
    void requireAllowedParent(OrganizationKind kind, const std::optional<Organization> &parent) const;

    const Clock &m_clock;
    mutable QList<Organization> m_all;
    mutable std::optional<std::pair<qint64, quint64>> m_allReadAt;
};

} // namespace rongpei
