#include "training/PlanProgress.h"

#include "storage/Database.h"
#include "storage/SqlList.h"
#include "storage/SqlValue.h"
#include "study/StudyRuleRepository.h"
#include "training/CourseRepository.h"
#include "training/DevelopmentPlanRepository.h"
#include "training/TrainingClassRepository.h"

#include <QSqlQuery>

#include <algorithm>
#include <cmath>

namespace rongpei {

namespace {

double hundredths(double hours)
{
    return std::round(hours * 100) / 100;
}

void addSessionHours(const Database &database, int year, const QList<qint64> &cadreIds,
                     QHash<qint64, YearRecord> &records)
{
    QStringList statuses;
    for (const AttendanceStatus status : StudyRuleRepository::earningStatusesIn(database))
        statuses.append(enumCode(status));
    if (statuses.isEmpty())
        return;
    QString sql =
        QStringLiteral("SELECT a.cadre_id, total(s.hours) FROM study_session s JOIN attendance a ON "
                       "a.session_id = s.id AND a.status IN %1 WHERE s.session_date BETWEEN ? AND ? AND "
                       "s.state = 'held'")
            .arg(SqlList::values());
    if (!cadreIds.isEmpty())
        sql += QStringLiteral(" AND a.cadre_id IN ") + SqlList::values();
    sql += QStringLiteral(" GROUP BY a.cadre_id");
    QSqlQuery query = database.prepare(sql);
    query.addBindValue(SqlList::bound(statuses));
    query.addBindValue(SqlValue::date(QDate(year, 1, 1)));
    query.addBindValue(SqlValue::date(QDate(year, 12, 31)));
    if (!cadreIds.isEmpty())
        query.addBindValue(SqlList::bound(cadreIds));
    query.setForwardOnly(true);
    database.exec(query);
    while (query.next())
        records[query.value(0).toLongLong()].theoryHours += query.value(1).toDouble();
}

void addClassHours(const Database &database, int year, QDate today, const QList<qint64> &cadreIds,
                   QHash<qint64, YearRecord> &records)
{
    QHash<qint64, Course> courses;
    for (const Course &course : CourseRepository::all(database))
        courses.insert(course.id, course);
    const TrainingRules rules = TrainingClassRepository::rules(database);
    const QSet<qint64> wanted(cadreIds.cbegin(), cadreIds.cend());
    for (const TrainingClass &c :
         TrainingClassRepository::endingBetween(database, QDate(year, 1, 1), QDate(year, 12, 31))) {
        double courseHours = 0;
        for (const qint64 id : c.courseIds)
            courseHours += courses.value(id).hours;
        for (const Enrollment &participant : c.enrollments) {
            if (!wanted.isEmpty() && !wanted.contains(participant.cadreId))
                continue;
            const ParticipantOutcome outcome = ClassCompletion::outcome(c, participant, rules, today);
            if (!outcome.completed())
                continue;
            YearRecord &record = records[participant.cadreId];
            ++record.completedClasses;
            if (courseHours <= 0) {
                record.managementHours += outcome.hoursEarned;
                continue;
            }
            for (const qint64 id : c.courseIds) {
                const Course &course = courses[id];
                const double share = outcome.hoursEarned * course.hours / courseHours;
                record.completedCourses.insert(id);
                if (course.side == TrainingSide::Theory) {
                    record.theoryHours += share;
                } else {
                    record.managementHours += share;
                    record.categoryHours[course.categoryId] += share;
                }
            }
        }
    }
}

double reached(double earned, double target)
{
    return std::min(1.0, earned / target);
}

} // namespace

namespace PlanProgress {

QHash<qint64, YearRecord> recordsOf(const Database &database, int year, QDate today,
                                    const QList<qint64> &cadreIds)
{
    QHash<qint64, YearRecord> records;
    addSessionHours(database, year, cadreIds, records);
    addClassHours(database, year, today, cadreIds, records);
    for (YearRecord &record : records) {
        record.theoryHours = hundredths(record.theoryHours);
        record.managementHours = hundredths(record.managementHours);
        for (double &hours : record.categoryHours)
            hours = hundredths(hours);
    }
    return records;
}

std::optional<double> percentOf(const DevelopmentPlan &plan, const YearRecord &record)
{
    double sum = 0;
    int targets = 0;
    if (plan.theoryHours > 0) {
        sum += reached(record.theoryHours, plan.theoryHours);
        ++targets;
    }
    if (plan.managementHours > 0) {
        sum += reached(record.managementHours, plan.managementHours);
        ++targets;
    }
    for (auto it = plan.categoryHours.cbegin(); it != plan.categoryHours.cend(); ++it) {
        sum += reached(record.categoryHours.value(it.key()), it.value());
        ++targets;
    }
    for (const PlanCourse &course : plan.courses) {
        sum += record.completedCourses.contains(course.courseId) ? 1 : 0;
        ++targets;
    }
    if (targets == 0)
        return std::nullopt;
    return 100.0 * sum / targets;
}

QList<PlanProgressLine> ofYear(const Database &database, int year, QDate today,
                               const std::optional<QSet<qint64>> &branches)
{
    QHash<qint64, PlanProgressLine> who;
    QSqlQuery people = database.prepare(QStringLiteral(
        "SELECT c.id, c.name, c.employee_number, c.branch_id, o.name, c.track, c.level FROM development_plan "
        "p "
        "JOIN cadre c ON c.id = p.cadre_id JOIN organization o ON o.id = c.branch_id WHERE p.year = ?"));
    people.addBindValue(year);
    people.setForwardOnly(true);
    database.exec(people);
    while (people.next()) {
        const qint64 branch = people.value(3).toLongLong();
        if (branches && !branches->contains(branch))
            continue;
        PlanProgressLine &line = who[people.value(0).toLongLong()];
        line.name = people.value(1).toString();
        line.employeeNumber = people.value(2).toString();
        line.branchId = branch;
        line.branchName = people.value(4).toString();
        line.track = enumFromCode<Track>(people.value(5).toString()).value_or(Track::Operations);
        line.level = enumFromCode<CadreLevel>(people.value(6).toString()).value_or(CadreLevel::Grassroots);
    }
    // For a few cadres, read theirs; for most of the enterprise, read the year's records whole.
    QList<PlanProgressLine> lines;
    if (who.isEmpty())
        return lines;
    const bool few = branches && who.size() < 500;
    const QHash<qint64, YearRecord> records =
        recordsOf(database, year, today, few ? QList<qint64>(who.keyBegin(), who.keyEnd()) : QList<qint64>());
    for (DevelopmentPlan &plan : DevelopmentPlanRepository::ofYear(database, year)) {
        const auto it = who.constFind(plan.cadreId);
        if (it == who.cend())
            continue;
        PlanProgressLine line = *it;
        line.earned = records.value(plan.cadreId);
        for (const PlanCourse &course : plan.courses)
            (line.earned.completedCourses.contains(course.courseId) ? line.coursesDone : line.coursesOpen)
                .append(course.courseId);
        line.percent = percentOf(plan, line.earned);
        line.plan = std::move(plan);
        lines.append(std::move(line));
    }
    std::sort(lines.begin(), lines.end(), [](const PlanProgressLine &a, const PlanProgressLine &b) {
        return std::tie(a.branchName, a.employeeNumber) < std::tie(b.branchName, b.employeeNumber);
    });
    return lines;
}

} // namespace PlanProgress

} // namespace rongpei
