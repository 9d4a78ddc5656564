// Files attached to records: stored once by digest, journalled, restorable from the recycle bin,
// scoped like their record, purged with a cadre, carried by a backup.
#include "attachments/AttachmentRepository.h"

#include "AttachmentTestSupport.h"
#include "attachments/AttachmentFile.h"
#include "history/PersonalDataPurge.h"
#include "history/RecordKind.h"
#include "history/RecycleBin.h"
#include "roster/CadreRepository.h"
#include "study/StudySessionRepository.h"

#include <QFile>

using namespace rongpei;
using namespace rongpei::test;

namespace {

constexpr qint64 limit = 20 * 1024 * 1024;

PreparedAttachment pdf(const QString &name, const QByteArray &body = QByteArrayLiteral("minutes of March"))
{
    return AttachmentFile::fromBytes(name, QByteArrayLiteral("%PDF-1.4\n") + body, limit);
}

/// The team's sessions, and how many files are stored.
struct AttachmentFixture : TeamSessions
{
    int storedFiles()
    {
        return scalar(workspace().database(), QStringLiteral("SELECT count(*) FROM attachment_content"))
            .toInt();
    }
};

} // namespace

TEST_CASE("A file attached twice is stored once, and reads back as it was", "[attachments]")
{
    AttachmentFixture f;
    const PreparedAttachment minutes = pdf(QStringLiteral("3月支委会会议记录.pdf"));
    const qint64 a = f.files().attach(f.session(f.first), minutes, AttachmentCategory::Minutes, limit);
    const qint64 b = f.files().attach(f.session(f.second), minutes, AttachmentCategory::Minutes, limit);
    CHECK(a != b);
    CHECK(f.storedFiles() == 1);
    CHECK(AttachmentRepository::storedBytes(f.workspace().database()) == minutes.bytes.size());
    CHECK(f.files().content(a) == minutes.bytes);

    const QList<Attachment> listed = f.files().of(f.session(f.first));
    REQUIRE(listed.size() == 1);
    CHECK(listed.front().fileName == QStringLiteral("3月支委会会议记录.pdf"));
    CHECK(listed.front().category == AttachmentCategory::Minutes);
    CHECK(listed.front().attachedBy == QStringLiteral("admin"));
    CHECK(listed.front().size == minutes.bytes.size());
    CHECK(f.files().find(a)->owner.column == QStringLiteral("session_id"));
    CHECK(f.files().find(a)->owner.id == f.first);
    CHECK(AttachmentRepository::damagedContents(f.workspace().database()).isEmpty());
}

TEST_CASE("Stored bytes that no longer match their digest are reported, never handed out", "[attachments]")
{
    AttachmentFixture f;
    const qint64 id = f.files().attach(f.session(f.first), pdf(QStringLiteral("a.pdf")),
                                       AttachmentCategory::Minutes, limit);
    f.workspace().database().exec(QStringLiteral("UPDATE attachment_content SET content = X'255044462D00'"));
    CHECK(AttachmentRepository::damagedContents(f.workspace().database()) ==
          QStringList{QStringLiteral("a.pdf")});
    try {
        f.files().content(id);
        FAIL("damaged bytes were handed out");
    } catch (const DatabaseError &error) {
        CHECK(error.kind() == DatabaseError::Kind::Corrupt);
    }
}

TEST_CASE("A removed file is in the recycle bin until restored, emptying the bin frees its bytes",
          "[attachments]")
{
    AttachmentFixture f;
    const qint64 id = f.files().attach(f.session(f.first), pdf(QStringLiteral("签到表.pdf")),
                                       AttachmentCategory::SignInSheet, limit);
    f.files().remove(id);
    CHECK(f.files().of(f.session(f.first)).isEmpty());
    CHECK(f.storedFiles() == 1); // kept for the restore
    std::vector<DeletedRecord> bin = RecycleBin::contents(f.workspace().database(), f.workspace().access());
    REQUIRE(bin.size() == 1);
    CHECK(bin.front().kind->code == QStringLiteral("attachment"));
    CHECK(bin.front().name == QStringLiteral("签到表.pdf"));
    f.workspace().announceChanges(
        RecycleBin::restore(f.workspace().database(), bin.front().tombstone.sequence));
    REQUIRE(f.files().of(f.session(f.first)).size() == 1);
    CHECK(f.files().of(f.session(f.first)).front().category == AttachmentCategory::SignInSheet);

    f.files().remove(id);
    RecycleBin::empty(f.workspace().database(), f.workspace().access());
    CHECK(f.storedFiles() == 0);
}

