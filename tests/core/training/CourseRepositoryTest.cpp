#include "TrainingFixture.h"

#include <catch2/catch.hpp>

using namespace rongpei;
using namespace rongpei::test;

TEST_CASE("The catalogue ships the seed's categories and takes the administrator's own", "[training]")
{
    TrainingFixture f;
    CourseRepository &courses = f.workspace().courses();
    QStringList names;
    for (const CourseCategory &category : courses.categories())
        names.append(category.name);
    CHECK(names == QStringList{QStringLiteral("精益管理"), QStringLiteral("供应链管理"),
                               QStringLiteral("财务分析"), QStringLiteral("战略管理"),
                               QStringLiteral("风险控制"), QStringLiteral("市场营销"),
                               QStringLiteral("安全生产"), QStringLiteral("党的理论与政策")});

    const qint64 digital = courses.addCategory(QStringLiteral("  数字化转型 "));
    CHECK(courses.categories().last().name == QStringLiteral("数字化转型"));
    CHECK(refusalOf([&] {
              courses.addCategory(QStringLiteral("财务分析"));
          }).hasErrorFor(CourseField::category));
    CHECK(refusalOf([&] { courses.addCategory(QStringLiteral("  ")); }).hasErrorFor(CourseField::category));
    courses.renameCategory(digital, QStringLiteral("数字化管理"));
    CHECK(courses.categories().last().name == QStringLiteral("数字化管理"));

    // A category that holds a course stays; an empty one goes.
    Course course = f.sampleCourse(QStringLiteral("企业数字化"));
    course.categoryId = digital;
    const qint64 id = courses.add(course);
    CHECK(refusalOf([&] { courses.removeCategory(digital); }).message().contains(QStringLiteral("1")));
    courses.remove(id);
    courses.removeCategory(digital);
    CHECK(courses.categories().size() == 8);
}

TEST_CASE("A course is refused with a message on its field and nothing saved", "[training]")
{
    TrainingFixture f;
    CourseRepository &courses = f.workspace().courses();
    const int before = courses.count();
    Course noHours = f.sampleCourse(QStringLiteral("精益生产实务"));
    noHours.hours = 0;
    CHECK(refusalOf([&] { courses.add(noHours); }).hasErrorFor(CourseField::hours));
    Course same = f.sampleCourse(QStringLiteral(" 财务报表分析 "));
    CHECK(refusalOf([&] { courses.add(same); }).hasErrorFor(CourseField::title));
    Course nowhere = f.sampleCourse(QStringLiteral("供应链协同"));
    nowhere.categoryId = 9999;
    CHECK(refusalOf([&] { courses.add(nowhere); }).hasErrorFor(CourseField::category));
    CHECK(courses.count() == before);
}

TEST_CASE("A course taught in a class cannot be deleted, only retired", "[training]")
{
    TrainingFixture f;
    CourseRepository &courses = f.workspace().courses();
    f.classes().add(f.sampleClass({f.party.first()}));
    const std::optional<QString> refusal = courses.removalRefusal(f.course);
    REQUIRE(refusal);
    CHECK(refusal->contains(QStringLiteral("财务报表分析")));
    CHECK_THROWS_AS(courses.remove(f.course), ValidationError);

    Course retired = *courses.find(f.course);
    retired.active = false;
    courses.update(retired);
    CHECK(courses.all(true).isEmpty());
    CHECK(courses.all().size() == 1);
    CHECK(courses.find(f.course)->active == false);
}

TEST_CASE("Deleting and restoring a course brings it back as it was", "[training]")
{
    TrainingFixture f;
    CourseRepository &courses = f.workspace().courses();
    const Course before = *courses.find(f.course);
    const Course removed = courses.remove(f.course);
    CHECK_FALSE(courses.find(f.course));
    courses.restore(removed);
    CHECK(*courses.find(f.course) == before);
}
