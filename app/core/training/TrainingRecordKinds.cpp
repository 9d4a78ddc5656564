#include "training/TrainingRecordKinds.h"

#include "training/Course.h"
#include "training/UnitPlan.h"

namespace rongpei {

RecordKind TrainingRecordKinds::course()
{
    return {QStringLiteral("course"),
            QStringLiteral("course"),
            tr("Course"),
            {
                {QStringLiteral("title"), tr("Name"), {}, {}},
                {QStringLiteral("category_id"), tr("Category"), {}, QStringLiteral("course_category")},
                {QStringLiteral("side"), tr("Serves"), enumDisplay<TrainingSide>(), {}},
                {QStringLiteral("teaching_mode"), tr("Teaching mode"), enumDisplay<TeachingMode>(), {}},
                {QStringLiteral("hours"), tr("Hours"), {}, {}},
                {QStringLiteral("provider"), tr("Provider"), enumDisplay<CourseProvider>(), {}},
                {QStringLiteral("description"), tr("Description"), {}, {}},
                {QStringLiteral("active"), tr("Active"), yesNoDisplay(), {}},
            },
            {},
            {},
            {}};
}

RecordKind TrainingRecordKinds::trainingClass()
{
    RecordChildren courses{QStringLiteral("class_course"),
                           tr("Courses"),
                           QStringLiteral("class_id"),
                           QStringLiteral("course_id"),
                           {{QStringLiteral("course_id"), tr("Course"), {}, QStringLiteral("course")},
                            {QStringLiteral("position"), tr("Place on the list"), {}, {}}}};
    RecordChildren days{
        QStringLiteral("class_day"),
        tr("Days"),
        QStringLiteral("class_id"),
        QStringLiteral("day"),
        {{QStringLiteral("day"), tr("Day"), {}, {}}, {QStringLiteral("hours"), tr("Hours"), {}, {}}}};
    RecordChildren cohort{QStringLiteral("enrollment"),
                          tr("Participants"),
                          QStringLiteral("class_id"),
                          QStringLiteral("cadre_id"),
                          {{QStringLiteral("cadre_id"), tr("Cadre"), {}, QStringLiteral("cadre")},
                           {QStringLiteral("score"), tr("Score"), {}, {}},
                           {QStringLiteral("position"), tr("Place on the list"), {}, {}}}};
    return {QStringLiteral("class"),
            QStringLiteral("training_class"),
            tr("Training class"),
            {
                {QStringLiteral("name"), tr("Name"), {}, {}},
                {QStringLiteral("kind_id"), tr("Counts as"), {}, QStringLiteral("session_kind")},
                {QStringLiteral("branch_id"), tr("Organiser"), {}, QStringLiteral("organization")},
                {QStringLiteral("starts_on"), tr("First day"), {}, {}},
                {QStringLiteral("ends_on"), tr("Last day"), {}, {}},
                {QStringLiteral("location"), tr("Location"), {}, {}},
                {QStringLiteral("capacity"), tr("Capacity"), {}, {}},
                {QStringLiteral("off_the_job"), tr("Off the job"), yesNoDisplay(), {}},
                {QStringLiteral("joint"), tr("Joint class"), yesNoDisplay(), {}},
                {QStringLiteral("pass_mark"), tr("Pass mark"), {}, {}},
                {QStringLiteral("notes"), tr("Notes"), {}, {}},
            },
            {},
            {courses, days, cohort},
            {}};
}

RecordKind TrainingRecordKinds::developmentPlan()
{
    RecordChildren targets{
        QStringLiteral("plan_category_target"),
        tr("Hours by category"),
        QStringLiteral("plan_id"),
        QStringLiteral("category_id"),
        {{QStringLiteral("category_id"), tr("Category"), {}, QStringLiteral("course_category")},
         {QStringLiteral("hours"), tr("Hours"), {}, {}}}};
    RecordChildren courses{QStringLiteral("plan_course"),
                           tr("Required courses"),
                           QStringLiteral("plan_id"),
                           QStringLiteral("course_id"),
                           {{QStringLiteral("course_id"), tr("Course"), {}, QStringLiteral("course")},
                            {QStringLiteral("reason"), tr("Why"), {}, {}},
                            {QStringLiteral("position"), tr("Place on the list"), {}, {}}}};
    return {QStringLiteral("plan"),
            QStringLiteral("development_plan"),
            tr("Development plan"),
            {
                {QStringLiteral("cadre_id"), tr("Cadre"), {}, QStringLiteral("cadre")},
                {QStringLiteral("year"), tr("Year"), {}, {}},
                {QStringLiteral("theory_hours"), tr("Political theory hours"), {}, {}},
                {QStringLiteral("management_hours"), tr("Management hours"), {}, {}},
                {QStringLiteral("planned_rotation"), tr("Planned rotation or project"), {}, {}},
                {QStringLiteral("goals"), tr("Goals"), {}, {}},
            },
            {},
            {targets, courses},
            {}};
}

RecordKind TrainingRecordKinds::unitPlan()
{
    RecordChildren items{
        QStringLiteral("unit_plan_item"),
        tr("Planned items"),
        QStringLiteral("plan_id"),
        QStringLiteral("title"),
        {{QStringLiteral("kind"), tr("Kind"), enumDisplay<UnitPlanItemKind>(), {}},
         {QStringLiteral("title"), tr("What is planned"), {}, {}},
         {QStringLiteral("quarter"), tr("Quarter"), {}, {}},
         {QStringLiteral("class_id"), tr("Fulfilled by class"), {}, QStringLiteral("training_class")},
         {QStringLiteral("fulfilled_by"), tr("Done, in words"), {}, {}},
         {QStringLiteral("position"), tr("Place on the list"), {}, {}}}};
    return {QStringLiteral("unit-plan"),
            QStringLiteral("unit_plan"),
            tr("Yearly training plan"),
            {
                {QStringLiteral("branch_id"), tr("Unit"), {}, QStringLiteral("organization")},
                {QStringLiteral("year"), tr("Year"), {}, {}},
                {QStringLiteral("coverage_percent"), tr("Coverage (%)"), {}, {}},
                {QStringLiteral("party_hours_per_capita"), tr("Hours per party-affairs cadre"), {}, {}},
                {QStringLiteral("operations_hours_per_capita"), tr("Hours per operations cadre"), {}, {}},
                {QStringLiteral("joint_percent"), tr("Share of joint classes (%)"), {}, {}},
                {QStringLiteral("notes"), tr("Notes"), {}, {}},
            },
            {},
            {items},
            {}};
}

} // namespace rongpei