TEST_CASE("A session's files go with it and come back when it is restored", "[attachments]")
{
    AttachmentFixture f;
    f.files().attach(f.session(f.first), pdf(QStringLiteral("记录.pdf")), AttachmentCategory::Minutes, limit);
    f.files().attach(f.session(f.first), pdf(QStringLiteral("照片.pdf"), "other"), AttachmentCategory::Photo,
                     limit);
    CHECK(f.workspace().studySessions().summary(f.first)->hasMinutes);
    f.workspace().studySessions().remove(f.first);
    CHECK(scalar(f.workspace().database(), QStringLiteral("SELECT count(*) FROM attachment")).toInt() == 0);
    std::vector<DeletedRecord> bin = RecycleBin::contents(f.workspace().database(), f.workspace().access());
    REQUIRE(bin.size() == 1); // the session, its files as its parts
    CHECK(bin.front().kind->code == QStringLiteral("session"));
    CHECK(bin.front().parts >= 2);
    RecycleBin::restore(f.workspace().database(), bin.front().tombstone.sequence);
    CHECK(f.files().of(f.session(f.first)).size() == 2);
}

TEST_CASE("Held meetings without minutes or a signed sheet are found", "[attachments][study]")
{
    AttachmentFixture f;
    SessionSummary before = *f.workspace().studySessions().summary(f.first);
    CHECK(before.lacksMinutes());
    CHECK(before.lacksSignInSheet());
    CHECK(before.attachments == 0);
    const qint64 id = f.files().attach(f.session(f.first), pdf(QStringLiteral("扫描.pdf")),
                                       AttachmentCategory::Other, limit);
    CHECK(f.workspace().studySessions().summary(f.first)->lacksMinutes());
    f.files().setCategory(id, AttachmentCategory::Minutes);
    const SessionSummary after = *f.workspace().studySessions().summary(f.first);
    CHECK(!after.lacksMinutes());
    CHECK(after.lacksSignInSheet());
    CHECK(after.attachments == 1);
    // A planned session lacks nothing yet.
    StudySession planned = *f.workspace().studySessions().find(f.second);
    planned.state = SessionState::Planned;
    planned.date = f.team.temp.clock().today().addDays(7);
    f.workspace().studySessions().update(planned);
    CHECK(!f.workspace().studySessions().summary(f.second)->lacksMinutes());
    // Online study is no meeting the rules require: it has no minutes and no sheet to lack.
    const qint64 online = f.workspace().studySessions().add(
        sampleSession(studyKind(f.workspace(), QStringLiteral("online_study")), f.team.org.firstBranch,
                      QDate(2026, 3, 20)));
    const SessionSummary onlineSummary = *f.workspace().studySessions().summary(online);
    CHECK_FALSE(onlineSummary.requiredMeeting);
    CHECK_FALSE(onlineSummary.lacksMinutes());
    CHECK_FALSE(onlineSummary.lacksSignInSheet());
    CHECK(f.workspace().studySessions().summary(f.first)->requiredMeeting);
}

TEST_CASE("A clerk reads and attaches the files of their branch only, a manager only reads",
          "[attachments][accounts]")
{
    AttachmentFixture f;
    f.files().attach(f.session(f.second), pdf(QStringLiteral("二支部.pdf")), AttachmentCategory::Minutes,
                     limit);
    const qint64 ofFirst = f.files().attach(f.session(f.first), pdf(QStringLiteral("一支部.pdf"), "1"),
                                            AttachmentCategory::Minutes, limit);
    f.team.signIn(QStringLiteral("clerk"));
    CHECK(f.files().of(f.session(f.first)).size() == 1);
    CHECK(refusedForPermission([&] { f.files().of(f.session(f.second)); }));
    CHECK(refusedForPermission([&] {
        f.files().attach(f.session(f.second), pdf(QStringLiteral("x.pdf"), "x"), AttachmentCategory::Other,
                         limit);
    }));
    f.files().attach(f.session(f.first), pdf(QStringLiteral("y.pdf"), "y"), AttachmentCategory::Other, limit);
    CHECK(f.files().of(f.session(f.first)).size() == 2);

    f.team.signIn(QStringLiteral("manager"));
    CHECK(f.files().of(f.session(f.second)).size() == 1);
    CHECK(refusedForPermission([&] { f.files().remove(ofFirst); }));
    CHECK(f.files().of(f.session(f.first)).size() == 2);
    f.team.signIn(QStringLiteral("admin"));
    CHECK(scalar(f.workspace().database(), QStringLiteral("SELECT count(*) FROM attachment")).toInt() == 3);
}

TEST_CASE("Nothing is stored for a record that is gone or a file over the limit", "[attachments]")
{
    AttachmentFixture f;
    const PreparedAttachment file = pdf(QStringLiteral("a.pdf"));
    CHECK_THROWS_AS(f.files().attach(f.session(999999), file, AttachmentCategory::Minutes, limit),
                    ValidationError);
    CHECK_THROWS_AS(f.files().attach(f.session(f.first), file, AttachmentCategory::Minutes, 4),
                    ValidationError);
    CHECK_THROWS_AS(f.files().attach(AttachmentOwner{QStringLiteral("branch_id"), f.team.org.firstBranch},
                                     file, AttachmentCategory::Minutes, limit),
                    ValidationError);
    CHECK(f.storedFiles() == 0);
    CHECK(scalar(f.workspace().database(), QStringLiteral("SELECT count(*) FROM attachment")).toInt() == 0);
}

