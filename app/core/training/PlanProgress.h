#pragma once

#include "roster/Cadre.h"
#include "training/DevelopmentPlan.h"

#include <QDate>
#include <QHash>
#include <QSet>

#include <optional>

namespace rongpei {

class Database;

/// What a cadre earned in a year, as a development plan counts it: political theory from study
/// sessions and theory courses, management skill from management courses (by category), and
/// the courses of the classes they completed. A class's hours are shared among its courses in
/// proportion to the courses' hours.
struct YearRecord
{
    double theoryHours = 0;
    double managementHours = 0;
    QHash<qint64, double> categoryHours;
    QSet<qint64> completedCourses;
    int completedClasses = 0; // a class without courses completes none of them, but counts here
};

/// A plan and how far its cadre has come.
struct PlanProgressLine
{
    DevelopmentPlan plan;
    QString name;
    QString employeeNumber;
    qint64 branchId = 0;
    QString branchName;
    Track track = Track::Operations;
    CadreLevel level = CadreLevel::Grassroots;
    YearRecord earned;
    QList<qint64> coursesDone;
    QList<qint64> coursesOpen;
    /// 0–100: the mean over the plan's targets (theory, management, each category, each required
    /// course) of the share reached, each at most whole; nullopt for a plan with no target.
    std::optional<double> percent;
};

namespace PlanProgress {

/// The records of `year` of the cadres `cadreIds` (everyone if empty), as of `today`.
QHash<qint64, YearRecord> recordsOf(const Database &database, int year, QDate today,
                                    const QList<qint64> &cadreIds = {});
/// The share reached of `plan` by `record`, as PlanProgressLine::percent.
std::optional<double> percentOf(const DevelopmentPlan &plan, const YearRecord &record);
/// Every plan of `year` of the cadres of `branches` (all if nullopt), with its progress, by branch
/// and employee number.
QList<PlanProgressLine> ofYear(const Database &database, int year, QDate today,
                               const std::optional<QSet<qint64>> &branches = std::nullopt);

} // namespace PlanProgress

} // namespace rongpei
