// rongpei-cli attachments lists a record's files or saves copies of them; check reports damaged bytes.
#include "AttachmentTestSupport.h"
#include "CliSupport.h"
#include "attachments/AttachmentFile.h"
#include "attachments/AttachmentRepository.h"
#include "history/RecordKind.h"
#include "study/StudySessionRepository.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>

using namespace rongpei;
using namespace rongpei::test;

namespace {

constexpr qint64 limit = 20 * 1024 * 1024;
const QByteArray minutesBytes = QByteArrayLiteral("%PDF-1.4\nminutes of March\n");
const QByteArray sheetBytes = QByteArrayLiteral("\x89PNG\r\n\x1a\nsigned sheet");

/// A team file with a 支委会 in each branch; the first branch's has minutes and a sheet.
struct AttachedFile : TeamSessions
{
    QString firstUuid;

    AttachedFile()
    {
        firstUuid = workspace().studySessions().find(first)->uuid;
        const AttachmentOwner owner = session(first);
        files().attach(
            owner, AttachmentFile::fromBytes(QStringLiteral("3月支委会会议记录.pdf"), minutesBytes, limit),
            AttachmentCategory::Minutes, limit);
        files().attach(owner, AttachmentFile::fromBytes(QStringLiteral("签到表.png"), sheetBytes, limit),
                       AttachmentCategory::SignInSheet, limit);
        files().attach(session(second),
                       AttachmentFile::fromBytes(QStringLiteral("签到表.png"), sheetBytes, limit),
                       AttachmentCategory::SignInSheet, limit);
        workspace().signOut();
    }
    QString path() const { return team.temp.path(); }
    Result run(const QString &user, const QString &id, const QStringList &more = {}) const
    {
        return runCli(
            QStringList{QStringLiteral("attachments"), QStringLiteral("--database"), path(),
                        QStringLiteral("--kind"), QStringLiteral("session"), QStringLiteral("--id"), id,
                        QStringLiteral("--lang"), QStringLiteral("zh_CN")} +
                more,
            emptyConfigHome(),
            {{QStringLiteral("RONGPEI_USER"), user}, {QStringLiteral("RONGPEI_PASSWORD"), testPassword}});
    }
};

} // namespace

TEST_CASE("rongpei-cli attachments lists a session's files by id or uuid", "[cli][attachments]")
{
    AttachedFile file;
    const QByteArray before = fileHash(file.path());
    const Result listed = file.run(QStringLiteral("admin"), QString::number(file.first));
    INFO(listed.err.toStdString());
    REQUIRE(listed.exitCode == 0);
    const QStringList lines = listed.out.split(u'\n', Qt::SkipEmptyParts);
    REQUIRE(lines.size() == 3);
    CHECK(lines[1].contains(QStringLiteral("3月支委会会议记录.pdf")));
    CHECK(lines[1].contains(QStringLiteral("会议记录")));
    CHECK(lines[2].contains(QStringLiteral("签到表.png")));
    CHECK(lines[2].contains(
        QString::fromLatin1(QCryptographicHash::hash(sheetBytes, QCryptographicHash::Sha256).toHex())));
    CHECK(file.run(QStringLiteral("admin"), file.firstUuid).out == listed.out);
    CHECK(fileHash(file.path()) == before);
}

TEST_CASE("rongpei-cli attachments --out saves exact copies and never overwrites a file there",
          "[cli][attachments]")
{
    AttachedFile file;
    TemporaryFolder out;
    const QString folder = out.path(QStringLiteral("材料"));
    REQUIRE(QDir().mkpath(folder));
    writeFile(QDir(folder).filePath(QStringLiteral("签到表.png")), QByteArrayLiteral("the clerk's own file"));
    const Result saved =
        file.run(QStringLiteral("admin"), QString::number(file.first), {QStringLiteral("--out"), folder});
    INFO(saved.err.toStdString());
    REQUIRE(saved.exitCode == 0);
    const auto read = [&](const QString &name) {
        QFile copy(QDir(folder).filePath(name));
        return copy.open(QIODevice::ReadOnly) ? copy.readAll() : QByteArray();
    };
    CHECK(read(QStringLiteral("3月支委会会议记录.pdf")) == minutesBytes);
    CHECK(read(QStringLiteral("签到表.png")) == QByteArrayLiteral("the clerk's own file"));
    CHECK(read(QStringLiteral("签到表 (2).png")) == sheetBytes);
    CHECK(QDir(folder).entryList(QDir::Files).size() == 3);
}

TEST_CASE("rongpei-cli attachments refuses a clerk another branch's record, an unknown kind and id",
          "[cli][attachments][accounts]")
{
    AttachedFile file;
    CHECK(file.run(QStringLiteral("clerk"), QString::number(file.first)).exitCode == 0);
    const Result refused = file.run(QStringLiteral("clerk"), QString::number(file.second));
    CHECK(refused.exitCode == 1);
    CHECK(refused.out.isEmpty());
    CHECK(refused.err.contains(QStringLiteral("clerk")));

    const Result missing = file.run(QStringLiteral("admin"), QStringLiteral("99999"));
    CHECK(missing.exitCode == 1);
    CHECK(missing.err.contains(QStringLiteral("99999")));

    const Result kind = runCli({QStringLiteral("attachments"), QStringLiteral("--database"), file.path(),
                                QStringLiteral("--kind"), QStringLiteral("rotation"), QStringLiteral("--id"),
                                QStringLiteral("1")});
    CHECK(kind.exitCode == 2);
    CHECK(kind.err.contains(QStringLiteral("session")));
    CHECK(kind.err.contains(QStringLiteral("cadre")));
}

TEST_CASE("rongpei-cli check fails on attached bytes that no longer match their digest and names the file",
          "[cli][attachments]")
{
    AttachedFile file;
    const QStringList check{QStringLiteral("check"), QStringLiteral("--database"), file.path()};
    REQUIRE(runCli(check).exitCode == 0);
    rawSql(file.path(), {QStringLiteral("UPDATE attachment_content SET content = X'255044462D00' "
                                        "WHERE size = %1")
                             .arg(minutesBytes.size())});
    const Result damaged = runCli(check);
    CHECK(damaged.exitCode == 1);
    CHECK(damaged.err.contains(QStringLiteral("3月支委会会议记录.pdf")));
    CHECK_FALSE(damaged.err.contains(QStringLiteral("签到表.png")));
}
