#include "TestSupport.h"
#include "organization/OrganizationRepository.h"
#include "roster/CadreRepository.h"
#include "storage/Database.h"
#include "storage/SqlScript.h"
#include "study/StudySessionRepository.h"

#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>

using namespace rongpei;
using namespace rongpei::test;

namespace {

struct Result
{
    int exitCode = -1;
    QString out;
    QString err;
};

/// A settings folder of the tests' own, without a saved language, so that a language chosen
/// in RongPei on this computer does not change what the CLI prints.
QString emptyConfigHome()
{
    static const QTemporaryDir folder;
    return folder.path();
}

Result runCli(const QStringList &arguments, const QString &configHome = emptyConfigHome())
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    environment.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), configHome);
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(RONGPEI_CLI), arguments);
    REQUIRE(process.waitForFinished(120000));
    REQUIRE(process.exitStatus() == QProcess::NormalExit);
    return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}

QStringList roster(const QString &path)
{
    FixedClock clock;
    Workspace workspace(path, Database::OpenMode::MustExist, clock);
    QStringList rows;
    for (const Cadre &c : workspace.cadres().all())
        rows.append(c.employeeNumber + u'|' + c.name + u'|' + c.uuid);
    return rows;
}

} // namespace

TEST_CASE("rongpei-cli --version prints its name and version", "[cli]")
{
    const Result result = runCli({QStringLiteral("--version")});
    CHECK(result.exitCode == 0);
    CHECK(result.out.trimmed() == QStringLiteral("rongpei-cli " RONGPEI_VERSION));
}

TEST_CASE("rongpei-cli demo creates a deterministic database that check accepts", "[cli]")
{
    TemporaryFolder folder;
    const QString first = folder.path(QStringLiteral("demo1.db"));
    const QString second = folder.path(QStringLiteral("demo2.db"));
    const Result made =
        runCli({QStringLiteral("demo"), QStringLiteral("--database"), first, QStringLiteral("--cadres"),
                QStringLiteral("250"), QStringLiteral("--seed"), QStringLiteral("11")});
    INFO(made.err.toStdString());
    REQUIRE(made.exitCode == 0);
    CHECK(made.out.contains(QStringLiteral("250")));
    REQUIRE(runCli({QStringLiteral("demo"), QStringLiteral("--database"), second, QStringLiteral("--cadres"),
                    QStringLiteral("250"), QStringLiteral("--seed"), QStringLiteral("11")})
                .exitCode == 0);

    const Result checked = runCli({QStringLiteral("check"), QStringLiteral("--database"), first});
    CHECK(checked.exitCode == 0);
    CHECK(checked.out == QStringLiteral("ok\n"));

    const QStringList cadres = roster(first);
    CHECK(cadres.size() == 250);
    CHECK(cadres == roster(second));
}

TEST_CASE("rongpei-cli demo never writes into an existing file", "[cli]")
{
    TemporaryFolder folder;
    const QString path = folder.path(QStringLiteral("mine.db"));
    writeFile(path, "my own data");
    const Result result = runCli({QStringLiteral("demo"), QStringLiteral("--database"), path});
    CHECK(result.exitCode == 1);
    CHECK(result.err.contains(QStringLiteral("already exists")));
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    CHECK(file.readAll() == QByteArray("my own data"));
}

TEST_CASE("rongpei-cli check names the problem and never creates a file", "[cli]")
{
    TemporaryFolder folder;
    const QString missing = folder.path(QStringLiteral("missing.db"));
    Result result = runCli({QStringLiteral("check"), QStringLiteral("--database"), missing});
    CHECK(result.exitCode == 1);
    CHECK(result.err.contains(QStringLiteral("does not exist")));
    CHECK_FALSE(QFileInfo::exists(missing));

    const QString text = folder.path(QStringLiteral("notes.txt"));
    writeFile(text, QByteArray("名单\n").repeated(50));
    const QByteArray before = fileHash(text);
    result = runCli({QStringLiteral("check"), QStringLiteral("--database"), text});
    CHECK(result.exitCode == 1);
    CHECK(result.err.contains(QStringLiteral("not an SQLite file")));
    CHECK(fileHash(text) == before);

    const QString other = folder.path(QStringLiteral("other.sqlite"));
    rawSql(other, {QStringLiteral("CREATE TABLE t (x)")});
    result = runCli({QStringLiteral("check"), QStringLiteral("--database"), other});
    CHECK(result.exitCode == 1);
    CHECK(result.err.contains(QStringLiteral("another application")));
}

