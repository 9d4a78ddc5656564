#include "accounts/AccessPolicy.h"

#include "storage/Database.h"

#include <QSqlQuery>

#include <algorithm>

namespace rongpei {

namespace {

QString unitName(const Database &database, qint64 id)
{
    QSqlQuery query = database.prepare(QStringLiteral("SELECT name FROM organization WHERE id = ?"));
    query.addBindValue(id);
    const QString name = database.scalar(query).toString();
    return name.isEmpty() ? QString::number(id) : name;
}

} // namespace

AccessPolicy AccessPolicy::signedOut()
{
    AccessPolicy policy;
    policy.m_signedOut = true;
    policy.m_units = QSet<qint64>();
    return policy;
}

AccessPolicy AccessPolicy::of(const Account &account, const Database &database)
{
    AccessPolicy policy;
    policy.m_account = account;
    if (account.role != AccountRole::Clerk)
        return policy;
    QSet<qint64> units;
    QSqlQuery beneath = database.prepare(QStringLiteral(
        "WITH RECURSIVE unit(id) AS (SELECT branch_id FROM account_unit WHERE account_id = ? "
        "UNION SELECT o.id FROM organization o JOIN unit ON o.parent_id = unit.id) SELECT id FROM unit"));
    beneath.addBindValue(account.id);
    database.exec(beneath);
    while (beneath.next())
        units.insert(beneath.value(0).toLongLong());
    policy.m_units = units;
    return policy;
}

bool AccessPolicy::isAdministrator() const
{
    return !m_signedOut && (!m_account || m_account->role == AccountRole::Administrator);
}

bool AccessPolicy::mayRead(qint64 unitId) const
{
    return !m_units || m_units->contains(unitId);
}

bool AccessPolicy::mayChangeRecords() const
{
    return isAdministrator() || (m_account && m_account->role == AccountRole::Clerk);
}

bool AccessPolicy::mayChangeRecordsOf(qint64 unitId) const
{
    return isAdministrator() || (mayChangeRecords() && mayRead(unitId));
}

bool AccessPolicy::has(Permission) const
{
    // Every permission beyond records is the administrator's today; the enum names what is asked.
    return isAdministrator();
}

QString AccessPolicy::who() const
{
    return tr("%1, signed in as %2,").arg(m_account->label(), enumLabel(m_account->role));
}

void AccessPolicy::refuse(const QString &what) const
{
    if (!m_account)
        throw DatabaseError(DatabaseError::Kind::Permission,
                            tr("Nobody is signed in, so nothing may be read or changed: sign in first."));
    throw DatabaseError(DatabaseError::Kind::Permission,
                        tr("%1 may not %2. Nothing was changed; ask an administrator if this is "
                           "part of your work.")
                            .arg(who(), what));
}

void AccessPolicy::require(Permission permission) const
{
    if (has(permission))
        return;
    switch (permission) {
    case Permission::ManageAccounts:
        refuse(tr("manage the users"));
    case Permission::EmptyRecycleBin:
        refuse(tr("empty the recycle bin"));
    case Permission::ManageBackups:
        refuse(tr("make or restore backups"));
    case Permission::PurgePersonalData:
        refuse(tr("purge personal data"));
    }
    refuse(tr("do this"));
}

void AccessPolicy::requireReadable(qint64 unitId) const
{
    if (!mayRead(unitId))
        refuse(tr("see the records of a unit they do not work for"));
}

void AccessPolicy::guardWrite(const Database &database, qint64 afterSeq) const
{
    if (isAdministrator() && !m_account) {
        // No user yet: allowed while the file had none before this transaction (its first
        // administrator is being created), refused once it had.
        QSqlQuery earlier = database.prepare(QStringLiteral(
            "SELECT EXISTS (SELECT 1 FROM account WHERE id NOT IN (SELECT record_id FROM journal "
            "WHERE seq > ? AND table_name = 'account' AND operation = 'insert'))"));
        earlier.addBindValue(afterSeq);
        if (database.scalar(earlier).toBool())
            AccessPolicy::signedOut().refuse(tr("change records"));
        return;
    }
    if (isAdministrator())
        return;
    // Each row with the rule of its table, and for an update its unit before, so a record is
    // neither changed in nor moved out of a unit the user does not work for.
    QSqlQuery rows = database.prepare(QStringLiteral(
        "SELECT j.seq, j.table_name, t.guard, j.branch_id, j.operation, j.record_id, "
        "(SELECT before FROM journal_field f WHERE f.seq = j.seq AND f.field = 'branch_id'), "
        "(SELECT group_concat(field) FROM journal_field f WHERE f.seq = j.seq) "
        "FROM journal j LEFT JOIN journal_table t ON t.name = j.table_name WHERE j.seq > ? ORDER BY j.seq"));
    rows.addBindValue(afterSeq);
    database.exec(rows);
    while (rows.next()) {
        const QString table = rows.value(1).toString();
        const QString guard = rows.value(2).toString();
        if (table == QLatin1String("account") && m_account && rows.value(5).toLongLong() == m_account->id &&
            rows.value(4).toString() == QLatin1String("update")) {
            // Their own password; nothing else of their account.
            const QStringList fields = rows.value(7).toString().split(u',');
            if (std::all_of(fields.begin(), fields.end(),
                            [](const QString &f) { return f.startsWith(QLatin1String("password_")); }))
                continue;
        }
        if (guard != QLatin1String("branch") || !mayChangeRecords())
            refuse(m_account && m_account->role == AccountRole::Manager
                       ? tr("change records")
                       : tr("change this part of the set-up"));
        for (const QVariant &unit : {rows.value(3), rows.value(6)})
            if (!unit.isNull() && !mayRead(unit.toLongLong()))
                refuse(tr("change the records of %1, a unit they do not work for")
                           .arg(unitName(database, unit.toLongLong())));
    }
}

} // namespace rongpei
