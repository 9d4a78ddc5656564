// rongpei-cli and the accounts: who is working comes from RONGPEI_USER and RONGPEI_PASSWORD, each
// role sees and may do what it may in the window, and check finds a tampered audit trail.
#include "CliSupport.h"
#include "Workspace.h"
#include "roster/CadreRepository.h"
#include "storage/AuditChain.h"
#include "storage/BackupManifest.h"
#include "storage/Database.h"

#include <QFileInfo>
#include <QRegularExpression>

using namespace rongpei;
using namespace rongpei::test;

namespace {

QHash<QString, QString> as(const QString &user, const QString &password = QStringLiteral("rongpei-demo"))
{
    return {{QStringLiteral("RONGPEI_USER"), user}, {QStringLiteral("RONGPEI_PASSWORD"), password}};
}

const QHash<QString, QString> nobody{{QStringLiteral("RONGPEI_USER"), QString()},
                                     {QStringLiteral("RONGPEI_PASSWORD"), QString()}};

/// A demo file of 60 cadres, and the branch its clerk works for.
struct DemoFile
{
    TemporaryFolder folder;
    QString path = folder.path(QStringLiteral("demo.db"));
    QString clerkBranch;

    DemoFile()
    {
        const Result demo = runCli({QStringLiteral("demo"), QStringLiteral("--database"), path,
                                    QStringLiteral("--cadres"), QStringLiteral("60")});
        REQUIRE(demo.exitCode == 0);
        const QRegularExpressionMatch match =
            QRegularExpression(QStringLiteral("clerk \\(clerk of ([^)]+)\\)")).match(demo.out);
        REQUIRE(match.hasMatch());
        clerkBranch = match.captured(1);
        CHECK(demo.out.contains(QStringLiteral("password rongpei-demo")));
        CHECK(demo.out.contains(
            QRegularExpression(QStringLiteral("Recovery key of the administrator: [0-9A-Z-]{29}"))));
    }

    Result compliance(const QHash<QString, QString> &who, const QStringList &more = {}) const
    {
        return runCli(QStringList{QStringLiteral("compliance"), QStringLiteral("--database"), path,
                                  QStringLiteral("--year"), QStringLiteral("2026"),
                                  QStringLiteral("--format"), QStringLiteral("csv")} +
                          more,
                      emptyConfigHome(), who);
    }
};

QSet<QString> branchesOf(const Result &csv)
{
    QSet<QString> branches;
    const QStringList lines = csv.out.split(u'\n', Qt::SkipEmptyParts);
    for (qsizetype i = 1; i < lines.size(); ++i)
        branches.insert(lines[i].section(u',', 2, 2));
    return branches;
}

} // namespace

TEST_CASE("rongpei-cli asks who is working on a file with users, and refuses a wrong password",
          "[cli][accounts]")
{
    DemoFile file;
    const QByteArray before = fileHash(file.path);
    const Result anonymous = file.compliance(nobody);
    CHECK(anonymous.exitCode == 1);
    CHECK(anonymous.out.isEmpty());
    CHECK(anonymous.err.contains(QStringLiteral("RONGPEI_USER")));

    const Result wrong = file.compliance(as(QStringLiteral("manager"), QStringLiteral("not-the-password")));
    CHECK(wrong.exitCode == 1);
    CHECK(wrong.out.isEmpty());
    CHECK(wrong.err.contains(QStringLiteral("wrong")));
    // Nothing about who tried was written into the file: failures are counted outside it.
    CHECK(fileHash(file.path) == before);

    const Result manager = file.compliance(as(QStringLiteral("manager")));
    CHECK(manager.exitCode == 0);
    CHECK(manager.out.startsWith(csvHeader));
}

TEST_CASE("Three wrong passwords make rongpei-cli wait before it tries the next", "[cli][accounts]")
{
    DemoFile file;
    const QString config = emptyConfigHome();
    const auto attempt = [&](const QString &password) {
        return runCli({QStringLiteral("compliance"), QStringLiteral("--database"), file.path,
                       QStringLiteral("--year"), QStringLiteral("2026")},
                      config, as(QStringLiteral("clerk"), password));
    };
    for (int i = 0; i < 3; ++i)
        CHECK(attempt(QStringLiteral("guess-%1").arg(i)).exitCode == 1);
    const Result waiting = attempt(QStringLiteral("rongpei-demo")); // right, but too soon
    CHECK(waiting.exitCode == 1);
    CHECK(waiting.err.contains(QStringLiteral("try again in")));
}

