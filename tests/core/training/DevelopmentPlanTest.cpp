#include "AccountTestSupport.h"
#include "TrainingFixture.h"
#include "study/StudySessionRepository.h"
#include "training/DevelopmentPlanRepository.h"
#include "training/PlanProgress.h"
#include "training/PlanSuggestion.h"

#include <catch2/catch.hpp>

using namespace rongpei;
using namespace rongpei::test;

namespace {

DevelopmentPlan planFor(qint64 cadreId, int year = 2026)
{
    DevelopmentPlan plan;
    plan.cadreId = cadreId;
    plan.year = year;
    plan.theoryHours = 32;
    plan.managementHours = 24;
    plan.goals = QStringLiteral("熟悉财务报表");
    return plan;
}

qint64 courseOf(TrainingFixture &f, const QString &title, const QString &categoryCode, TrainingSide side,
                double hours)
{
    Course course = f.sampleCourse(title);
    course.categoryId = f.categoryByCode(categoryCode);
    course.side = side;
    course.hours = hours;
    return f.workspace().courses().add(course);
}

} // namespace

TEST_CASE("A development plan is saved with its targets and courses, and read back", "[training][plans]")
{
    TrainingFixture f;
    DevelopmentPlanRepository &plans = f.workspace().developmentPlans();
    DevelopmentPlan plan = planFor(f.party.at(0));
    plan.categoryHours.insert(f.categoryByCode(QStringLiteral("financial_analysis")), 14);
    plan.courses.append({f.course, QStringLiteral("党务干部补财务短板")});
    plan.plannedRotation = QStringLiteral("到生产车间轮岗三个月");
    const qint64 id = plans.add(plan);
    const std::optional<DevelopmentPlan> saved = plans.find(id);
    REQUIRE(saved);
    CHECK(saved->categoryHours == plan.categoryHours);
    CHECK(saved->courses == plan.courses);
    CHECK(saved->plannedRotation == plan.plannedRotation);
    CHECK(plans.of(f.party.at(0), 2026)->id == id);

    DevelopmentPlan edited = *saved;
    edited.courses.clear();
    edited.theoryHours = 40;
    plans.update(edited);
    CHECK(plans.find(id)->courses.isEmpty());
    CHECK(plans.find(id)->theoryHours == 40);
    const DevelopmentPlan removed = plans.remove(id);
    CHECK(plans.count() == 0);
    plans.restore(removed);
    CHECK(*plans.find(id) == removed);
}

TEST_CASE("A bad development plan is refused on its field and nothing is saved", "[training][plans]")
{
    TrainingFixture f;
    DevelopmentPlanRepository &plans = f.workspace().developmentPlans();
    plans.add(planFor(f.party.at(1)));
    Cadre departed = *f.workspace().cadres().find(f.party.at(0));
    departed.employmentStatus = EmploymentStatus::Left;
    departed.leftOn = QDate(2026, 6, 30);
    f.workspace().cadres().update(departed);
    const QVariant before = scalar(f.workspace().database(), QStringLiteral("SELECT max(seq) FROM journal"));

    const ValidationError left = refusalOf([&] { plans.add(planFor(f.party.at(0))); });
    CHECK(left.hasErrorFor(PlanField::cadre));
    CHECK(left.message().contains(QStringLiteral("has left")));
    CHECK(refusalOf([&] { plans.add(planFor(f.party.at(1))); }).hasErrorFor(PlanField::year));
    DevelopmentPlan tooMuch = planFor(f.party.at(2));
    tooMuch.categoryHours.insert(f.categoryByCode(QStringLiteral("strategy")),
                                 30); // over the 24 of management
    CHECK(refusalOf([&] { plans.add(tooMuch); }).hasErrorFor(PlanField::categories));
    DevelopmentPlan negative = planFor(f.party.at(2));
    negative.theoryHours = -1;
    CHECK(refusalOf([&] { plans.add(negative); }).hasErrorFor(PlanField::theoryHours));
    DevelopmentPlan twice = planFor(f.party.at(2));
    twice.courses = {{f.course, {}}, {f.course, {}}};
    CHECK(refusalOf([&] { plans.add(twice); }).hasErrorFor(PlanField::courses));
    // A list with one bad plan saves none.
    CHECK_THROWS_AS(plans.addAll({planFor(f.party.at(2)), planFor(f.party.at(0))}), ValidationError);

    CHECK(scalar(f.workspace().database(), QStringLiteral("SELECT max(seq) FROM journal")) == before);
    CHECK(plans.count() == 1);
}

