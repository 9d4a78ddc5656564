// rongpei-cli compliance: its figures, formats and refusals, and that it never writes.
#include "CliSupport.h"
#include "organization/OrganizationRepository.h"
#include "roster/CadreRepository.h"
#include "storage/Database.h"
#include "storage/SqlScript.h"
#include "study/StudySessionRepository.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSettings>
#include <QTemporaryDir>

using namespace rongpei;
using namespace rongpei::test;

TEST_CASE("rongpei-cli compliance lists every cadre's hours as CSV", "[cli][study]")
{
    TemporaryFolder folder;
    const QString path = complianceDatabase(folder);
    const Result result =
        runCli(complianceArguments(path, {QStringLiteral("--year"), QStringLiteral("2025"),
                                          QStringLiteral("--format"), QStringLiteral("csv")}));
    INFO(result.err.toStdString());
    REQUIRE(result.exitCode == 0);
    CHECK(result.err.isEmpty());
    CHECK(result.out.split(QStringLiteral("\r\n")).first() == csvHeader);
    CHECK(result.out == csvOf({csvHeader, wangRow, liRow, chenRow, liuRow}));
}

TEST_CASE("rongpei-cli compliance --branch narrows the list to a branch or committee", "[cli][study]")
{
    TemporaryFolder folder;
    const QString path = complianceDatabase(folder);
    const QStringList csv2025{QStringLiteral("--year"), QStringLiteral("2025"), QStringLiteral("--format"),
                              QStringLiteral("csv")};
    Result result = runCli(complianceArguments(
        path, csv2025 + QStringList{QStringLiteral("--branch"), QStringLiteral("第二党支部")}));
    INFO(result.err.toStdString());
    REQUIRE(result.exitCode == 0);
    CHECK(result.out == csvOf({csvHeader, chenRow, liuRow}));

    result = runCli(complianceArguments(
        path, csv2025 + QStringList{QStringLiteral("--branch"), QStringLiteral("第一党支部")}));
    CHECK(result.out == csvOf({csvHeader, wangRow, liRow}));

    result = runCli(complianceArguments(
        path, csv2025 + QStringList{QStringLiteral("--branch"), QStringLiteral("集团党委")}));
    CHECK(result.out == csvOf({csvHeader, wangRow, liRow, chenRow, liuRow}));

    result = runCli(complianceArguments(
        path, csv2025 + QStringList{QStringLiteral("--branch"), QStringLiteral("第三党支部")}));
    CHECK(result.exitCode == 1);
    CHECK(result.out.isEmpty());
    CHECK(result.err.contains(QStringLiteral("第三党支部")));
}

TEST_CASE("rongpei-cli compliance prints a table with a summary by default", "[cli][study]")
{
    TemporaryFolder folder;
    const QString path = complianceDatabase(folder);
    const Result result =
        runCli(complianceArguments(path, {QStringLiteral("--year"), QStringLiteral("2025")}));
    INFO(result.err.toStdString());
    REQUIRE(result.exitCode == 0);
    const QStringList lines = result.out.split(u'\n', Qt::SkipEmptyParts);
    REQUIRE(lines.size() == 6); // headings, four cadres, summary
    CHECK(lines.first().startsWith(QStringLiteral("Employee no.")));
    CHECK(lines.at(1).startsWith(QStringLiteral("A001")));
    CHECK(lines.at(1).contains(QStringLiteral("96.0")));
    CHECK(lines.at(1).contains(QStringLiteral("On track")));
    CHECK(lines.at(3).contains(QStringLiteral("2021–2025")));
    CHECK(lines.at(3).contains(QStringLiteral("Far behind")));
    CHECK(lines.last() == QStringLiteral("4 cadre(s): 1 on track, 1 behind, 2 far behind."));

    const Result same =
        runCli(complianceArguments(path, {QStringLiteral("--year"), QStringLiteral("2025"),
                                          QStringLiteral("--format"), QStringLiteral("table")}));
    CHECK(same.out == result.out);
}

TEST_CASE("rongpei-cli compliance rejects bad usage with exit code 2", "[cli][study]")
{
    TemporaryFolder folder;
    const QString path = complianceDatabase(folder);
    const QByteArray before = fileHash(path);
    Result result = runCli(complianceArguments(path, {}));
    CHECK(result.exitCode == 2);
    CHECK(result.err.contains(QStringLiteral("--year")));
    for (const QString &year : {QStringLiteral("twenty"), QStringLiteral("1999"), QStringLiteral("2101"),
                                QStringLiteral("2025.5"), QString()}) {
        INFO(year.toStdString());
        result = runCli(complianceArguments(path, {QStringLiteral("--year"), year}));
        CHECK(result.exitCode == 2);
        CHECK(result.out.isEmpty());
    }
    result = runCli(complianceArguments(path, {QStringLiteral("--year"), QStringLiteral("2025"),
                                               QStringLiteral("--format"), QStringLiteral("xml")}));
    CHECK(result.exitCode == 2);
    CHECK(result.err.contains(QStringLiteral("--format")));
    CHECK(result.out.isEmpty());
    CHECK(fileHash(path) == before);

    const QString missing = folder.path(QStringLiteral("missing.db"));
    result = runCli(complianceArguments(missing, {QStringLiteral("--year"), QStringLiteral("2025")}));
    CHECK(result.exitCode == 1);
    CHECK(result.err.contains(QStringLiteral("does not exist")));
    CHECK_FALSE(QFileInfo::exists(missing));
}

