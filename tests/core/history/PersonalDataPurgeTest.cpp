// A deleted cadre's personal data purged from the journal: gone from the file and its write-ahead
// log, while the audit chain still verifies.
#include "history/PersonalDataPurge.h"

#include "AccountTestSupport.h"
#include "history/AuditTrail.h"
#include "history/RecycleBin.h"
#include "roster/CadreRepository.h"
#include "storage/AuditChain.h"

#include <QFile>

using namespace rongpei;
using namespace rongpei::test;

namespace {

const QString canaryName = QStringLiteral("金丝雀测试员");
const QString canaryNote = QStringLiteral("CANARY-7Q3Z-PERSONAL");

/// Whether the database or its write-ahead log holds `text` anywhere, as SQLite stores it.
bool fileHolds(const QString &path, const QString &text)
{
    for (const QString &suffix : {QString(), QStringLiteral("-wal")}) {
        QFile file(path + suffix);
        if (file.open(QIODevice::ReadOnly) && file.readAll().contains(text.toUtf8()))
            return true;
    }
    return false;
}

} // namespace

TEST_CASE("A deleted cadre purged after the retention period leaves no trace of their name in the file",
          "[privacy][audit]")
{
    TeamFile team;
    Workspace &workspace = team.workspace();
    team.signIn(QStringLiteral("admin"));
    Cadre cadre = sampleCadre(team.org.firstBranch, QStringLiteral("C001"), canaryName);
    cadre.notes = canaryNote;
    const qint64 id = workspace.cadres().add(cadre);
    const QString uuid = workspace.cadres().find(id)->uuid;
    Cadre changed = *workspace.cadres().find(id);
    changed.post = QStringLiteral("车间主任");
    workspace.cadres().update(changed);
    workspace.cadres().remove(id);
    REQUIRE(fileHolds(team.temp.path(), canaryNote)); // the test can fail: the tombstone holds them
    REQUIRE(RecycleBin::contents(workspace.database(), workspace.access()).size() == 1);

    const int years = PersonalDataPurge::defaultRetentionYears;
    const QDateTime now = team.temp.clock().now();
    CHECK_THROWS_AS(PersonalDataPurge::purgeCadre(workspace.database(), workspace.access(), uuid, years, now),
                    ValidationError); // deleted today: kept
    team.signIn(QStringLiteral("clerk"));
    CHECK(refusedForPermission([&] {
        PersonalDataPurge::purgeCadre(workspace.database(), workspace.access(), uuid, years,
                                      now.addYears(years));
    }));
    team.signIn(QStringLiteral("admin"));
    CHECK(PersonalDataPurge::purgeCadre(workspace.database(), workspace.access(), uuid, years,
                                        now.addYears(years)) > 10);

    // The chain still verifies, the audit still shows who deleted whom and when, the bin is empty.
    CHECK(AuditChain::verify(workspace.database()).isIntact());
    AuditFilter filter;
    filter.kind = QStringLiteral("cadre");
    const std::vector<AuditLine> audit = AuditTrail::lines(workspace.database(), filter, workspace.access());
    CHECK(std::any_of(audit.begin(), audit.end(), [](const AuditLine &line) {
        return line.user == QStringLiteral("admin") && line.change.operation == QStringLiteral("Deleted");
    }));
    CHECK(RecycleBin::contents(workspace.database(), workspace.access()).empty());
    // Purging again finds nothing left.
    CHECK(PersonalDataPurge::purgeCadre(workspace.database(), workspace.access(), uuid, years,
                                        now.addYears(years)) == 0);

    team.temp.close();
    CHECK_FALSE(fileHolds(team.temp.path(), canaryName));
    CHECK_FALSE(fileHolds(team.temp.path(), canaryNote));
}

TEST_CASE("A cadre not deleted cannot be purged", "[privacy]")
{
    TeamFile team;
    team.signIn(QStringLiteral("admin"));
    Workspace &workspace = team.workspace();
    const qint64 id = workspace.cadres().add(sampleCadre(team.org.firstBranch, QStringLiteral("C002")));
    CHECK_THROWS_AS(PersonalDataPurge::purgeCadre(workspace.database(), workspace.access(),
                                                  workspace.cadres().find(id)->uuid, 0,
                                                  team.temp.clock().now()),
                    ValidationError);
}
