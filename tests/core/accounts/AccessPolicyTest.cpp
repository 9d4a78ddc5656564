// The role matrix through the core API: each role × each action, allowed or refused, and a refused
// change leaves nothing behind.
#include "accounts/AccessPolicy.h"

#include "AccountTestSupport.h"
#include "history/RecycleBin.h"
#include "organization/OrganizationRepository.h"
#include "roster/CadreRepository.h"
#include "storage/ChangeJournal.h"
#include "study/StudyRuleRepository.h"
#include "study/StudySessionRepository.h"

#include <map>
#include <set>

using namespace rongpei;
using namespace rongpei::test;

namespace {

struct Action
{
    const char *name;
    std::function<void(TeamFile &, int round)> run;
};

QString number(const char *prefix, int round)
{
    return QString::fromLatin1(prefix) + QString::number(round);
}

/// A cadre added by the administrator, for the actions that change one.
qint64 cadreOf(TeamFile &team, qint64 branch, int round, const char *prefix)
{
    const std::optional<Account> working = team.workspace().access().account();
    team.workspace().signInAs(*team.workspace().accounts().find(team.administrator));
    const qint64 id =
        team.workspace().cadres().add(sampleCadre(branch, number(prefix, round), QStringLiteral("张敏")));
    team.workspace().signInAs(*working);
    return id;
}

const std::vector<Action> &actions()
{
    static const std::vector<Action> all{
        {"add a cadre to their branch",
         [](TeamFile &t, int r) {
             t.workspace().cadres().add(sampleCadre(t.org.firstBranch, number("N", r)));
         }},
        {"add a cadre to another branch",
         [](TeamFile &t, int r) {
             t.workspace().cadres().add(sampleCadre(t.org.secondBranch, number("X", r)));
         }},
        {"move a cadre of their branch to another",
         [](TeamFile &t, int r) {
             Cadre cadre = *t.workspace().cadres().find(cadreOf(t, t.org.firstBranch, r, "M"));
             cadre.branchId = t.org.secondBranch;
             cadre.departmentId = 0;
             t.workspace().cadres().update(cadre);
         }},
        {"change a cadre of another branch",
         [](TeamFile &t, int r) {
             Cadre cadre = *t.workspace().cadres().find(cadreOf(t, t.org.secondBranch, r, "C"));
             cadre.post = QStringLiteral("车间主任");
             t.workspace().cadres().update(cadre);
         }},
        {"delete a cadre of their branch",
         [](TeamFile &t, int r) { t.workspace().cadres().remove(cadreOf(t, t.org.firstBranch, r, "D")); }},
        {"record a study session of their branch",
         [](TeamFile &t, int r) {
             t.workspace().studySessions().add(
                 sampleSession(studyKind(t.workspace(), QStringLiteral("theme_day")), t.org.firstBranch,
                               QDate(2026, 1, 1).addDays(r)));
         }},
        {"rename a branch",
         [](TeamFile &t, int r) {
             t.workspace().organizations().rename(t.org.firstBranch, number("第一支部", r));
         }},
        {"change the hour rules",
         [](TeamFile &t, int) {
             QSet<AttendanceStatus> earning = t.workspace().studyRules().earningStatuses();
             if (!earning.remove(AttendanceStatus::Late)) // a real change each time
                 earning.insert(AttendanceStatus::Late);
             t.workspace().studyRules().setEarningStatuses(earning);
         }},
        {"add a user",
         [](TeamFile &t, int r) {
             t.workspace().accounts().add(TeamFile::account(number("user", r), AccountRole::Manager),
                                          testPassword);
         }},
        {"reset another user's password",
         [](TeamFile &t, int) {
             const qint64 other = t.workspace().access().account()->id == t.manager ? t.clerk : t.manager;
             t.workspace().accounts().setPassword(other, QStringLiteral("reset-by-admin"),
                                                  PasswordSetter::Administrator);
         }},
        {"change their own password",
         [](TeamFile &t, int) {
             t.workspace().accounts().setPassword(t.workspace().access().account()->id, testPassword,
                                                  PasswordSetter::Self);
         }},
        {"renew the recovery key", [](TeamFile &t, int) { t.workspace().accounts().renewRecoveryKey(); }},
        {"empty the recycle bin",
         [](TeamFile &t, int) { RecycleBin::empty(t.workspace().database(), t.workspace().access()); }},
        {"read their branch",
         [](TeamFile &t, int) { t.workspace().access().requireReadable(t.org.firstBranch); }},
        {"read a department of their branch",
         [](TeamFile &t, int) { t.workspace().access().requireReadable(t.org.office); }},
        {"read another branch",
         [](TeamFile &t, int) { t.workspace().access().requireReadable(t.org.secondBranch); }},
    };
    return all;
}

} // namespace

TEST_CASE("Each role may do exactly what it is for, through the core API", "[accounts][permissions]")
{
    // Allowed actions per role, in the order of actions(); everything else is refused.
    const std::map<QString, std::set<std::string>> allowed{
        {QStringLiteral("admin"),
         {"add a cadre to their branch", "add a cadre to another branch",
          "move a cadre of their branch to another", "change a cadre of another branch",
          "delete a cadre of their branch", "record a study session of their branch", "rename a branch",
          "change the hour rules", "add a user", "reset another user's password", "change their own password",
          "renew the recovery key", "empty the recycle bin", "read their branch",
          "read a department of their branch", "read another branch"}},
        {QStringLiteral("manager"),
         {"change their own password", "read their branch", "read a department of their branch",
          "read another branch"}},
        {QStringLiteral("clerk"),
         {"add a cadre to their branch", "delete a cadre of their branch",
          "record a study session of their branch", "change their own password", "read their branch",
          "read a department of their branch"}},
    };
    TeamFile team;
    int round = 0;
    for (const auto &[role, permitted] : allowed) {
        team.workspace().signInAs(*team.workspace().accounts().findByName(role));
        for (const Action &action : actions()) {
            ++round;
            INFO(role.toStdString() << ": " << action.name);
            const qint64 journalBefore = ChangeJournal::lastSequence(team.workspace().database());
            const bool refused = refusedForPermission([&] { action.run(team, round); });
            CHECK(refused == (permitted.count(action.name) == 0));
            if (refused) // the preparation by the administrator may have written; the action nothing
                CHECK(ChangeJournal::changesSince(team.workspace().database(), journalBefore).size() <= 1);
        }
    }
}

