// Accounts: the first administrator, passwords hashed with Argon2id, sign-in and its throttle,
// the recovery key, and the refusals that keep the file manageable.
#include "accounts/AccountRepository.h"

#include "AccountTestSupport.h"
#include "accounts/PasswordHash.h"
#include "storage/ChangeJournal.h"
#include "storage/Database.h"

#include <QRegularExpression>
#include <QSqlQuery>

#include <sodium.h>

using namespace rongpei;
using namespace rongpei::test;

namespace {

QString storedHash(Workspace &workspace, qint64 id)
{
    return scalar(workspace.database(),
                  QStringLiteral("SELECT hash FROM account_password WHERE account_id = %1").arg(id))
        .toString();
}

QString signInRefusal(Workspace &workspace, const QString &name, const QString &password)
{
    try {
        workspace.signIn(name, password);
    } catch (const SignInError &error) {
        return error.message();
    }
    return {};
}

} // namespace

TEST_CASE("A file with users asks who is working, the first administrator signs in", "[accounts]")
{
    TeamFile team;
    CHECK(team.workspace().needsSignIn());
    CHECK_FALSE(team.workspace().access().account());
    CHECK(team.recoveryKey.contains(QRegularExpression(QStringLiteral("^([0-9A-Z]{4}-){5}[0-9A-Z]{4}$"))));

    const Account &admin = team.workspace().signIn(QStringLiteral("ADMIN"), testPassword); // any case
    CHECK(admin.role == AccountRole::Administrator);
    CHECK(admin.label() == QStringLiteral("王伟 (admin)"));
    CHECK_FALSE(team.workspace().needsSignIn());

    // Reopened, the file asks again.
    team.temp.reopen();
    CHECK(team.workspace().needsSignIn());
    CHECK_THROWS_AS(team.workspace().accounts().createFirstAdministrator(
                        TeamFile::account(QStringLiteral("other"), AccountRole::Administrator), testPassword),
                    ValidationError);
}

TEST_CASE("Passwords are kept as Argon2id hashes, never in clear and never in the journal", "[accounts]")
{
    TeamFile team;
    const QString hash = storedHash(team.workspace(), team.clerk);
    CHECK(hash.startsWith(QStringLiteral("$argon2id$v=19$m=65536,t=2,p=1$")));
    CHECK_FALSE(PasswordHash::needsRehash(hash));
    Database &db = team.workspace().database();
    for (const QString &secret : {testPassword, hash})
        CHECK(scalar(db, QStringLiteral(
                             "SELECT count(*) FROM journal_field WHERE CAST(before AS TEXT) LIKE '%%1%' "
                             "OR CAST(after AS TEXT) LIKE '%%1%'")
                             .arg(secret))
                  .toInt() == 0);
    // Two users with the same password have different hashes: each its own salt.
    CHECK(storedHash(team.workspace(), team.manager) != hash);
}

TEST_CASE("A hash made with weaker parameters is renewed at the next sign-in", "[accounts]")
{
    TeamFile team;
    char weak[crypto_pwhash_STRBYTES];
    const QByteArray password = testPassword.toUtf8();
    REQUIRE(crypto_pwhash_str(weak, password.constData(), password.size(), 1, 8 * 1024 * 1024) == 0);
    team.workspace().database().exec(
        QStringLiteral("UPDATE account_password SET hash = '%1' WHERE account_id = %2")
            .arg(QString::fromLatin1(weak))
            .arg(team.clerk));
    REQUIRE(PasswordHash::needsRehash(QString::fromLatin1(weak)));
    const qint64 journalBefore = ChangeJournal::lastSequence(team.workspace().database());
    team.signIn(QStringLiteral("clerk"));
    const QString renewed = storedHash(team.workspace(), team.clerk);
    CHECK(renewed != QString::fromLatin1(weak));
    CHECK_FALSE(PasswordHash::needsRehash(renewed));
    CHECK(ChangeJournal::lastSequence(team.workspace().database()) ==
          journalBefore); // not a change of a record
}