TEST_CASE("rongpei-cli compliance --branch resolves names that several committees use", "[cli][study]")
{
    TemporaryFolder folder;
    const QString path = complianceDatabase(folder);
    {
        // A second committee with its own 第一党支部, and a committee without branches.
        FixedClock clock;
        Workspace workspace(path, Database::OpenMode::MustExist, clock);
        OrganizationRepository &units = workspace.organizations();
        const qint64 enterprise = units.all().first().id;
        Organization committee;
        committee.kind = OrganizationKind::Committee;
        committee.parentId = enterprise;
        committee.name = QStringLiteral("物流公司党委");
        const qint64 logistics = units.add(committee);
        Organization branch;
        branch.kind = OrganizationKind::Branch;
        branch.parentId = logistics;
        branch.name = QStringLiteral("第一党支部");
        units.add(branch);
        committee.name = QStringLiteral("新能源公司党委");
        units.add(committee);
    }
    const QStringList csv2025{QStringLiteral("--year"), QStringLiteral("2025"), QStringLiteral("--format"),
                              QStringLiteral("csv")};
    Result result = runCli(complianceArguments(
        path, csv2025 + QStringList{QStringLiteral("--branch"), QStringLiteral("第一党支部")}));
    CHECK(result.exitCode == 1);
    CHECK(result.out.isEmpty());
    CHECK(result.err.contains(QStringLiteral("集团党委/第一党支部")));
    CHECK(result.err.contains(QStringLiteral("物流公司党委/第一党支部")));

    result = runCli(complianceArguments(
        path, csv2025 + QStringList{QStringLiteral("--branch"), QStringLiteral("集团党委/第一党支部")}));
    INFO(result.err.toStdString());
    CHECK(result.exitCode == 0);
    CHECK(result.out == csvOf({csvHeader, wangRow, liRow}));

    result = runCli(complianceArguments(
        path, csv2025 + QStringList{QStringLiteral("--branch"), QStringLiteral("新能源公司党委")}));
    CHECK(result.exitCode == 0);
    CHECK(result.out == csvOf({csvHeader}));

    result = runCli(
        complianceArguments(path, csv2025 + QStringList{QStringLiteral("--branch"), QStringLiteral(" ")}));
    CHECK(result.exitCode == 2);
}

TEST_CASE("rongpei-cli read-only commands leave a current file byte for byte as it was", "[cli][study]")
{
    TemporaryFolder folder;
    const QString path = complianceDatabase(folder);
    const QByteArray before = fileHash(path);
    const Result result =
        runCli(complianceArguments(path, {QStringLiteral("--year"), QStringLiteral("2025"),
                                          QStringLiteral("--format"), QStringLiteral("csv")}));
    INFO(result.err.toStdString());
    CHECK(result.exitCode == 0);
    CHECK(runCli({QStringLiteral("check"), QStringLiteral("--database"), path}).exitCode == 0);
    CHECK(fileHash(path) == before);
}

TEST_CASE("rongpei-cli compliance refuses a file of an older version and leaves it unchanged", "[cli][study]")
{
    TemporaryFolder folder;
    const QString path = schemaOneDatabase(folder, QStringLiteral("foundation.db"));
    const QByteArray before = fileHash(path);
    const QStringList entries = folderEntries(path);

    const Result result =
        runCli(complianceArguments(path, {QStringLiteral("--year"), QStringLiteral("2025")}));
    CHECK(result.exitCode == 1);
    CHECK(result.out.isEmpty());
    CHECK(result.err.contains(QStringLiteral("older version")));
    CHECK(result.err.contains(QStringLiteral("rongpei-cli upgrade --database ") +
                              QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath())));
    CHECK(fileHash(path) == before);
    CHECK(folderEntries(path) == entries);

    // check still finds the file healthy, and says how to upgrade it.
    const Result checked = runCli({QStringLiteral("check"), QStringLiteral("--database"), path});
    CHECK(checked.exitCode == 0);
    CHECK(checked.out == QStringLiteral("ok\n"));
    CHECK(checked.err.contains(QStringLiteral("rongpei-cli upgrade --database")));
    CHECK(fileHash(path) == before);
    CHECK(folderEntries(path) == entries);
}
