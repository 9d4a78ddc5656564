#include "training/PlanSuggestion.h"

#include "common/Clock.h"
#include "storage/Database.h"
#include "storage/SqlList.h"
#include "study/HourCompliance.h"
#include "training/CourseRepository.h"

#include <QLocale>
#include <QSqlQuery>

#include <cmath>

namespace rongpei {

namespace {

/// The categories a post's words call for, by category code.
struct PostNeed
{
    QStringList words;
    QString category;
};

const QList<PostNeed> &postNeeds()
{
    static const QList<PostNeed> needs{
        {{QStringLiteral("安全"), QStringLiteral("安监")}, QStringLiteral("work_safety")},
        {{QStringLiteral("采购"), QStringLiteral("物资"), QStringLiteral("供应"), QStringLiteral("物流"),
          QStringLiteral("仓储")},
         QStringLiteral("supply_chain")},
        {{QStringLiteral("市场"), QStringLiteral("营销"), QStringLiteral("销售"), QStringLiteral("客户")},
         QStringLiteral("marketing")},
        {{QStringLiteral("生产"), QStringLiteral("车间"), QStringLiteral("工艺"), QStringLiteral("质量"),
          QStringLiteral("设备")},
         QStringLiteral("lean_management")},
        {{QStringLiteral("审计"), QStringLiteral("风险"), QStringLiteral("法务"), QStringLiteral("合规"),
          QStringLiteral("纪检")},
         QStringLiteral("risk_control")},
        {{QStringLiteral("财务"), QStringLiteral("会计"), QStringLiteral("预算")},
         QStringLiteral("financial_analysis")},
    };
    return needs;
}

QString hoursText(double hours)
{
    return QLocale().toString(std::round(hours * 10) / 10, 'g', 6); // 7.2, 32
}

class Builder
{
public:
    Builder(const YearRecord &lastYear, const PlanSuggestion::Catalogue &catalogue)
        : m_lastYear(lastYear)
        , m_catalogue(catalogue)
    {}

    qint64 categoryId(const QString &code) const
    {
        for (const CourseCategory &category : m_catalogue.categories)
            if (category.code == code)
                return category.id;
        return 0;
    }
    QString categoryName(qint64 id) const
    {
        for (const CourseCategory &category : m_catalogue.categories)
            if (category.id == id)
                return category.name;
        return {};
    }
    bool hadCategory(qint64 id) const { return m_lastYear.categoryHours.value(id) > 0; }
    bool planned(qint64 categoryId) const { return m_plan.categoryHours.contains(categoryId); }

    /// Adds the category's first active course not taken last year, with `reason`; a category
    /// without such a course still gets a target, and the reason says so.
    void addCategory(qint64 id, const QString &reason)
    {
        if (id == 0 || planned(id))
            return;
        const Course *chosen = nullptr;
        for (const Course &course : m_catalogue.courses)
            if (course.active && course.side == TrainingSide::Management && course.categoryId == id &&
                !m_lastYear.completedCourses.contains(course.id)) {
                chosen = &course;
                break;
            }
        const double hours = chosen ? chosen->hours : PlanSuggestion::leastManagementHours / 2;
        m_plan.categoryHours.insert(id, hours);
        if (chosen)
            m_plan.courses.append({chosen->id, reason});
        else
            m_reasons.append(PlanSuggestion::tr("%1 (the catalogue has no active course of %2 yet: "
                                                "add one, or find one outside)")
                                 .arg(reason, categoryName(id)));
    }
    void addTheoryCourse(const QString &reason)
    {
        for (const Course &course : m_catalogue.courses)
            if (course.active && course.side == TrainingSide::Theory &&
                !m_lastYear.completedCourses.contains(course.id)) {
                m_plan.courses.append({course.id, reason});
                return;
            }
    }