TEST_CASE("rongpei-cli rejects bad usage with exit code 2", "[cli]")
{
    TemporaryFolder folder;
    const QString path = folder.path(QStringLiteral("demo.db"));
    CHECK(runCli({}).exitCode == 2);
    CHECK(runCli({QStringLiteral("frobnicate")}).exitCode == 2);
    CHECK(runCli({QStringLiteral("demo"), QStringLiteral("--database"), path, QStringLiteral("--cadres"),
                  QStringLiteral("many")})
              .exitCode == 2);
    CHECK(runCli({QStringLiteral("demo"), QStringLiteral("--database"), path, QStringLiteral("--cadres"),
                  QStringLiteral("0")})
              .exitCode == 2);
    CHECK(runCli({QStringLiteral("backup"), QStringLiteral("--database"), path}).exitCode == 2);
    CHECK_FALSE(QFileInfo::exists(path));
}

TEST_CASE("rongpei-cli backup writes a healthy copy", "[cli]")
{
    TemporaryFolder folder;
    const QString source = folder.path(QStringLiteral("demo.db"));
    const QString copy = folder.path(QStringLiteral("copy.db"));
    REQUIRE(runCli({QStringLiteral("demo"), QStringLiteral("--database"), source, QStringLiteral("--cadres"),
                    QStringLiteral("50")})
                .exitCode == 0);
    const Result result = runCli(
        {QStringLiteral("backup"), QStringLiteral("--database"), source, QStringLiteral("--output"), copy});
    INFO(result.err.toStdString());
    REQUIRE(result.exitCode == 0);
    CHECK(roster(copy) == roster(source));
    CHECK(runCli({QStringLiteral("backup"), QStringLiteral("--database"), source, QStringLiteral("--output"),
                  copy})
              .exitCode == 1);
}

