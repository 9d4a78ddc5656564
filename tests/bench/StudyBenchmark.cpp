// Political study benchmark at enterprise scale (20,000 cadres, about 2 million roll-call
// lines): hour compliance for the whole enterprise and one branch, the 三会一课 overdue list,
// a study file, and saving a 200-person roll call. Prints one "name: value unit" per line.
#include "BenchSupport.h"
#include "Workspace.h"
#include "common/Clock.h"
#include "common/TaskControl.h"
#include "study/BranchSummary.h"
#include "study/HourCompliance.h"
#include "study/MeetingCalendar.h"
#include "study/StudyFile.h"
#include "study/StudyRuleRepository.h"
#include "study/StudySessionRepository.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>
#include <functional>
#include <vector>

using rongpei::bench::medianMs;

int main(int argc, char *argv[])
{
    QCoreApplication application(argc, argv);
    QTextStream out(stdout);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption databaseOption(
        QStringLiteral("database"),
        QStringLiteral("Existing demo database (copied; the copy is written to)."), QStringLiteral("file"));
    const QCommandLineOption cadresOption(QStringLiteral("cadres"), QStringLiteral("Cadres to generate."),
                                          QStringLiteral("count"), QStringLiteral("20000"));
    parser.addOptions({databaseOption, cadresOption});
    parser.process(application);

    QTemporaryDir folder;
    const QString path = folder.filePath(QStringLiteral("bench.db"));
    if (parser.isSet(databaseOption)) {
        rongpei::Database::backup(parser.value(databaseOption), path);
    } else if (!rongpei::bench::generateDemo(path, parser.value(cadresOption), out)) {
        return 1;
    }

    rongpei::SystemClock clock;
    rongpei::Workspace workspace(path, rongpei::Database::OpenMode::MustExist, clock);
    rongpei::bench::signInAdministrator(workspace);
    rongpei::Database &database = workspace.database();
    QSqlQuery lines = database.prepare(QStringLiteral("SELECT count(*) FROM attendance"));
    out << "attendance_rows: " << database.scalar(lines).toLongLong() << " rows\n";
    out << "study_sessions: " << workspace.studySessions().count() << " sessions\n";

    const int year = clock.today().year();
    const rongpei::HourCompliance compliance(database, clock);
    qsizetype rows = 0;
    const double complianceMs = medianMs(5, [&] { rows = compliance.compute(year).size(); });
    out << "compliance_enterprise: " << complianceMs << " ms\n";
    // By hand, the same questions: the roster, each cadre's hours of the year of the kinds the
    // members' and the cadres' requirements count, and the five-year hours of training of those
    // the five-year requirement applies to (the senior cadres in the demo).
    const QString training =
        QStringLiteral("(SELECT id FROM session_kind WHERE code IN ('seminar', 'case_study', "
                       "'simulation', 'concentrated_study', 'online_study', "
                       "'full_time_training'))");
    const QString partyTraining =
        QStringLiteral("(SELECT id FROM session_kind WHERE code = 'party_lecture' OR id IN %1)")
            .arg(training);
    const QString hoursSql = QStringLiteral(
        "SELECT a.cadre_id, %4 FROM study_session s JOIN attendance a ON a.session_id = s.id AND "
        "a.status IN ('present', 'late') WHERE s.session_date BETWEEN '%1-01-01' AND '%2-12-31' "
        "AND s.state = 'held' AND s.kind_id IN %5 %3 GROUP BY a.cadre_id");
    const QString sumOf = QStringLiteral("total(CASE WHEN s.kind_id IN %1 THEN s.hours END)");
    rongpei::bench::printFloor(
        out, QStringLiteral("compliance_enterprise"), complianceMs,
        rongpei::bench::sqliteShellMs(
            path,
            {QStringLiteral("SELECT c.id, c.name, c.employee_number, c.branch_id, o.name, c.level, "
                            "c.party_status, c.post FROM cadre c JOIN organization o ON o.id = c.branch_id "
                            "WHERE c.employment_status IN ('active', 'seconded') ORDER BY c.employee_number"),
             hoursSql.arg(year).arg(year).arg(
                 QString(), sumOf.arg(partyTraining) + QStringLiteral(", ") + sumOf.arg(training),
                 partyTraining),
             hoursSql.arg(year - 4).arg(year).arg(
                 QStringLiteral("AND a.cadre_id IN (SELECT id FROM cadre WHERE level = 'senior')"),
                 sumOf.arg(training), training)}));
    out << "compliance_rows: " << rows << " cadres\n";

    QSqlQuery branchQuery = database.prepare(
        QStringLiteral("SELECT branch_id FROM cadre GROUP BY branch_id ORDER BY count(*) DESC LIMIT 1"));
    const qint64 branch = database.scalar(branchQuery).toLongLong();
    out << "compliance_branch: " << medianMs(5, [&] { compliance.compute(year, {branch}); }) << " ms\n";

    const rongpei::MeetingCalendar calendar(database, clock);
    qsizetype overdue = 0;
    out << "meeting_overdue_enterprise: " << medianMs(5, [&] { overdue = calendar.overdue(year).size(); })
        << " ms\n";
    out << "meeting_overdue_items: " << overdue << " items\n";

    QSqlQuery cadreQuery = database.prepare(QStringLiteral("SELECT min(id) FROM cadre"));
    const qint64 cadre = database.scalar(cadreQuery).toLongLong();
    out << "study_file: " << medianMs(5, [&] { rongpei::StudyFile::load(database, cadre, clock.today()); })
        << " ms\n";

    rongpei::StudySessionRepository &sessions = workspace.studySessions();
    const double listMs = medianMs(3, [&] { sessions.summaries(QDate(year, 1, 1), QDate(year, 12, 31)); });
    out << "session_list_year: " << listMs << " ms\n";
    rongpei::bench::printFloor(
        out, QStringLiteral("session_list_year"), listMs,
        rongpei::bench::sqliteShellMs(
            path,
            {QStringLiteral(
                 "SELECT s.id, s.kind_id, s.state, s.topic, s.speaker, s.branch_id, s.session_date, "
                 "s.start_time, s.end_time, s.hours, s.location, coalesce(a.expected, 0), "
                 "coalesce(a.attended, 0) FROM study_session s LEFT JOIN (SELECT session_id, count(*) AS "
                 "expected, sum(status IN ('present', 'late')) AS attended FROM attendance WHERE session_id "
                 "IN (SELECT id FROM study_session WHERE session_date BETWEEN '%1-01-01' AND '%1-12-31') "
                 "GROUP BY session_id) a ON a.session_id = s.id WHERE s.session_date BETWEEN '%1-01-01' AND "
                 "'%1-12-31' ORDER BY s.session_date, s.id")
                 .arg(year)}));

    // The branch summary is compliance, the calendar and the session list of the year, added up
    // per branch: its own figure next to the sum of the three it is made of.
    const rongpei::BranchSummary branchSummary(database, clock);
    const double summaryMs = medianMs(3, [&] { branchSummary.compute(year, {}, {}); });
    out << "branch_summary_year: " << summaryMs << " ms\n";
    const double partsMs = complianceMs + listMs + medianMs(3, [&] { calendar.rowsByBranch(year, {}); });
    out << "branch_summary_parts: " << partsMs << " ms\n";
    out << "branch_summary_ratio: " << summaryMs / partsMs << " x\n";

    // A 200-person roll call: the first 200 employed cadres at one joint session.
    QSqlQuery people = database.prepare(
        QStringLiteral("SELECT id FROM cadre WHERE employment_status = 'active' ORDER BY id LIMIT 200"));
    database.exec(people);
    rongpei::StudySession session;
    session.kindId = workspace.studyRules().kinds().first().id;
    session.topic = QStringLiteral("全体干部大会");
    session.branchId = branch;
    session.date = clock.today();
    session.startTime = QTime(9, 0);
    session.endTime = QTime(11, 0);
    session.hours = 2;
    while (people.next())
        session.attendance.append(
            {QString(), people.value(0).toLongLong(), rongpei::AttendanceStatus::Present, {}});
    std::vector<double> adds;
    std::vector<double> edits;
    for (int round = 0; round < 5; ++round) {
        QElapsedTimer timer;
        timer.start();
        rongpei::StudySession saved = session;
        saved.id = sessions.add(session);
        adds.push_back(timer.nsecsElapsed() / 1e6);
        for (qsizetype i = 0; i < saved.attendance.size(); i += 3)
            saved.attendance[i].status = rongpei::AttendanceStatus::Late;
        saved = *sessions.find(saved.id);
        for (qsizetype i = 0; i < saved.attendance.size(); i += 3)
            saved.attendance[i].status = rongpei::AttendanceStatus::Absent;
        timer.restart();
        sessions.update(saved);
        edits.push_back(timer.nsecsElapsed() / 1e6);
    }
    std::sort(adds.begin(), adds.end());
    std::sort(edits.begin(), edits.end());
    out << "roll_call_200_add: " << adds[adds.size() / 2] << " ms\n";
    out << "roll_call_200_edit: " << edits[edits.size() / 2] << " ms\n";
    return 0;
}
