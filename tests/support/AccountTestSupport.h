#pragma once

#include "TestSupport.h"
#include "Workspace.h"
#include "accounts/AccountRepository.h"

namespace rongpei::test {

inline const QString testPassword = QStringLiteral("rongpei-test");

/// SmallOrganization with an administrator, a manager and a clerk of the first branch, all with
/// testPassword; nobody signed in afterwards.
struct TeamFile
{
    TemporaryWorkspace temp;
    SmallOrganization org;
    qint64 administrator = 0;
    qint64 manager = 0;
    qint64 clerk = 0;
    QString recoveryKey;

    TeamFile()
        : org(SmallOrganization::create(temp.workspace()))
    {
        AccountRepository &accounts = workspace().accounts();
        Account admin;
        admin.name = QStringLiteral("admin");
        admin.displayName = QStringLiteral("王伟");
        recoveryKey = accounts.createFirstAdministrator(admin, testPassword);
        administrator = accounts.findByName(QStringLiteral("admin"))->id;
        workspace().signInAs(*accounts.find(administrator));
        manager = accounts.add(account(QStringLiteral("manager"), AccountRole::Manager), testPassword);
        Account clerkAccount = account(QStringLiteral("clerk"), AccountRole::Clerk);
        clerkAccount.units = {org.firstBranch};
        clerk = accounts.add(clerkAccount, testPassword);
        workspace().signOut();
    }

    Workspace &workspace() { return temp.workspace(); }
    void signIn(const QString &name) { workspace().signIn(name, testPassword); }

    static Account account(const QString &name, AccountRole role)
    {
        Account account;
        account.name = name;
        account.role = role;
        return account;
    }
};

/// Runs `action` and tells whether the access policy refused it.
inline bool refusedForPermission(const std::function<void()> &action)
{
    try {
        action();
        return false;
    } catch (const DatabaseError &error) {
        if (error.kind() != DatabaseError::Kind::Permission)
            throw;
        return true;
    }
}

} // namespace rongpei::test