TEST_CASE("A file follows its record to another branch", "[attachments]")
{
    AttachmentFixture f;
    const qint64 id = f.files().attach(f.session(f.first), pdf(QStringLiteral("a.pdf")),
                                       AttachmentCategory::Minutes, limit);
    StudySession moved = *f.workspace().studySessions().find(f.first);
    moved.branchId = f.team.org.secondBranch;
    moved.attendance.clear();
    f.workspace().studySessions().update(moved);
    CHECK(f.files().find(id)->branchId == f.team.org.secondBranch);
}

TEST_CASE("Purging a deleted cadre purges the files attached to them", "[attachments][privacy]")
{
    AttachmentFixture f;
    Workspace &workspace = f.workspace();
    const qint64 cadre = workspace.cadres().add(sampleCadre(f.team.org.firstBranch, QStringLiteral("P001")));
    const QString uuid = workspace.cadres().find(cadre)->uuid;
    const AttachmentOwner owner =
        AttachmentRepository::ownerOf(*Workspace::recordKind(QStringLiteral("cadre")), cadre);
    workspace.attachments().attach(owner, pdf(QStringLiteral("张敏-挂职审批表.pdf"), "CANARY-FILE-BYTES"),
                                   AttachmentCategory::Evidence, limit);
    // The same file on a session stays: only the cadre's attachment goes.
    workspace.attachments().attach(f.session(f.first), pdf(QStringLiteral("shared.pdf"), "SHARED"),
                                   AttachmentCategory::Other, limit);
    workspace.attachments().attach(owner, pdf(QStringLiteral("shared-copy.pdf"), "SHARED"),
                                   AttachmentCategory::Other, limit);
    workspace.cadres().remove(cadre);
    CHECK(f.storedFiles() == 2);
    const int years = PersonalDataPurge::defaultRetentionYears;
    PersonalDataPurge::purgeCadre(workspace.database(), workspace.access(), uuid, years,
                                  f.team.temp.clock().now().addYears(years));
    CHECK(f.storedFiles() == 1);
    CHECK(scalar(workspace.database(),
                 QStringLiteral("SELECT count(*) FROM journal_field WHERE field = 'file_name' AND "
                                "(before LIKE '%挂职审批表%' OR after LIKE '%挂职审批表%')"))
              .toInt() == 0);
    workspace.database().exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    QFile file(f.team.temp.path());
    REQUIRE(file.open(QIODevice::ReadOnly));
    CHECK(!file.readAll().contains("CANARY-FILE-BYTES"));
}

TEST_CASE("Files travel with a backup", "[attachments][backup]")
{
    AttachmentFixture f;
    const PreparedAttachment minutes = pdf(QStringLiteral("会议记录.pdf"), QByteArray(200000, 'm'));
    f.files().attach(f.session(f.first), minutes, AttachmentCategory::Minutes, limit);
    TemporaryFolder folder;
    const QString copy = folder.path(QStringLiteral("copy.db"));
    Database::backup(f.team.temp.path(), copy);
    Workspace restored(copy, Database::OpenMode::MustExist, f.team.temp.clock());
    restored.signIn(QStringLiteral("admin"), testPassword);
    const QList<Attachment> files = restored.attachments().of(AttachmentFixture::session(f.first));
    REQUIRE(files.size() == 1);
    CHECK(restored.attachments().content(files.front().id) == minutes.bytes);
}

TEST_CASE("A file that does not fit on the disk is refused as a full disk, and nothing of it is stored",
          "[attachments]")
{
    AttachmentFixture f;
    Database &database = f.workspace().database();
    const int pages = scalar(database, QStringLiteral("PRAGMA page_count")).toInt();
    const int attachments = scalar(database, QStringLiteral("SELECT count(*) FROM attachment")).toInt();
    const qint64 journalled = scalar(database, QStringLiteral("SELECT count(*) FROM journal")).toLongLong();
    // SQLite reports a file that may grow no further as a full disk, as it does a disk that is full.
    database.exec(QStringLiteral("PRAGMA max_page_count = %1").arg(pages + 8));
    const PreparedAttachment scan = pdf(QStringLiteral("扫描件.pdf"), QByteArray(2 * 1024 * 1024, 'x'));
    try {
        f.files().attach(f.session(f.first), scan, AttachmentCategory::Minutes, limit);
        FAIL("a file larger than the room left was stored");
    } catch (const DatabaseError &error) {
        CHECK(error.kind() == DatabaseError::Kind::DiskFull);
    }
    CHECK(f.storedFiles() == 0);
    CHECK(scalar(database, QStringLiteral("SELECT count(*) FROM attachment")).toInt() == attachments);
    CHECK(scalar(database, QStringLiteral("SELECT count(*) FROM journal")).toLongLong() == journalled);
    // With room again, the same file goes in.
    database.exec(QStringLiteral("PRAGMA max_page_count = 1073741823"));
    CHECK(f.files().attach(f.session(f.first), scan, AttachmentCategory::Minutes, limit) > 0);
    CHECK(f.storedFiles() == 1);
}