namespace {

/// A database whose 2025 figures are worked out by hand (the CLI measures against the
/// system clock, for which 2025 is over: everything required is expected).
///  A001 王伟, member, middle level: 12 full days = 96 h (township 90: on track).
///  A002 李娜, non-member, grassroots: 8 full days + 6 h = 70 h, not the planned day
///       (township 90: 70 ≥ 67.5 is behind).
///  A003 周杰 attended everything, then left: not listed.
///  B001 陈静, senior branch secretary: 5 days in 2025 + 1 in 2024 = 48 h over 2021–2025
///       (county level 550 over 5 years: far behind, the largest shortfall of her three).
///  B002 刘洋, member, middle level: excused or absent, 0 h (township 90: far behind).
QString complianceDatabase(TemporaryFolder &folder)
{
    const QString path = folder.path(QStringLiteral("compliance.db"));
    FixedClock clock;
    Workspace workspace(path, Database::OpenMode::CreateIfMissing, clock);
    const auto org = SmallOrganization::create(workspace);
    CadreRepository &cadres = workspace.cadres();
    const qint64 wang =
        cadres.add(sampleCadre(org.firstBranch, QStringLiteral("A001"), QStringLiteral("王伟")));
    Cadre masses = sampleCadre(org.firstBranch, QStringLiteral("A002"), QStringLiteral("李娜"));
    masses.partyStatus = PartyStatus::Masses;
    masses.partyJoinedOn = QDate();
    masses.level = CadreLevel::Grassroots;
    masses.post = QStringLiteral("班组长");
    const qint64 li = cadres.add(masses);
    const qint64 zhou =
        cadres.add(sampleCadre(org.firstBranch, QStringLiteral("A003"), QStringLiteral("周杰")));
    Cadre secretary = sampleCadre(org.secondBranch, QStringLiteral("B001"), QStringLiteral("陈静"));
    secretary.level = CadreLevel::Senior;
    secretary.post = QStringLiteral("党支部书记");
    const qint64 chen = cadres.add(secretary);
    const qint64 liu =
        cadres.add(sampleCadre(org.secondBranch, QStringLiteral("B002"), QStringLiteral("刘洋")));

    StudySessionRepository &sessions = workspace.studySessions();
    const qint64 kind = studyKind(workspace, QStringLiteral("concentrated_study"));
    const auto add = [&](qint64 branch, QDate date, double hours, QList<Attendance> lines,
                         SessionState state = SessionState::Held) {
        StudySession s = sampleSession(kind, branch, date);
        s.startTime = QTime(8, 0);
        s.endTime = QTime(8, 0).addSecs(static_cast<int>(hours * 3600));
        s.hours = hours;
        s.state = state;
        s.attendance = std::move(lines);
        sessions.add(s);
    };
    const Attendance excused{QString(), liu, AttendanceStatus::Excused, QStringLiteral("因公出差")};
    for (int month = 1; month <= 12; ++month) {
        const AttendanceStatus liMark = month <= 8 ? AttendanceStatus::Present : AttendanceStatus::Absent;
        add(org.firstBranch, QDate(2025, month, 10), 8,
            {{QString(), wang, month % 2 ? AttendanceStatus::Present : AttendanceStatus::Late, QString()},
             {QString(), li, liMark, QString()},
             {QString(), zhou, AttendanceStatus::Present, QString()}});
    }
    add(org.firstBranch, QDate(2025, 6, 20), 6,
        {{QString(), li, AttendanceStatus::Present, QString()},
         {QString(), wang, AttendanceStatus::Excused, QStringLiteral("病假")}});
    add(org.firstBranch, QDate(2025, 12, 20), 8, {{QString(), li, AttendanceStatus::Present, QString()}},
        SessionState::Planned);
    add(org.firstBranch, QDate(2026, 3, 2), 8, {{QString(), wang, AttendanceStatus::Present, QString()}});
    for (int month = 2; month <= 10; month += 2)
        add(org.secondBranch, QDate(2025, month, 15), 8,
            {{QString(), chen, AttendanceStatus::Present, QString()}, excused});
    add(org.secondBranch, QDate(2024, 6, 1), 8,
        {{QString(), chen, AttendanceStatus::Present, QString()},
         {QString(), liu, AttendanceStatus::Absent, QString()}});

    Cadre left = *cadres.find(zhou);
    left.employmentStatus = EmploymentStatus::Left;
    cadres.update(left);
    return path;
}

QStringList complianceArguments(const QString &path, const QStringList &more)
{
    return QStringList{QStringLiteral("compliance"), QStringLiteral("--database"), path} + more;
}

const QString csvHeader = QStringLiteral("employee_number,name,branch,category,period_start,period_end,"
                                         "required_hours,expected_hours,earned_hours,status");
const QString wangRow =
    QStringLiteral("A001,王伟,第一党支部,township_and_below,2025-01-01,2025-12-31,90.0,90.0,96.0,on_track");
const QString liRow =
    QStringLiteral("A002,李娜,第一党支部,township_and_below,2025-01-01,2025-12-31,90.0,90.0,70.0,behind");
const QString chenRow =
    QStringLiteral("B001,陈静,第二党支部,county_and_above,2021-01-01,2025-12-31,550.0,550.0,48.0,far_behind");
const QString liuRow =
    QStringLiteral("B002,刘洋,第二党支部,township_and_below,2025-01-01,2025-12-31,90.0,90.0,0.0,far_behind");

QString csvOf(const QStringList &lines)
{
    return lines.join(QStringLiteral("\r\n")) + QStringLiteral("\r\n");
}

} // namespace

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

