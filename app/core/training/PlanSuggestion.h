#pragma once

#include "roster/Cadre.h"
#include "training/Course.h"
#include "training/DevelopmentPlan.h"
#include "training/PlanProgress.h"

#include <QCoreApplication>

namespace rongpei {

class Clock;
class Database;

/// A proposed plan with the reason of each of its parts, in words, for the officer to edit and
/// accept.
struct SuggestedPlan
{
    DevelopmentPlan plan;
    QStringList reasons; // why the targets are what they are; each course carries its own
    QString cadreName;   // whom it is for, to list it
    QString employeeNumber;
    Track track = Track::Operations;
};

/// Proposes a development plan from a cadre's track, level, post and last year's record: theory
/// study for one behind on theory, the management skills a party-affairs cadre lacks (财务分析
/// first), 战略管理 for a middle or senior cadre, the category their post calls for, and a
/// rotation to the other track.
class PlanSuggestion final
{
    Q_DECLARE_TR_FUNCTIONS(rongpei::PlanSuggestion)

public:
    /// Target 学时 of political theory when no hour requirement applies.
    static constexpr double defaultTheoryHours = 32;
    /// Least target 学时 of management skill.
    static constexpr double leastManagementHours = 16;

    /// What a suggestion is made from: the active catalogue and its categories.
    struct Catalogue
    {
        QList<Course> courses;
        QList<CourseCategory> categories;
    };

    /// The plan for `cadre` in `year`, from `lastYear`'s record and the yearly theory hours their
    /// requirement asks (`theoryRequired`, 0 for none).
    static SuggestedPlan suggest(const Cadre &cadre, int year, const YearRecord &lastYear,
                                 double theoryRequired, const Catalogue &catalogue);

    /// Suggestions for every cadre at work in `branches` who has no plan for `year` yet, from the
    /// records of the year before.
    static QList<SuggestedPlan> forBranches(const Database &database, const Clock &clock,
                                            const QSet<qint64> &branches, int year);
    /// The suggestion for one cadre, as forBranches() makes it, plan or no plan.
    static SuggestedPlan forCadre(const Database &database, const Clock &clock, const Cadre &cadre, int year);
    static Catalogue catalogueOf(const Database &database);
    /// The yearly 学时 of each cadre's strictest hour requirement in `year` (its minimum over its
    /// years), for the cadres of `branches`.
    static QHash<qint64, double> yearlyTheoryRequired(const Database &database, const Clock &clock, int year,
                                                      const QSet<qint64> &branches);
};

} // namespace rongpei