TEST_CASE("A plan's progress is computed from study sessions and completed classes", "[training][plans]")
{
    TrainingFixture f;
    Workspace &w = f.workspace();
    const qint64 theoryCourse = courseOf(f, QStringLiteral("习近平新时代中国特色社会主义思想专题"),
                                         QStringLiteral("party_theory"), TrainingSide::Theory, 7);
    const qint64 strategyCourse =
        courseOf(f, QStringLiteral("企业战略管理"), QStringLiteral("strategy"), TrainingSide::Management, 7);
    const qint64 cadre = f.party.at(0);
    // Three sessions of 2 学时 in 2026, one in 2025 that does not count.
    const qint64 kind = studyKind(w, QStringLiteral("theme_day"));
    for (const QDate day : {QDate(2026, 2, 10), QDate(2026, 5, 12), QDate(2026, 8, 11), QDate(2025, 12, 9)})
        w.studySessions().add(sampleSession(kind, f.org.firstBranch, day, {cadre}));
    // A completed class of 35 学时 teaching the finance course (14 h) and the theory course (7 h):
    // 35 × 14/21 = 23.33 of finance, 35 × 7/21 = 11.67 of theory.
    TrainingClass c = f.sampleClass({cadre, f.operations.at(0)});
    c.courseIds = {f.course, theoryCourse};
    c.enrollments[0].score = 85;
    c.enrollments[1].score = 40; // failed: earns nothing
    w.trainingClasses().add(c);

    DevelopmentPlan plan = planFor(cadre);
    plan.theoryHours = 24;
    plan.managementHours = 30;
    const qint64 finance = f.categoryByCode(QStringLiteral("financial_analysis"));
    plan.categoryHours.insert(finance, 20);
    plan.courses = {{f.course, {}}, {strategyCourse, {}}};
    w.developmentPlans().add(plan);
    w.developmentPlans().add(planFor(f.operations.at(0)));

    const QList<PlanProgressLine> lines = PlanProgress::ofYear(w.database(), 2026, QDate(2026, 11, 24));
    REQUIRE(lines.size() == 2);
    const PlanProgressLine &line = lines.at(0).plan.cadreId == cadre ? lines.at(0) : lines.at(1);
    CHECK(line.earned.theoryHours == Approx(6 + 11.67));
    CHECK(line.earned.managementHours == Approx(23.33));
    CHECK(line.earned.categoryHours.value(finance) == Approx(23.33));
    CHECK(line.coursesDone == QList<qint64>{f.course});
    CHECK(line.coursesOpen == QList<qint64>{strategyCourse});
    // theory 17.67/24, management 23.33/30, finance whole, one course of two:
    const double expected = 100.0 * (17.67 / 24 + 23.33 / 30 + 1 + 1 + 0) / 5;
    REQUIRE(line.percent);
    CHECK(*line.percent == Approx(expected).epsilon(0.001));
    const PlanProgressLine &failed = lines.at(0).plan.cadreId == cadre ? lines.at(1) : lines.at(0);
    CHECK(failed.earned.managementHours == 0);
    CHECK(*failed.percent == Approx(0));

    // By branch: the second branch's cadre only.
    const QList<PlanProgressLine> second =
        PlanProgress::ofYear(w.database(), 2026, QDate(2026, 11, 24), QSet<qint64>{f.org.secondBranch});
    CHECK(second.isEmpty()); // both are of the first branch (party.at(0) and operations.at(0))
}