TEST_CASE("Wrong passwords are refused alike and make further attempts wait, longer each time", "[accounts]")
{
    TeamFile team;
    Workspace &workspace = team.workspace();
    const QString wrong = signInRefusal(workspace, QStringLiteral("clerk"), QStringLiteral("wrong-password"));
    CHECK(wrong == signInRefusal(workspace, QStringLiteral("nobody"), testPassword)); // no hint who exists
    CHECK(signInRefusal(workspace, QStringLiteral("clerk"), QStringLiteral("wrong-again")) == wrong);
    // The third wrong password: from now on each attempt waits.
    int waited = 0;
    try {
        workspace.signIn(QStringLiteral("clerk"), QStringLiteral("third-wrong"));
    } catch (const SignInError &error) {
        waited = error.secondsToWait();
    }
    CHECK(waited == 2);
    // Even the right password is not tried while the wait lasts.
    try {
        workspace.signIn(QStringLiteral("clerk"), testPassword);
        FAIL("signed in during the wait");
    } catch (const SignInError &error) {
        CHECK(error.secondsToWait() == 2);
        CHECK(error.message().contains(QStringLiteral("clerk")));
    }
    // Another user is not slowed by the clerk's mistakes.
    CHECK_NOTHROW(workspace.signIn(QStringLiteral("manager"), testPassword));
    team.temp.clock().set(team.temp.clock().now().addSecs(2));
    CHECK(signInRefusal(workspace, QStringLiteral("clerk"), QStringLiteral("fourth-wrong")) == wrong);
    team.temp.clock().set(team.temp.clock().now().addSecs(3));
    try {
        workspace.signIn(QStringLiteral("clerk"), testPassword);
        FAIL("the fourth wrong password should make the wait longer");
    } catch (const SignInError &error) {
        CHECK(error.secondsToWait() == 1); // 4 s after the fourth, 3 s have passed
    }
    team.temp.clock().set(team.temp.clock().now().addSecs(1));
    CHECK(workspace.signIn(QStringLiteral("clerk"), testPassword).name == QStringLiteral("clerk"));
    // A success starts the count anew.
    CHECK(signInRefusal(workspace, QStringLiteral("clerk"), QStringLiteral("wrong")) == wrong);
    CHECK_NOTHROW(workspace.signIn(QStringLiteral("clerk"), testPassword));
}

TEST_CASE("Users are refused with a clear message for a bad name, password, role or branch", "[accounts]")
{
    TeamFile team;
    team.signIn(QStringLiteral("admin"));
    AccountRepository &accounts = team.workspace().accounts();
    const int before = accounts.all().size();
    const Account manager = TeamFile::account(QStringLiteral("lisi"), AccountRole::Manager);
    CHECK(refusalOf([&] { accounts.add(manager, QString()); }).hasErrorFor(QStringLiteral("password")));
    CHECK(refusalOf([&] {
              accounts.add(manager, QStringLiteral("short"));
          }).hasErrorFor(QStringLiteral("password")));
    CHECK(refusalOf([&] {
              accounts.add(manager, QStringLiteral("        "));
          }).hasErrorFor(QStringLiteral("password")));
    CHECK(refusalOf([&] {
              accounts.add(manager, QStringLiteral("LISI"));
          }).hasErrorFor(QStringLiteral("password")));
    CHECK(refusalOf([&] {
              accounts.add(TeamFile::account(QStringLiteral("Clerk"), AccountRole::Manager), testPassword);
          }).hasErrorFor(QStringLiteral("name")));
    CHECK(refusalOf([&] {
              accounts.add(TeamFile::account(QStringLiteral("li si"), AccountRole::Manager), testPassword);
          }).hasErrorFor(QStringLiteral("name")));
    CHECK(refusalOf([&] {
              accounts.add(TeamFile::account(QStringLiteral(" "), AccountRole::Manager), testPassword);
          }).hasErrorFor(QStringLiteral("name")));
    CHECK(refusalOf([&] {
              accounts.add(TeamFile::account(QStringLiteral("zhao"), AccountRole::Clerk), testPassword);
          }).hasErrorFor(QStringLiteral("units")));
    Account departmentClerk = TeamFile::account(QStringLiteral("zhao"), AccountRole::Clerk);
    departmentClerk.units = {team.org.office};
    CHECK(
        refusalOf([&] { accounts.add(departmentClerk, testPassword); }).hasErrorFor(QStringLiteral("units")));
    CHECK(accounts.all().size() == before);

    // The last administrator can be neither demoted, disabled nor removed.
    Account admin = *accounts.find(team.administrator);
    admin.role = AccountRole::Manager;
    CHECK(refusalOf([&] { accounts.update(admin); }).hasErrorFor(QStringLiteral("role")));
    admin.role = AccountRole::Administrator;
    admin.active = false;
    CHECK(refusalOf([&] { accounts.update(admin); }).hasErrorFor(QStringLiteral("role")));
    CHECK(refusalOf([&] { accounts.remove(team.administrator); }).hasErrorFor(QStringLiteral("role")));
    // With a second one, the first may step down.
    Account second = *accounts.find(team.manager);
    second.role = AccountRole::Administrator;
    accounts.update(second);
    admin.active = true;
    admin.role = AccountRole::Manager;
    CHECK_NOTHROW(accounts.update(admin));
    CHECK(accounts.find(team.administrator)->role == AccountRole::Manager);
}

