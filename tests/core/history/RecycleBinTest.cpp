// The recycle bin: deleted records from their tombstones, restored whole, emptied without losing history.
#include "history/RecycleBin.h"

#include "TestSupport.h"
#include "Workspace.h"
#include "common/ValidationError.h"
#include "history/RecordKind.h"
#include "roster/CadreRepository.h"
#include "storage/ChangeJournal.h"
#include "study/StudySessionRepository.h"

using namespace rongpei;
using namespace rongpei::test;

TEST_CASE("A deleted session comes back from the recycle bin with its roll call, ids and uuids",
          "[journal][bin]")
{
    TemporaryWorkspace temp;
    const auto org = SmallOrganization::create(temp.workspace());
    Workspace &workspace = temp.workspace();
    const qint64 a = workspace.cadres().add(sampleCadre(org.firstBranch, QStringLiteral("A001")));
    const qint64 b = workspace.cadres().add(sampleCadre(org.firstBranch, QStringLiteral("A002")));
    StudySession session = sampleSession(studyKind(workspace, QStringLiteral("theme_day")), org.firstBranch,
                                         QDate(2026, 2, 10), {a, b});
    session.topic = QStringLiteral("学习党章");
    session.attendance[1].status = AttendanceStatus::Excused;
    session.attendance[1].excuse = QStringLiteral("出差");
    const qint64 id = workspace.studySessions().add(session);
    const StudySession stored = *workspace.studySessions().find(id);
    CHECK(RecycleBin::contents(workspace.database(), workspace.access()).empty());

    workspace.studySessions().remove(id);
    std::vector<DeletedRecord> bin = RecycleBin::contents(workspace.database(), workspace.access());
    REQUIRE(bin.size() == 1); // the roll-call lines are parts of it, not entries of their own
    CHECK(bin.front().name == QStringLiteral("学习党章"));
    CHECK(bin.front().parts == 2);
    CHECK(bin.front().kind->code == QStringLiteral("session"));
    CHECK_FALSE(bin.front().tombstone.device.isEmpty());

    const std::vector<JournalEntry> written =
        RecycleBin::restore(workspace.database(), bin.front().tombstone.sequence);
    CHECK(written.size() == 3);
    const std::optional<StudySession> back = workspace.studySessions().find(id);
    REQUIRE(back);
    CHECK(back->uuid == stored.uuid);
    CHECK(back->topic == stored.topic);
    REQUIRE(back->attendance.size() == 2);
    CHECK(back->attendance[1].uuid == stored.attendance[1].uuid);
    CHECK(back->attendance[1].status == AttendanceStatus::Excused);
    CHECK(back->attendance[1].excuse == QStringLiteral("出差"));
    CHECK(RecycleBin::contents(workspace.database(), workspace.access()).empty());
    CHECK_THROWS_AS(RecycleBin::restore(workspace.database(), bin.front().tombstone.sequence),
                    ValidationError);
}

TEST_CASE("A cadre whose employee number was taken since is refused, with nothing changed", "[journal][bin]")
{
    TemporaryWorkspace temp;
    const auto org = SmallOrganization::create(temp.workspace());
    Workspace &workspace = temp.workspace();
    const qint64 id =
        workspace.cadres().add(sampleCadre(org.firstBranch, QStringLiteral("A001"), QStringLiteral("张敏")));
    workspace.cadres().remove(id);
    workspace.cadres().add(sampleCadre(org.firstBranch, QStringLiteral("A001"), QStringLiteral("李强")));
    const std::vector<DeletedRecord> bin = RecycleBin::contents(workspace.database(), workspace.access());
    REQUIRE(bin.size() == 1);
    CHECK(bin.front().name == QStringLiteral("张敏"));
    const qint64 sequence = ChangeJournal::lastSequence(workspace.database());
    const ValidationError refusal =
        refusalOf([&] { RecycleBin::restore(workspace.database(), bin.front().tombstone.sequence); });
    CHECK(refusal.errors().first().message.contains(QStringLiteral("张敏")));
    CHECK(workspace.cadres().count() == 1);
    CHECK(ChangeJournal::lastSequence(workspace.database()) == sequence);
}

TEST_CASE("Emptying the recycle bin stops listing its records but keeps their tombstones", "[journal][bin]")
{
    TemporaryWorkspace temp;
    const auto org = SmallOrganization::create(temp.workspace());
    Workspace &workspace = temp.workspace();
    const qint64 id = workspace.cadres().add(sampleCadre(org.firstBranch, QStringLiteral("A001")));
    const QString uuid = workspace.cadres().find(id)->uuid;
    workspace.cadres().remove(id);
    REQUIRE(RecycleBin::contents(workspace.database(), workspace.access()).size() == 1);
    RecycleBin::empty(workspace.database(), workspace.access());
    CHECK(RecycleBin::contents(workspace.database(), workspace.access()).empty());
    CHECK(ChangeJournal::history(workspace.database(), QStringLiteral("cadre"), uuid).back().operation ==
          JournalOperation::Delete);
    // What is deleted after emptying is listed again.
    const qint64 other = workspace.cadres().add(sampleCadre(org.firstBranch, QStringLiteral("A002")));
    workspace.cadres().remove(other);
    CHECK(RecycleBin::contents(workspace.database(), workspace.access()).size() == 1);
}

TEST_CASE("A session another program deleted comes back with the roll call its deletion took",
          "[journal][bin]")
{
    TemporaryWorkspace temp;
    const auto org = SmallOrganization::create(temp.workspace());
    Workspace &workspace = temp.workspace();
    const qint64 a = workspace.cadres().add(sampleCadre(org.firstBranch, QStringLiteral("A001")));
    const qint64 b = workspace.cadres().add(sampleCadre(org.firstBranch, QStringLiteral("A002")));
    const qint64 id = workspace.studySessions().add(sampleSession(
        studyKind(workspace, QStringLiteral("theme_day")), org.firstBranch, QDate(2026, 2, 10), {a, b}));
    rawSql(temp.path(), {QStringLiteral("PRAGMA foreign_keys = ON"),
                         QStringLiteral("DELETE FROM study_session WHERE id = %1").arg(id)});
    const std::vector<DeletedRecord> bin = RecycleBin::contents(workspace.database(), workspace.access());
    REQUIRE(bin.size() == 1);
    CHECK(bin.front().tombstone.transaction == 0);
    CHECK(bin.front().parts == 2);
    RecycleBin::restore(workspace.database(), bin.front().tombstone.sequence);
    CHECK(workspace.studySessions().find(id)->attendance.size() == 2);
}