TEST_CASE("A suggested plan closes the gap on the side a cadre lacks, with each reason", "[training][plans]")
{
    TrainingFixture f;
    const qint64 theory =
        courseOf(f, QStringLiteral("党的理论专题"), QStringLiteral("party_theory"), TrainingSide::Theory, 8);
    const qint64 strategy =
        courseOf(f, QStringLiteral("战略管理实务"), QStringLiteral("strategy"), TrainingSide::Management, 12);
    const qint64 safety = courseOf(f, QStringLiteral("安全生产责任制"), QStringLiteral("work_safety"),
                                   TrainingSide::Management, 6);
    const PlanSuggestion::Catalogue catalogue = PlanSuggestion::catalogueOf(f.workspace().database());
    const qint64 finance = f.categoryByCode(QStringLiteral("financial_analysis"));
    const auto courseIds = [](const SuggestedPlan &s) {
        QList<qint64> ids;
        for (const PlanCourse &course : s.plan.courses)
            ids.append(course.courseId);
        return ids;
    };

    SECTION("a party-affairs cadre with no finance training gets financial analysis")
    {
        Cadre cadre;
        cadre.id = 1;
        cadre.track = Track::Party;
        cadre.post = QStringLiteral("党建专员");
        YearRecord last;
        last.theoryHours = 40;
        const SuggestedPlan s = PlanSuggestion::suggest(cadre, 2027, last, 32, catalogue);
        CHECK(courseIds(s) == QList<qint64>{f.course});
        CHECK(s.plan.categoryHours.value(finance) == 14);
        CHECK(s.plan.courses.first().reason.contains(QStringLiteral("no management training in 2026")));
        CHECK(s.plan.theoryHours == 32);
        CHECK(s.plan.managementHours == 16); // 14 of finance, raised to the least
        CHECK_FALSE(s.plan.plannedRotation.isEmpty());
        // Finance taken but not strategy: still nothing else for a grassroots cadre.
        last.managementHours = 14;
        last.categoryHours.insert(finance, 14);
        CHECK(courseIds(PlanSuggestion::suggest(cadre, 2027, last, 32, catalogue)).isEmpty());
    }
    SECTION("an operations cadre behind on theory gets theory study")
    {
        Cadre cadre;
        cadre.id = 2;
        cadre.track = Track::Operations;
        YearRecord last;
        last.theoryHours = 10;
        last.managementHours = 40;
        const SuggestedPlan s = PlanSuggestion::suggest(cadre, 2027, last, 24, catalogue);
        REQUIRE(s.plan.courses.size() == 1);
        CHECK(s.plan.courses.first().courseId == theory);
        CHECK(s.plan.courses.first().reason.contains(QStringLiteral("Behind on political theory")));
        CHECK(s.plan.courses.first().reason.contains(QStringLiteral("10")));
        CHECK(s.plan.theoryHours == 24);
        CHECK(s.plan.plannedRotation.contains(QStringLiteral("Party work")));
    }
    SECTION("a middle cadre gets strategy, and the post's words their category")
    {
        Cadre cadre;
        cadre.id = 3;
        cadre.track = Track::Operations;
        cadre.level = CadreLevel::Middle;
        cadre.post = QStringLiteral("安全环保部经理");
        YearRecord last;
        last.theoryHours = 50;
        const SuggestedPlan s = PlanSuggestion::suggest(cadre, 2027, last, 32, catalogue);
        CHECK(courseIds(s) == QList<qint64>{strategy, safety});
        CHECK(s.plan.courses.at(0).reason.contains(QStringLiteral("strategic")));
        CHECK(s.plan.courses.at(1).reason.contains(QStringLiteral("安全环保部经理")));
        CHECK(s.plan.managementHours == 18);
        CHECK(s.plan.plannedRotation.isEmpty());
    }
}

TEST_CASE("Suggestions for a branch leave out who has a plan or has left, and can all be accepted",
          "[training][plans]")
{
    TrainingFixture f;
    Workspace &w = f.workspace();
    w.developmentPlans().add(planFor(f.party.at(0), 2027));
    Cadre departed = *w.cadres().find(f.operations.at(0));
    departed.employmentStatus = EmploymentStatus::Retired;
    departed.leftOn = QDate(2026, 10, 1);
    w.cadres().update(departed);
    FixedClock clock;
    const QList<SuggestedPlan> suggestions =
        PlanSuggestion::forBranches(w.database(), clock, {f.org.firstBranch}, 2027);
    // The first branch holds party 0 and 2, operations 0, 2 and 4 (even numbers).
    QList<qint64> who;
    for (const SuggestedPlan &s : suggestions)
        who.append(s.plan.cadreId);
    CHECK(who.size() == 3);
    CHECK_FALSE(who.contains(f.party.at(0)));
    CHECK_FALSE(who.contains(f.operations.at(0)));
    QList<DevelopmentPlan> accepted;
    for (const SuggestedPlan &s : suggestions)
        accepted.append(s.plan);
    CHECK(w.developmentPlans().addAll(accepted).size() == 3);
    CHECK(w.developmentPlans().count() == 4);
}