namespace {

/// The files beside `path`, but for the empty -wal and -shm files that SQLite's read-only
/// connections leave beside a file in write-ahead-log mode (they hold no data of the file).
QStringList folderEntries(const QString &path)
{
    QStringList entries;
    for (const QFileInfo &file : QDir(QFileInfo(path).absolutePath()).entryInfoList(QDir::Files, QDir::Name))
        if (!(file.fileName().endsWith(QStringLiteral("-shm")) ||
              (file.fileName().endsWith(QStringLiteral("-wal")) && file.size() == 0)))
            entries.append(file.fileName());
    return entries;
}

const QStringList commandNames{QStringLiteral("check"), QStringLiteral("demo"), QStringLiteral("backup"),
                               QStringLiteral("compliance"), QStringLiteral("upgrade")};

} // namespace

TEST_CASE("rongpei-cli --help lists the commands with their summaries", "[cli][help]")
{
    const Result help = runCli({QStringLiteral("--help")});
    CHECK(help.exitCode == 0);
    CHECK(help.err.isEmpty());
    for (const QString &name : commandNames) {
        INFO(name.toStdString());
        CHECK(help.out.contains(QStringLiteral("\n  %1 ").arg(name)));
    }
    CHECK(help.out.contains(QStringLiteral("--lang")));
    CHECK(help.out.contains(QStringLiteral("--version")));
    CHECK(help.out.contains(QStringLiteral("help COMMAND")));
    for (const QString &option : {QStringLiteral("--database"), QStringLiteral("--year"),
                                  QStringLiteral("--cadres"), QStringLiteral("--out")})
        CHECK_FALSE(help.out.contains(option));
    CHECK(runCli({QStringLiteral("help")}).out == help.out);
    CHECK(runCli({QStringLiteral("-h")}).out == help.out);
}

TEST_CASE("rongpei-cli COMMAND --help lists only that command's options", "[cli][help]")
{
    const Result check = runCli({QStringLiteral("check"), QStringLiteral("--help")});
    CHECK(check.exitCode == 0);
    CHECK(check.out.startsWith(QStringLiteral("Usage: rongpei-cli check [--database <file>]")));
    CHECK(check.out.contains(QStringLiteral("--database")));
    CHECK(check.out.contains(QStringLiteral("--lang")));
    for (const QString &other : {QStringLiteral("--year"), QStringLiteral("--format"),
                                 QStringLiteral("--cadres"), QStringLiteral("--out")})
        CHECK_FALSE(check.out.contains(other));

    const Result compliance = runCli({QStringLiteral("compliance"), QStringLiteral("--help")});
    CHECK(compliance.exitCode == 0);
    CHECK(compliance.out.contains(QStringLiteral(" --year <year> ")));
    CHECK(compliance.out.contains(QStringLiteral("[--branch <name>]")));
    CHECK(compliance.out.contains(QStringLiteral("[--format <format>]")));
    CHECK_FALSE(compliance.out.contains(QStringLiteral("--seed")));
    CHECK(runCli({QStringLiteral("help"), QStringLiteral("compliance")}).out == compliance.out);
    // Help wins over a missing required option.
    CHECK(runCli({QStringLiteral("help"), QStringLiteral("compliance")}).exitCode == 0);

    const Result backup = runCli({QStringLiteral("backup"), QStringLiteral("--help")});
    CHECK(backup.out.contains(QStringLiteral("--out, --output <file>")));
    CHECK(backup.out.contains(QStringLiteral(" --out <file>")));
    const Result demo = runCli({QStringLiteral("demo"), QStringLiteral("-h")});
    CHECK(demo.out.contains(QStringLiteral("--cadres")));
    CHECK(demo.out.contains(QStringLiteral("--seed")));
    CHECK_FALSE(demo.out.contains(QStringLiteral("--year")));
    const Result upgrade = runCli({QStringLiteral("help"), QStringLiteral("upgrade")});
    CHECK(upgrade.exitCode == 0);
    CHECK(upgrade.out.contains(QStringLiteral("--database")));
    for (const QString &name : commandNames) {
        INFO(name.toStdString());
        CHECK(runCli({QStringLiteral("help"), name}).out == runCli({name, QStringLiteral("--help")}).out);
    }

    const Result unknown = runCli({QStringLiteral("help"), QStringLiteral("frobnicate")});
    CHECK(unknown.exitCode == 2);
    CHECK(unknown.err.contains(QStringLiteral("frobnicate")));
    CHECK(unknown.out.isEmpty());
}