TEST_CASE("A clerk's compliance lists their branch only, another branch is refused", "[cli][accounts]")
{
    DemoFile file;
    const Result admin = file.compliance(as(QStringLiteral("admin")));
    REQUIRE(admin.exitCode == 0);
    CHECK(branchesOf(admin).size() > 1);

    const Result clerk = file.compliance(as(QStringLiteral("clerk")));
    REQUIRE(clerk.exitCode == 0);
    CHECK(branchesOf(clerk) == QSet<QString>{file.clerkBranch});

    QSet<QString> others = branchesOf(admin);
    others.remove(file.clerkBranch);
    REQUIRE_FALSE(others.isEmpty());
    const Result refused =
        file.compliance(as(QStringLiteral("clerk")), {QStringLiteral("--branch"), *others.begin()});
    CHECK(refused.exitCode == 1);
    CHECK(refused.out.isEmpty());
    CHECK(refused.err.contains(QStringLiteral("clerk")));
    CHECK(file.compliance(as(QStringLiteral("clerk")), {QStringLiteral("--branch"), file.clerkBranch})
              .exitCode == 0);
}

TEST_CASE("Only an administrator backs up, a clerk's or manager's attempt leaves no copy", "[cli][accounts]")
{
    DemoFile file;
    for (const QString &user : {QStringLiteral("clerk"), QStringLiteral("manager")}) {
        const QString target = file.folder.path(user + QStringLiteral(".db"));
        const Result refused = runCli({QStringLiteral("backup"), QStringLiteral("--database"), file.path,
                                       QStringLiteral("--out"), target},
                                      emptyConfigHome(), as(user));
        INFO(user.toStdString());
        CHECK(refused.exitCode == 1);
        CHECK(refused.err.contains(QStringLiteral("backups")));
        CHECK_FALSE(QFileInfo::exists(target));
    }
    const QString target = file.folder.path(QStringLiteral("admin.db"));
    CHECK(runCli({QStringLiteral("backup"), QStringLiteral("--database"), file.path, QStringLiteral("--out"),
                  target},
                 emptyConfigHome(), as(QStringLiteral("admin")))
              .exitCode == 0);
    CHECK(Database::check(target) == Database::latestSchemaVersion());
}

TEST_CASE("rongpei-cli check names the first altered, removed or inserted row of the audit trail",
          "[cli][accounts][audit]")
{
    DemoFile file;
    const auto check = [&file] {
        return runCli({QStringLiteral("check"), QStringLiteral("--database"), file.path}, emptyConfigHome(),
                      nobody);
    };
    const Result healthy = check();
    CHECK(healthy.exitCode == 0);
    CHECK(healthy.out == QStringLiteral("ok\n"));
    const qint64 last = rawScalar(file.path, QStringLiteral("SELECT max(seq) FROM journal")).toLongLong();
    REQUIRE(last > 3);

    SECTION("a field altered")
    {
        rawSql(file.path,
               {QStringLiteral("UPDATE journal_field SET after = 'root' WHERE seq = %1 AND field = 'role'")
                    .arg(last - 2)});
        const Result tampered = check();
        CHECK(tampered.exitCode == 1);
        CHECK(tampered.out.isEmpty());
        CHECK(tampered.err.contains(QStringLiteral("altered")));
        CHECK(tampered.err.contains(QString::number(last - 2)));
    }
    SECTION("a row removed")
    {
        rawSql(file.path, {QStringLiteral("DELETE FROM journal WHERE seq = %1").arg(last - 1)});
        const Result tampered = check();
        CHECK(tampered.exitCode == 1);
        CHECK(tampered.err.contains(QStringLiteral("missing")));
        CHECK(tampered.err.contains(QString::number(last - 1)));
    }
    SECTION("a row inserted")
    {
        rawSql(file.path, {QStringLiteral("INSERT INTO journal (at, table_name, operation) VALUES "
                                          "('2026-11-24T10:00:00Z', 'cadre', 'delete')")});
        const Result tampered = check();
        CHECK(tampered.exitCode == 1);
        CHECK(tampered.err.contains(QStringLiteral("another program")));
        CHECK(tampered.err.contains(QString::number(last + 1)));
    }
}

