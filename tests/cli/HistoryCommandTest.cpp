// rongpei-cli history: a record's changes from the change journal, found by uuid or employee number.
#include "CliSupport.h"
#include "Workspace.h"
#include "roster/CadreRepository.h"
#include "storage/Database.h"

using namespace rongpei;
using namespace rongpei::test;

namespace {

/// A file where 张敏 (A001) was added, renamed and moved to 车间主任, and 李强 (A002) added then deleted.
QString editedDatabase(TemporaryFolder &folder, QString *uuid)
{
    const QString path = folder.path(QStringLiteral("history.db"));
    FixedClock clock;
    Workspace workspace(path, Database::OpenMode::CreateIfMissing, clock);
    const auto org = SmallOrganization::create(workspace);
    const qint64 id =
        workspace.cadres().add(sampleCadre(org.firstBranch, QStringLiteral("A001"), QStringLiteral("张敏")));
    Cadre cadre = *workspace.cadres().find(id);
    *uuid = cadre.uuid;
    cadre.name = QStringLiteral("张敏华");
    cadre.post = QStringLiteral("车间主任");
    workspace.cadres().update(cadre);
    workspace.cadres().remove(
        workspace.cadres().add(sampleCadre(org.firstBranch, QStringLiteral("A002"), QStringLiteral("李强"))));
    return path;
}

} // namespace

TEST_CASE("rongpei-cli history prints a cadre's changes, found by employee number or uuid", "[cli][journal]")
{
    TemporaryFolder folder;
    QString uuid;
    const QString path = editedDatabase(folder, &uuid);
    const QByteArray before = fileHash(path);
    const QStringList base{QStringLiteral("history"), QStringLiteral("--database"), path,
                           QStringLiteral("--kind"),  QStringLiteral("cadre"),      QStringLiteral("--lang"),
                           QStringLiteral("zh_CN"),   QStringLiteral("--id")};
    const Result byNumber = runCli(base + QStringList{QStringLiteral("a001")});
    INFO(byNumber.err.toStdString());
    REQUIRE(byNumber.exitCode == 0);
    const QStringList lines = byNumber.out.split(u'\n', Qt::SkipEmptyParts);
    REQUIRE(lines.size() >= 4);
    CHECK(lines.first().startsWith(QStringLiteral("时间")));
    // The rename: its field, what it was and what it became.
    bool renamed = false;
    bool moved = false;
    for (const QString &line : lines) {
        renamed =
            renamed || (line.contains(QStringLiteral("姓名")) && line.contains(QStringLiteral("张敏  ")) &&
                        line.contains(QStringLiteral("张敏华")) && line.contains(QStringLiteral("修改")));
        moved = moved || (line.contains(QStringLiteral("岗位")) && line.contains(QStringLiteral("车间主任")));
    }
    CHECK(renamed);
    CHECK(moved);
    CHECK(lines.first().contains(QStringLiteral("原值")));
    CHECK(byNumber.out.contains(QStringLiteral("2026-11-24 10:00:00")));

    const Result byUuid = runCli(base + QStringList{uuid});
    CHECK(byUuid.exitCode == 0);
    CHECK(byUuid.out == byNumber.out);

    // A deleted cadre is still found by the employee number in its tombstone.
    const Result deleted = runCli(base + QStringList{QStringLiteral("A002")});
    CHECK(deleted.exitCode == 0);
    CHECK(deleted.out.contains(QStringLiteral("删除")));
    CHECK(deleted.out.contains(QStringLiteral("李强")));

    const Result missing = runCli(base + QStringList{QStringLiteral("Z999")});
    CHECK(missing.exitCode == 1);
    CHECK(missing.out.isEmpty());
    CHECK(missing.err.contains(QStringLiteral("Z999")));
    CHECK(fileHash(path) == before);
}
