// Management training benchmark at enterprise scale (20,000 cadres, three years of classes):
// hour compliance with and without class hours, the class hours alone against the same sums by
// hand in the sqlite3 shell, the class page's reading of a year and of its largest class, and the
// figures `rongpei-cli classes` prints; development plans' progress against the same question by
// hand, the yearly training plans, and a branch's plan suggestions. Prints one "name: value unit"
// per line.
#include "BenchSupport.h"
#include "Workspace.h"
#include "common/Clock.h"
#include "study/HourCompliance.h"
#include "training/ClassHourSource.h"
#include "training/ClassOverview.h"
#include "training/FollowUpRepository.h"
#include "training/PlanProgress.h"
#include "training/PlanSuggestion.h"
#include "training/TrainingClassRepository.h"
#include "training/UnitPlanProgress.h"

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
    QTemporaryDir folder;
    const QString path = rongpei::bench::benchDatabase(application, folder, out);
    if (path.isEmpty())
        return 1;
    rongpei::SystemClock clock;
    rongpei::Workspace workspace(path, rongpei::Database::OpenMode::MustExist, clock);
    rongpei::bench::signInAdministrator(workspace);
    rongpei::Database &database = workspace.database();
    QSqlQuery counts = database.prepare(QStringLiteral("SELECT count(*) FROM enrollment"));
    out << "training_classes: " << workspace.trainingClasses().count() << " classes\n";
    out << "enrollments: " << database.scalar(counts).toLongLong() << " participants\n";

    const int year = clock.today().year();
    const QDate today = clock.today();
    const rongpei::HourCompliance withClasses(database, clock);
    const rongpei::HourCompliance sessionsOnly(database, clock, {});
    out << "compliance_with_classes: " << medianMs(5, [&] { withClasses.compute(year); }) << " ms\n";
    out << "compliance_sessions_only: " << medianMs(5, [&] { sessionsOnly.compute(year); }) << " ms\n";

    // The class hours of the five-year window, as compliance reads them; by hand, the same
    // question: each participant's class hours less leave and absence, and the days unmarked.
    const rongpei::ClassHourSource source;
    qsizetype credits = 0;
    const double creditsMs = medianMs(5, [&] {
        credits = source.credits(database, QDate(year - 4, 1, 1), QDate(year, 12, 31), today).size();
    });
    out << "class_hour_credits: " << creditsMs << " ms\n";
    out << "class_hour_credit_rows: " << credits << " participants\n";
    rongpei::bench::printFloor(
        out, QStringLiteral("class_hour_credits"), creditsMs,
        rongpei::bench::sqliteShellMs(
            path, {QStringLiteral(
                       "SELECT e.cadre_id, c.kind_id, c.ends_on, "
                       "(SELECT total(hours) FROM class_day WHERE class_id = c.id) - total(a.missed_hours), "
                       "count(a.id), e.score FROM training_class c JOIN enrollment e ON e.class_id = c.id "
                       "LEFT JOIN class_attendance a ON a.enrollment_id = e.id "
                       "WHERE c.ends_on BETWEEN '%1-01-01' AND '%2-12-31' GROUP BY e.id")
                       .arg(year - 4)
                       .arg(year)}));

    // The class page: a year's classes with every participant's line.
    QList<rongpei::TrainingClass> yearClasses;
    const double pageMs = medianMs(5, [&] {
        const QList<rongpei::ClassFigures> figures =
            rongpei::ClassOverview::between(database, QDate(year, 1, 1), QDate(year, 12, 31), today);
        for (const rongpei::ClassFigures &f : figures)
            rongpei::ClassOverview::participants(database, f.trainingClass, today);
    });
    out << "class_page_year: " << pageMs << " ms\n";
    QSqlQuery largest = database.prepare(
        QStringLiteral("SELECT class_id FROM enrollment GROUP BY class_id ORDER BY count(*) DESC LIMIT 1"));
    const qint64 largestId = database.scalar(largest).toLongLong();
    qsizetype largestSize = 0;
    const double largestMs = medianMs(5, [&] {
        const std::optional<rongpei::TrainingClass> c = workspace.trainingClasses().find(largestId);
        largestSize = rongpei::ClassOverview::participants(database, *c, today).size();
    });
    out << "class_page_largest_class: " << largestMs << " ms\n";
    out << "largest_class: " << largestSize << " participants\n";
    out << "classes_year_figures: "
        << medianMs(5, [&] { rongpei::ClassOverview::ofYear(database, year, today); }) << " ms\n";

    // Plan progress: every development plan of the year with what its cadre earned. By hand, the
    // same question: the plans with their targets, courses and cadres, each cadre's held study
    // hours of the year, and each participant's hours in the classes ending in it.
    qsizetype planLines = 0;
    const double plansMs =
        medianMs(5, [&] { planLines = rongpei::PlanProgress::ofYear(database, year, today).size(); });
    out << "plan_progress_year: " << plansMs << " ms\n";
    out << "plan_progress_plans: " << planLines << " plans\n";
    const QString plansOfYear = QStringLiteral("(SELECT id FROM development_plan WHERE year = %1)").arg(year);
    rongpei::bench::printFloor(
        out, QStringLiteral("plan_progress_year"), plansMs,
        rongpei::bench::sqliteShellMs(
            path,
            {QStringLiteral(
                 "SELECT p.*, c.name, c.employee_number, o.name, c.track FROM development_plan p JOIN "
                 "cadre c ON c.id = p.cadre_id JOIN organization o ON o.id = c.branch_id WHERE "
                 "p.year = %1")
                 .arg(year),
             QStringLiteral(
                 "SELECT plan_id, category_id, hours FROM plan_category_target WHERE plan_id IN %1")
                 .arg(plansOfYear),
             QStringLiteral("SELECT plan_id, course_id, reason FROM plan_course WHERE plan_id IN %1 ORDER BY "
                            "plan_id, position")
                 .arg(plansOfYear),
             QStringLiteral("SELECT a.cadre_id, total(s.hours) FROM study_session s JOIN attendance a ON "
                            "a.session_id = s.id AND a.status IN ('present', 'late') WHERE s.session_date "
                            "BETWEEN '%1-01-01' AND '%1-12-31' AND s.state = 'held' GROUP BY a.cadre_id")
                 .arg(year),
             QStringLiteral(
                 "SELECT e.cadre_id, c.id, (SELECT total(hours) FROM class_day WHERE class_id = c.id) "
                 "- total(a.missed_hours), e.score FROM training_class c JOIN enrollment e ON "
                 "e.class_id = c.id LEFT JOIN class_attendance a ON a.enrollment_id = e.id WHERE "
                 "c.ends_on BETWEEN '%1-01-01' AND '%1-12-31' GROUP BY e.id")
                 .arg(year)}));
    out << "unit_plan_progress_year: "
        << medianMs(5, [&] { rongpei::UnitPlanProgress::ofYear(database, year, today); }) << " ms\n";
    // The suggestions for one branch for next year, as the plan page's Suggest plans… makes them.
    QSqlQuery firstBranch = database.prepare(
        QStringLiteral("SELECT branch_id FROM cadre GROUP BY branch_id ORDER BY count(*) DESC"));
    const qint64 branch = database.scalar(firstBranch).toLongLong();
    qsizetype suggestions = 0;
    const double suggestMs = medianMs(3, [&] {
        suggestions = rongpei::PlanSuggestion::forBranches(database, clock, {branch}, year + 1).size();
    });
    out << "plan_suggestions_branch: " << suggestMs << " ms\n";
    out << "plan_suggestions_branch_cadres: " << suggestions << " cadres\n";
    // The follow-up page: the year's follow-ups and the year before's, read on the GUI thread.
    qsizetype followUps = 0;
    const double followUpMs = medianMs(5, [&] {
        followUps =
            rongpei::FollowUpRepository::lines(database, QDate(year - 2, 9, 1), QDate(year, 12, 31), today)
                .size();
    });
    out << "follow_up_page_year: " << followUpMs << " ms\n";
    out << "follow_up_lines: " << followUps << " follow-ups\n";
    return 0;
}
