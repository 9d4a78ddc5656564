#pragma once

#include "accounts/Account.h"
#include "storage/RecordRepository.h"

#include <QCoreApplication>

#include <optional>

namespace rongpei {

class AccessPolicy;
class Clock;

/// The users of a file and their passwords. Every change validates first and runs in one
/// transaction; on a ValidationError or DatabaseError nothing is saved. Who may make a change is
/// AccessPolicy's affair: the accounts' tables are journalled and guarded like any record.
class AccountRepository final : public RecordRepository
{
    Q_OBJECT

public:
    /// `access` is the workspace's: what is not journalled (the recovery key) is checked against it.
    AccountRepository(Database &database, const Clock &clock, const AccessPolicy &access,
                      QObject *parent = nullptr);

    /// The shortest password accepted.
    static constexpr int minimumPasswordLength = 8;

    bool isEmpty() const;
    /// Every account in name order.
    QList<Account> all() const;
    std::optional<Account> find(qint64 id) const;
    /// Whatever the case of `name`.
    std::optional<Account> findByName(const QString &name) const;

    /// The first administrator of a file that has no account yet. Returns the recovery key, the one
    /// time it is seen in clear: it resets an administrator's password when every one is forgotten.
    QString createFirstAdministrator(Account account, const QString &password);
    qint64 add(Account account, const QString &password);
    /// Name, display name, role, active and units; refuses to leave no active administrator.
    void update(const Account &account);
    void setPassword(qint64 id, const QString &password, PasswordSetter setter);
    /// Refuses to remove the last active administrator.
    void remove(qint64 id);

    /// The account whose password is `password`, renewing a hash made with older parameters unless
    /// the file is open read-only; nullopt for an unknown name, a wrong password or a disabled user.
    std::optional<Account> authenticate(const QString &name, const QString &password);

    /// Whether `key` is the file's recovery key.
    bool isRecoveryKey(const QString &key) const;
    /// A new recovery key replacing the old one; returned in clear this once.
    QString renewRecoveryKey();

    /// Why `password` is refused for `name`, or nullopt if it is acceptable.
    static std::optional<QString> passwordProblem(const QString &name, const QString &password);

private:
    Account validated(Account account, qint64 exceptId) const;
    void requireAnotherAdministrator(qint64 leavingId) const;
    void writeUnits(const Account &account, const QString &now);
    void writePassword(qint64 id, const QString &password);
    QString writeRecoveryKey();
    std::optional<Account> findWhere(const QString &condition, const QVariant &value) const;

    const Clock &m_clock;
    const AccessPolicy &m_access;
};

} // namespace rongpei