TEST_CASE("rongpei-cli names the option of every usage error and prints the command's help", "[cli]")
{
    TemporaryFolder folder;
    const QString path = folder.path(QStringLiteral("never.db"));
    const QString source = folder.path(QStringLiteral("source.db"));
    REQUIRE(runCli({QStringLiteral("demo"), QStringLiteral("--database"), source, QStringLiteral("--cadres"),
                    QStringLiteral("20")})
                .exitCode == 0);
    const QByteArray sourceBefore = fileHash(source);
    struct Case
    {
        QStringList arguments;
        QString named;   // what stderr must name
        QString command; // whose help follows; empty: the list of commands
    };
    const QString db = QStringLiteral("--database");
    const QList<Case> cases{
        {{QStringLiteral("check"), QStringLiteral("--year"), QStringLiteral("2026")},
         QStringLiteral("--year"),
         QStringLiteral("check")},
        {{QStringLiteral("check"), db, path, db, source},
         QStringLiteral("--database"),
         QStringLiteral("check")},
        {{QStringLiteral("check"), db, QString()}, QStringLiteral("--database"), QStringLiteral("check")},
        {{QStringLiteral("check"), db}, QStringLiteral("--database"), QStringLiteral("check")},
        {{QStringLiteral("check"), db, source, QStringLiteral("extra")},
         QStringLiteral("extra"),
         QStringLiteral("check")},
        {{QStringLiteral("backup"), db, source}, QStringLiteral("--out"), QStringLiteral("backup")},
        {{QStringLiteral("backup"), db, source, QStringLiteral("--out"), path, QStringLiteral("--output"),
          folder.path(QStringLiteral("other.db"))},
         QStringLiteral("--out/--output"),
         QStringLiteral("backup")},
        {{QStringLiteral("backup"), db, source, QStringLiteral("--out"), QStringLiteral(" ")},
         QStringLiteral("--out"),
         QStringLiteral("backup")},
        {{QStringLiteral("compliance"), db, source}, QStringLiteral("--year"), QStringLiteral("compliance")},
        {{QStringLiteral("compliance"), db, source, QStringLiteral("--year"), QStringLiteral("2025"),
          QStringLiteral("--format"), QStringLiteral("xml")},
         QStringLiteral("--format"),
         QStringLiteral("compliance")},
        {{QStringLiteral("compliance"), db, source, QStringLiteral("--year"), QStringLiteral("2025"),
          QStringLiteral("--cadres"), QStringLiteral("5")},
         QStringLiteral("--cadres"),
         QStringLiteral("compliance")},
        {{QStringLiteral("demo"), db, path, QStringLiteral("--cadres"), QStringLiteral("many")},
         QStringLiteral("--cadres"),
         QStringLiteral("demo")},
        {{QStringLiteral("demo"), db, path, QStringLiteral("--seed"), QStringLiteral("x")},
         QStringLiteral("--seed"),
         QStringLiteral("demo")},
        {{QStringLiteral("demo"), db, path, QStringLiteral("--seed"), QStringLiteral("1"),
          QStringLiteral("--seed"), QStringLiteral("1")},
         QStringLiteral("--seed"),
         QStringLiteral("demo")},
        {{QStringLiteral("upgrade"), db, source, QStringLiteral("--format"), QStringLiteral("csv")},
         QStringLiteral("--format"),
         QStringLiteral("upgrade")},
        {{QStringLiteral("check"), db, source, QStringLiteral("--lang"), QStringLiteral("fr")},
         QStringLiteral("--lang"),
         QStringLiteral("check")},
        {{QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("check"), QStringLiteral("--lang"),
          QStringLiteral("en"), db, source},
         QStringLiteral("--lang"),
         QStringLiteral("check")},
        {{QStringLiteral("frobnicate"), db, source}, QStringLiteral("frobnicate"), QString()},
        {{}, QStringLiteral("check, demo, backup, compliance, upgrade"), QString()},
        {{QStringLiteral("--year"), QStringLiteral("2025")}, QStringLiteral("--year"), QString()},
    };
    const QString overview = runCli({QStringLiteral("--help")}).out;
    for (const Case &usage : cases) {
        INFO(usage.arguments.join(u' ').toStdString());
        const Result result = runCli(usage.arguments);
        INFO(result.err.toStdString());
        CHECK(result.exitCode == 2);
        CHECK(result.out.isEmpty());
        CHECK(result.err.section(u'\n', 0, 0).contains(usage.named));
        const QString help =
            usage.command.isEmpty() ? overview : runCli({QStringLiteral("help"), usage.command}).out;
        CHECK(result.err.endsWith(u'\n' + help));
    }
    CHECK_FALSE(QFileInfo::exists(path));
    CHECK_FALSE(QFileInfo::exists(folder.path(QStringLiteral("other.db"))));
    CHECK(fileHash(source) == sourceBefore);
}