TEST_CASE(
    "rongpei-cli purge removes a deleted cadre's data for an administrator only, after the retention period",
    "[cli][accounts][privacy]")
{
    DemoFile file;
    // A cadre of the file's own, on no roll call, so that it can be deleted.
    const QString number = QStringLiteral("P999");
    const QString name = QStringLiteral("待清除干部");
    const auto purge = [&](const QString &user, const QStringList &more = {}) {
        return runCli(QStringList{QStringLiteral("purge"), QStringLiteral("--database"), file.path,
                                  QStringLiteral("--cadre"), number} +
                          more,
                      emptyConfigHome(), as(user));
    };
    FixedClock clock;
    qint64 id = 0;
    {
        Workspace workspace(file.path, Database::OpenMode::MustExist, clock);
        workspace.signIn(QStringLiteral("admin"), QStringLiteral("rongpei-demo"));
        id = workspace.cadres().add(sampleCadre(workspace.cadres().all().first().branchId, number, name));
    }
    const Result living = purge(QStringLiteral("admin"));
    CHECK(living.exitCode == 1);
    CHECK(living.err.contains(QStringLiteral("delete the cadre first")));
    {
        Workspace workspace(file.path, Database::OpenMode::MustExist, clock);
        workspace.signIn(QStringLiteral("admin"), QStringLiteral("rongpei-demo"));
        workspace.cadres().remove(id);
    }
    const Result tooSoon = purge(QStringLiteral("admin"));
    CHECK(tooSoon.exitCode == 1);
    CHECK(tooSoon.err.contains(QStringLiteral("kept for 5 year")));
    const Result clerk =
        purge(QStringLiteral("clerk"), {QStringLiteral("--retention-years"), QStringLiteral("0")});
    CHECK(clerk.exitCode == 1);
    CHECK(clerk.err.contains(QStringLiteral("clerk")));
    const Result done =
        purge(QStringLiteral("admin"), {QStringLiteral("--retention-years"), QStringLiteral("0")});
    CHECK(done.exitCode == 0);
    CHECK(done.out.contains(QStringLiteral("backups made before keep them")));
    CHECK(rawScalar(file.path,
                    QStringLiteral("SELECT count(*) FROM journal_field WHERE before = '%1' OR after = '%1'")
                        .arg(name))
              .toInt() == 0);
    CHECK(runCli({QStringLiteral("check"), QStringLiteral("--database"), file.path}).exitCode == 0);
}

TEST_CASE("A backup's manifest keeps the audit chain's head: a history rewritten in the copy is caught",
          "[cli][accounts][audit][backup]")
{
    DemoFile file;
    const QString copy = file.folder.path(QStringLiteral("copy.db"));
    REQUIRE(runCli({QStringLiteral("backup"), QStringLiteral("--database"), file.path,
                    QStringLiteral("--out"), copy},
                   emptyConfigHome(), as(QStringLiteral("admin")))
                .exitCode == 0);
    const std::optional<BackupManifest> manifest = BackupManifest::readFor(copy);
    REQUIRE(manifest);
    CHECK(manifest->head.seq == rawScalar(copy, QStringLiteral("SELECT max(seq) FROM journal")).toLongLong());
    CHECK(manifest->schemaVersion == Database::latestSchemaVersion());
    CHECK_FALSE(QFileInfo(BackupManifest::pathFor(copy)).permissions() &
                (QFileDevice::ReadGroup | QFileDevice::ReadOther));
    const auto check = [&copy] {
        return runCli({QStringLiteral("check"), QStringLiteral("--database"), copy}, emptyConfigHome(),
                      nobody);
    };
    CHECK(check().exitCode == 0);

    // Someone with the copy and the code changes a role and seals the whole history anew.
    rawSql(copy, {QStringLiteral("UPDATE journal_field SET after = 'administrator' WHERE field = 'role' AND "
                                 "after = 'clerk'")});
    {
        FixedClock clock;
        Database database(copy, Database::OpenMode::MustExist);
        Transaction transaction(database);
        AuditChain::seal(database, 0);
        transaction.commit();
        REQUIRE(AuditChain::verify(database).isIntact()); // alone, it looks whole
    }
    const Result rewritten = check();
    CHECK(rewritten.exitCode == 1);
    CHECK(rewritten.err.contains(QStringLiteral("rewritten")));
}
