// The command line itself: help per command, usage errors, options, languages.
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
        {{QStringLiteral("history"), db, source, QStringLiteral("--id"), QStringLiteral("HY100001")},
         QStringLiteral("--kind"),
         QStringLiteral("history")},
        {{QStringLiteral("history"), db, source, QStringLiteral("--kind"), QStringLiteral("frobnicate"),
          QStringLiteral("--id"), QStringLiteral("x")},
         QStringLiteral("--kind"),
         QStringLiteral("history")},
        {{},
         QStringLiteral(
             "check, demo, backup, compliance, classes, plans, rotations, history, purge, upgrade"),
         QString()},
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