TEST_CASE("rongpei-cli options may come before the command, as before", "[cli]")
{
    TemporaryFolder folder;
    const QString missing = folder.path(QStringLiteral("missing.db"));
    const Result result = runCli({QStringLiteral("--database"), missing, QStringLiteral("check")});
    CHECK(result.exitCode == 1);
    CHECK(result.err.contains(QStringLiteral("does not exist")));
    // A value that reads like a command stays a value.
    const Result named =
        runCli({QStringLiteral("check"), QStringLiteral("--database"), QStringLiteral("demo")});
    CHECK(named.exitCode == 1);
    CHECK(named.err.contains(QStringLiteral("does not exist")));
    CHECK_FALSE(QFileInfo::exists(QStringLiteral("demo")));
}

TEST_CASE("rongpei-cli backup writes to --out, and to --output as before", "[cli]")
{
    TemporaryFolder folder;
    const QString source = folder.path(QStringLiteral("demo.db"));
    REQUIRE(runCli({QStringLiteral("demo"), QStringLiteral("--database"), source, QStringLiteral("--cadres"),
                    QStringLiteral("30")})
                .exitCode == 0);
    for (const QString &option : {QStringLiteral("--out"), QStringLiteral("--output")}) {
        INFO(option.toStdString());
        const QString copy = folder.path(option.mid(2) + QStringLiteral(".db"));
        const Result result =
            runCli({QStringLiteral("backup"), QStringLiteral("--database"), source, option, copy});
        INFO(result.err.toStdString());
        REQUIRE(result.exitCode == 0);
        CHECK(result.out.contains(QFileInfo(copy).fileName()));
        CHECK(roster(copy) == roster(source));
        CHECK(
            runCli({QStringLiteral("backup"), QStringLiteral("--database"), source, option, copy}).exitCode ==
            1);
    }
    const QString equals = folder.path(QStringLiteral("equals.db"));
    CHECK(runCli({QStringLiteral("backup"), QStringLiteral("--database=") + source,
                  QStringLiteral("--out=") + equals})
              .exitCode == 0);
    CHECK(roster(equals) == roster(source));
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

TEST_CASE("rongpei-cli upgrade backs the file up, upgrades it, then has nothing to do", "[cli]")
{
    TemporaryFolder folder;
    const QString path = schemaOneDatabase(folder, QStringLiteral("foundation.db"));
    const QString today = QDate::currentDate().toString(Qt::ISODate);
    // A file already under the dated name is never written over.
    const QString taken = folder.path(QStringLiteral("foundation-before-upgrade-%1.db").arg(today));
    writeFile(taken, "an earlier copy");
    const QString backup = folder.path(QStringLiteral("foundation-before-upgrade-%1-2.db").arg(today));

    const Result upgraded = runCli({QStringLiteral("upgrade"), QStringLiteral("--database"), path});
    INFO(upgraded.err.toStdString());
    REQUIRE(upgraded.exitCode == 0);
    CHECK(upgraded.err.isEmpty());
    CHECK(upgraded.out.contains(QDir::toNativeSeparators(backup)));
    CHECK(upgraded.out.contains(
        QStringLiteral("from file format version 1 to version %1").arg(Database::latestSchemaVersion())));
    CHECK(Database::check(backup) == 1);
    CHECK(Database::check(path) == Database::latestSchemaVersion());
    CHECK(roster(path).size() == 1);
    QFile earlier(taken);
    REQUIRE(earlier.open(QIODevice::ReadOnly));
    CHECK(earlier.readAll() == QByteArray("an earlier copy"));

    const QStringList entries = folderEntries(path);
    const QByteArray current = fileHash(path);
    const Result again = runCli({QStringLiteral("upgrade"), QStringLiteral("--database"), path});
    CHECK(again.exitCode == 0);
    CHECK(again.out.contains(QStringLiteral("already up to date")));
    CHECK(folderEntries(path) == entries);
    CHECK(fileHash(path) == current);

    const Result compliance =
        runCli(complianceArguments(path, {QStringLiteral("--year"), QStringLiteral("2025")}));
    CHECK(compliance.exitCode == 0);

    const QString missing = folder.path(QStringLiteral("missing.db"));
    const Result nothing = runCli({QStringLiteral("upgrade"), QStringLiteral("--database"), missing});
    CHECK(nothing.exitCode == 1);
    CHECK(nothing.err.contains(QStringLiteral("does not exist")));
    CHECK_FALSE(QFileInfo::exists(missing));
}

TEST_CASE("rongpei-cli --lang chooses the language, before or after the command", "[cli]")
{
    TemporaryFolder folder;
    const QString missing = folder.path(QStringLiteral("missing.db"));
    const QStringList check{QStringLiteral("check"), QStringLiteral("--database"), missing};
    const QStringList chinese{QStringLiteral("--lang"), QStringLiteral("zh_CN")};
    const QStringList english{QStringLiteral("--lang"), QStringLiteral("en")};

    for (const QStringList &arguments :
         {chinese + check, check + chinese, check + QStringList{QStringLiteral("--lang=zh_CN")}}) {
        INFO(arguments.join(u' ').toStdString());
        const Result result = runCli(arguments);
        CHECK(result.exitCode == 1);
        CHECK(result.err.contains(QStringLiteral("不存在")));
    }
    for (const QStringList &arguments : {english + check, check + english}) {
        const Result result = runCli(arguments);
        CHECK(result.exitCode == 1);
        CHECK(result.err.contains(QStringLiteral("does not exist")));
    }

    // Tables follow the language; CSV keeps its English header and codes.
    const QString path = complianceDatabase(folder);
    const Result table = runCli(
        complianceArguments(path, QStringList{QStringLiteral("--year"), QStringLiteral("2025")} + chinese));
    INFO(table.err.toStdString());
    REQUIRE(table.exitCode == 0);
    CHECK(table.out.startsWith(QStringLiteral("工号")));
    const Result csv =
        runCli(chinese + complianceArguments(path, {QStringLiteral("--year"), QStringLiteral("2025"),
                                                    QStringLiteral("--format"), QStringLiteral("csv")}));
    REQUIRE(csv.exitCode == 0);
    CHECK(csv.out == csvOf({csvHeader, wangRow, liRow, chenRow, liuRow}));
}

TEST_CASE("rongpei-cli speaks the language saved in RongPei's settings unless --lang says otherwise", "[cli]")
{
    TemporaryFolder folder;
    const QString configHome = folder.path(QStringLiteral("config"));
    REQUIRE(QDir().mkpath(configHome + QStringLiteral("/RongPei")));
    writeFile(configHome + QStringLiteral("/RongPei/rongpei.conf"), "[ui]\nlanguage=zh_CN\n");
    const QStringList check{QStringLiteral("check"), QStringLiteral("--database"),
                            folder.path(QStringLiteral("missing.db"))};

    Result result = runCli(check, configHome);
    CHECK(result.exitCode == 1);
    CHECK(result.err.contains(QStringLiteral("不存在")));
    result = runCli(check + QStringList{QStringLiteral("--lang"), QStringLiteral("en")}, configHome);
    CHECK(result.err.contains(QStringLiteral("does not exist")));
    result = runCli(check);
    CHECK(result.err.contains(QStringLiteral("does not exist")));
}