TEST_CASE("Nobody signed in may change nothing and read nothing", "[accounts][permissions]")
{
    TeamFile team;
    Workspace &workspace = team.workspace();
    REQUIRE(workspace.needsSignIn());
    const qint64 before = ChangeJournal::lastSequence(workspace.database());
    CHECK(refusedForPermission(
        [&] { workspace.cadres().add(sampleCadre(team.org.firstBranch, QStringLiteral("Z1"))); }));
    CHECK(refusedForPermission(
        [&] { workspace.organizations().rename(team.org.firstBranch, QStringLiteral("改名")); }));
    CHECK(refusedForPermission([&] {
        workspace.accounts().add(TeamFile::account(QStringLiteral("intruder"), AccountRole::Administrator),
                                 testPassword);
    }));
    CHECK(refusedForPermission([&] { workspace.access().requireReadable(team.org.firstBranch); }));
    CHECK(refusedForPermission([&] { RecycleBin::empty(workspace.database(), workspace.access()); }));
    CHECK(ChangeJournal::lastSequence(workspace.database()) == before);
    CHECK(workspace.cadres().count() == 0);
}

TEST_CASE("A refusal names the user and the unit, and saves nothing of a larger change",
          "[accounts][permissions]")
{
    TeamFile team;
    team.signIn(QStringLiteral("clerk"));
    Workspace &workspace = team.workspace();
    try {
        // One transaction: a cadre of their own branch and one of another: all or nothing.
        Transaction transaction(workspace.database());
        workspace.cadres().add(sampleCadre(team.org.firstBranch, QStringLiteral("OWN")));
        workspace.cadres().add(sampleCadre(team.org.secondBranch, QStringLiteral("OTHER")));
        transaction.commit();
        FAIL("a clerk wrote into another branch");
    } catch (const DatabaseError &error) {
        CHECK(error.kind() == DatabaseError::Kind::Permission);
        CHECK(error.message().contains(QStringLiteral("clerk")));
        CHECK(error.message().contains(QStringLiteral("第二党支部")));
    }
    CHECK(workspace.cadres().count() == 0);
    // The clerk's own work is journalled under their name.
    const qint64 before = ChangeJournal::lastSequence(workspace.database());
    workspace.cadres().add(sampleCadre(team.org.firstBranch, QStringLiteral("OWN")));
    const std::vector<JournalEntry> rows = ChangeJournal::changesSince(workspace.database(), before);
    REQUIRE(rows.size() == 1);
    CHECK(rows[0].user == QStringLiteral("clerk"));
}

TEST_CASE("A clerk bound to a committee works for every unit beneath it", "[accounts][permissions]")
{
    TeamFile team;
    team.workspace().signInAs(*team.workspace().accounts().find(team.administrator));
    Account committeeClerk = TeamFile::account(QStringLiteral("committee"), AccountRole::Clerk);
    committeeClerk.units = {team.org.committee};
    team.workspace().accounts().add(committeeClerk, testPassword);
    team.signIn(QStringLiteral("committee"));
    const AccessPolicy &access = team.workspace().access();
    for (const qint64 unit :
         {team.org.committee, team.org.firstBranch, team.org.secondBranch, team.org.production})
        CHECK(access.mayRead(unit));
    CHECK_FALSE(access.mayRead(team.org.enterprise));
    CHECK_NOTHROW(team.workspace().cadres().add(sampleCadre(team.org.secondBranch, QStringLiteral("S1"))));
}

TEST_CASE("A clerk's reads through the repositories hold their units only", "[accounts][permissions]")
{
    TeamFile team;
    Workspace &workspace = team.workspace();
    team.signIn(QStringLiteral("admin"));
    const qint64 own = workspace.cadres().add(sampleCadre(team.org.firstBranch, QStringLiteral("A001")));
    const qint64 other = workspace.cadres().add(sampleCadre(team.org.secondBranch, QStringLiteral("B001")));
    const qint64 kind = studyKind(workspace, QStringLiteral("theme_day"));
    workspace.studySessions().add(sampleSession(kind, team.org.firstBranch, QDate(2026, 3, 2)));
    const qint64 otherSession =
        workspace.studySessions().add(sampleSession(kind, team.org.secondBranch, QDate(2026, 3, 3)));

    team.signIn(QStringLiteral("clerk"));
    const QList<Cadre> cadres = workspace.cadres().all();
    REQUIRE(cadres.size() == 1);
    CHECK(cadres.first().id == own);
    CHECK(workspace.cadres().find(own).has_value());
    CHECK(refusedForPermission([&] { workspace.cadres().find(other); }));
    CHECK(workspace.studySessions().summaries(QDate(2026, 1, 1), QDate(2026, 12, 31)).size() == 1);
    CHECK(refusedForPermission([&] { workspace.studySessions().find(otherSession); }));

    team.signIn(QStringLiteral("manager"));
    CHECK(workspace.cadres().all().size() == 2);
    CHECK(workspace.studySessions().find(otherSession).has_value());
}