    DevelopmentPlan m_plan;
    QStringList m_reasons;

private:
    const YearRecord &m_lastYear;
    const PlanSuggestion::Catalogue &m_catalogue;
};

} // namespace

SuggestedPlan PlanSuggestion::suggest(const Cadre &cadre, int year, const YearRecord &lastYear,
                                      double theoryRequired, const Catalogue &catalogue)
{
    Builder b(lastYear, catalogue);
    b.m_plan.cadreId = cadre.id;
    b.m_plan.year = year;
    const int last = year - 1;

    // Political theory: the requirement's yearly hours; behind last year, a theory course too.
    const double theory = theoryRequired > 0 ? theoryRequired : defaultTheoryHours;
    b.m_plan.theoryHours = std::ceil(theory);
    if (lastYear.theoryHours + 0.005 < theory) {
        const QString reason =
            tr("Behind on political theory: %1 study hours in %2, below the %3 a year asks.")
                .arg(hoursText(lastYear.theoryHours))
                .arg(last)
                .arg(hoursText(theory));
        b.m_reasons.append(reason);
        b.addTheoryCourse(reason);
    } else {
        b.m_reasons.append(
            theoryRequired > 0
                ? tr("Political theory: the %1 study hours a year that the hour requirement asks.")
                      .arg(hoursText(theory))
                : tr("Political theory: %1 study hours, the usual yearly target.").arg(hoursText(theory)));
    }

    // The side a party-affairs cadre lacks: management skill, finance first.
    const qint64 finance = b.categoryId(QStringLiteral("financial_analysis"));
    if (cadre.track == Track::Party) {
        if (lastYear.managementHours <= 0)
            b.addCategory(finance,
                          tr("A party-affairs cadre with no management training in %1: financial analysis "
                             "first, to read the business they serve.")
                              .arg(last));
        else if (!b.hadCategory(finance))
            b.addCategory(finance,
                          tr("A party-affairs cadre with no financial analysis training in %1.").arg(last));
    }
    // Strategy for middle and senior cadres.
    if (cadre.level != CadreLevel::Grassroots) {
        const qint64 strategy = b.categoryId(QStringLiteral("strategy"));
        if (!b.hadCategory(strategy))
            b.addCategory(strategy,
                          tr("A middle or senior cadre (%1) with no strategic management training in %2.")
                              .arg(enumLabel(cadre.level))
                              .arg(last));
    }
    // What the post calls for.
    for (const PostNeed &need : postNeeds()) {
        const auto word = std::find_if(need.words.cbegin(), need.words.cend(),
                                       [&](const QString &w) { return cadre.post.contains(w); });
        if (word == need.words.cend())
            continue;
        const qint64 category = b.categoryId(need.category);
        if (category > 0 && !b.hadCategory(category))
            b.addCategory(category, tr("The post \"%1\" calls for %2, which %3 had none of.")
                                        .arg(cadre.post, b.categoryName(category))
                                        .arg(last));
    }

    double byCategory = 0;
    for (const double hours : std::as_const(b.m_plan.categoryHours))
        byCategory += hours;
    b.m_plan.managementHours = std::max(byCategory, leastManagementHours);
    b.m_reasons.append(tr("Management skill: %1 hours, the categories' targets and at least %2.")
                           .arg(hoursText(b.m_plan.managementHours), hoursText(leastManagementHours)));

    // A rotation to the other track.
    if (cadre.track == Track::Party) {
        b.m_plan.plannedRotation =
            tr("A rotation to a production or operations post, or a joint project with one");
        b.m_reasons.append(tr("A party-affairs cadre learns the business best on an operations post."));
    } else if (lastYear.theoryHours + 0.005 < theory) {
        b.m_plan.plannedRotation =
            tr("Party work practice: a role on the branch committee or a party project");
        b.m_reasons.append(tr("An operations cadre behind on theory takes part in party work."));
    }
    return {b.m_plan, b.m_reasons, cadre.name, cadre.employeeNumber, cadre.track};
}

PlanSuggestion::Catalogue PlanSuggestion::catalogueOf(const Database &database)
{
    return {CourseRepository::all(database, true), CourseRepository::categories(database)};
}

QHash<qint64, double> PlanSuggestion::yearlyTheoryRequired(const Database &database, const Clock &clock,
                                                           int year, const QSet<qint64> &branches)
{
    QHash<qint64, double> required;
    for (const ComplianceRow &row : HourCompliance(database, clock).compute(year, branches)) {
        const double yearly = row.required / std::max(1, row.requirement.periodYears);
        required[row.cadreId] = std::max(required.value(row.cadreId), yearly);
    }
    return required;
}

QList<SuggestedPlan> PlanSuggestion::forBranches(const Database &database, const Clock &clock,
                                                 const QSet<qint64> &branches, int year)
{
    QList<SuggestedPlan> result;
    if (branches.isEmpty())
        return result;
    QSqlQuery query = database.prepare(
        QStringLiteral(
            "SELECT id, name, employee_number, track, level, post, branch_id FROM cadre WHERE branch_id "
            "IN %1 AND employment_status IN ('active', 'seconded') AND id NOT IN (SELECT cadre_id FROM "
            "development_plan WHERE year = ?) ORDER BY branch_id, employee_number")
            .arg(SqlList::values()));
    query.addBindValue(SqlList::bound(QList<qint64>(branches.cbegin(), branches.cend())));
    query.addBindValue(year);
    query.setForwardOnly(true);
    database.exec(query);
    QList<Cadre> cadres;
    QList<qint64> ids;
    while (query.next()) {
        Cadre cadre;
        cadre.id = query.value(0).toLongLong();
        cadre.name = query.value(1).toString();
        cadre.employeeNumber = query.value(2).toString();
        cadre.track = enumFromCode<Track>(query.value(3).toString()).value_or(Track::Operations);
        cadre.level = enumFromCode<CadreLevel>(query.value(4).toString()).value_or(CadreLevel::Grassroots);
        cadre.post = query.value(5).toString();
        cadre.branchId = query.value(6).toLongLong();
        cadres.append(cadre);
        ids.append(cadre.id);
    }
    if (cadres.isEmpty())
        return result;
    const QHash<qint64, YearRecord> lastYear =
        PlanProgress::recordsOf(database, year - 1, clock.today(), ids.size() < 500 ? ids : QList<qint64>());
    const QHash<qint64, double> required = yearlyTheoryRequired(database, clock, year, branches);
    const Catalogue catalogue = catalogueOf(database);
    for (const Cadre &cadre : std::as_const(cadres))
        result.append(suggest(cadre, year, lastYear.value(cadre.id), required.value(cadre.id), catalogue));
    return result;
}

SuggestedPlan PlanSuggestion::forCadre(const Database &database, const Clock &clock, const Cadre &cadre,
                                       int year)
{
    const QHash<qint64, YearRecord> lastYear =
        PlanProgress::recordsOf(database, year - 1, clock.today(), {cadre.id});
    const QHash<qint64, double> required = yearlyTheoryRequired(database, clock, year, {cadre.branchId});
    return suggest(cadre, year, lastYear.value(cadre.id), required.value(cadre.id), catalogueOf(database));
}

} // namespace rongpei
