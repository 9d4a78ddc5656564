#pragma once

#include "accounts/Account.h"

#include <QCoreApplication>
#include <QSet>

#include <optional>

namespace rongpei {

class Database;

/// What the signed-in user may do beyond writing records, which the journal's guard checks.
enum class Permission
{
    ManageAccounts,
    EmptyRecycleBin,
    ManageBackups,
    PurgePersonalData,
};

/// Who is working and what they may read and change. Writes of every record table are held to it
/// in one place: JournalWriter calls guardWrite() with the transaction's journal rows before it
/// commits, so no repository of any module checks by itself and none can forget to.
class AccessPolicy final
{
    Q_DECLARE_TR_FUNCTIONS(rongpei::AccessPolicy)

public:
    /// A file without users yet: whoever opens it sets it up, as before accounts existed.
    static AccessPolicy unrestricted() { return AccessPolicy(); }
    /// A file with users, before anyone signed in: nothing may be read or changed.
    static AccessPolicy signedOut();
    /// `account` signed in on `database`, whose organisation gives a clerk's units their branches.
    static AccessPolicy of(const Account &account, const Database &database);

    /// nullopt before anyone signed in.
    const std::optional<Account> &account() const { return m_account; }
    bool isSignedOut() const { return m_signedOut; }
    bool isAdministrator() const;
    /// The units a clerk reads and changes (those bound and everything beneath them); nullopt for
    /// every unit.
    const std::optional<QSet<qint64>> &units() const { return m_units; }
    bool mayRead(qint64 unitId) const;
    bool mayChangeRecordsOf(qint64 unitId) const;
    bool mayChangeRecords() const;
    bool has(Permission permission) const;

    /// Throws DatabaseError (Kind::Permission) unless the user has `permission`.
    void require(Permission permission) const;
    /// Throws DatabaseError (Kind::Permission) unless the user may read `unitId`'s records.
    void requireReadable(qint64 unitId) const;
    /// Throws DatabaseError (Kind::Permission) if the journal rows after `afterSeq`, all written by
    /// the transaction about to commit, change anything the user may not change.
    void guardWrite(const Database &database, qint64 afterSeq) const;

private:
    AccessPolicy() = default;
    [[noreturn]] void refuse(const QString &what) const;
    QString who() const;

    std::optional<Account> m_account;
    std::optional<QSet<qint64>> m_units;
    bool m_signedOut = false;
};

} // namespace rongpei