TEST_CASE("A role forged into the file signs nobody in", "[accounts]")
{
    TeamFile team;
    Database &db = team.workspace().database();
    db.exec(QStringLiteral("PRAGMA ignore_check_constraints = ON"));
    db.exec(QStringLiteral("UPDATE account SET role = 'root' WHERE name = 'clerk'"));
    db.exec(QStringLiteral("PRAGMA ignore_check_constraints = OFF"));
    CHECK_FALSE(signInRefusal(team.workspace(), QStringLiteral("clerk"), testPassword).isEmpty());
    CHECK(team.workspace().needsSignIn());
}

TEST_CASE("The recovery key resets a forgotten administrator password once, and the audit says so",
          "[accounts]")
{
    TeamFile team;
    Workspace &workspace = team.workspace();
    const QString newPassword = QStringLiteral("a-new-password");
    CHECK_THROWS_AS(
        workspace.recoverAdministrator(QStringLiteral("admin"), QStringLiteral("AAAA-BBBB"), newPassword),
        SignInError);
    CHECK_THROWS_AS(workspace.recoverAdministrator(QStringLiteral("clerk"), team.recoveryKey, newPassword),
                    SignInError); // the key resets administrators only
    CHECK_THROWS_AS(
        workspace.recoverAdministrator(QStringLiteral("admin"), team.recoveryKey, QStringLiteral("short")),
        ValidationError);
    CHECK(workspace.needsSignIn());
    const qint64 before = ChangeJournal::lastSequence(workspace.database());
    // Typed as read off paper: lower case, without dashes.
    const QString renewed = workspace.recoverAdministrator(
        QStringLiteral("admin"), team.recoveryKey.toLower().remove(u'-'), newPassword);
    CHECK(renewed != team.recoveryKey);
    CHECK(workspace.access().isAdministrator());
    const std::vector<JournalEntry> audit = ChangeJournal::changesSince(workspace.database(), before);
    REQUIRE(audit.size() == 1);
    CHECK(audit[0].table == QStringLiteral("account"));
    CHECK(audit[0].user == QStringLiteral("admin"));
    CHECK(audit[0].field(QStringLiteral("password_set_by"))->after == QStringLiteral("recovery"));

    workspace.signOut();
    CHECK_THROWS_AS(workspace.signIn(QStringLiteral("admin"), testPassword), SignInError);
    CHECK_NOTHROW(workspace.signIn(QStringLiteral("admin"), newPassword));
    workspace.signOut();
    CHECK_THROWS_AS(workspace.recoverAdministrator(QStringLiteral("admin"), team.recoveryKey, newPassword),
                    SignInError); // spent
    CHECK_NOTHROW(
        workspace.recoverAdministrator(QStringLiteral("admin"), renewed, QStringLiteral("third-password")));
}
