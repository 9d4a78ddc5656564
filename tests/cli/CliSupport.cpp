#include "CliSupport.h"

#include "organization/OrganizationRepository.h"
#include "roster/CadreRepository.h"
#include "storage/Database.h"
#include "storage/SqlScript.h"
#include "study/StudySessionRepository.h"

#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>

namespace rongpei::test {

/// A settings folder of the tests' own, without a saved language, so that a language chosen
/// in RongPei on this computer does not change what the CLI prints.
QString emptyConfigHome()
{
    static const QTemporaryDir folder;
    return folder.path();
}

Result runCli(const QStringList &arguments, const QString &configHome,
              const QHash<QString, QString> &variables)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    environment.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), configHome);
    // The tests' clock (FixedClock's moment), not the machine's: figures do not move with the date.
    environment.insert(QStringLiteral("RONGPEI_FIXED_NOW"), QStringLiteral("2026-11-24T10:00:00"));
    environment.remove(QStringLiteral("RONGPEI_USER"));
    environment.remove(QStringLiteral("RONGPEI_PASSWORD"));
    for (auto variable = variables.begin(); variable != variables.end(); ++variable) {
        if (variable.value().isEmpty())
            environment.remove(variable.key());
        else
            environment.insert(variable.key(), variable.value());
    }
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
    if (workspace.needsSignIn()) // a demo file
        workspace.signIn(QStringLiteral("admin"), QStringLiteral("rongpei-demo"));
    QStringList rows;
    for (const Cadre &c : workspace.cadres().all())
        rows.append(c.employeeNumber + u'|' + c.name + u'|' + c.uuid);
    return rows;
}

/// A database whose 2025 figures are worked out by hand (the CLI runs on the tests' clock,
/// 2026-11-24, for which 2025 is over: everything required is expected).
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

QString csvOf(const QStringList &lines)
{
    return lines.join(QStringLiteral("\r\n")) + QStringLiteral("\r\n");
}

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

} // namespace rongpei::test
