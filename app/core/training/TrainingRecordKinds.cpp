#include "training/TrainingRecordKinds.h"

#include "training/Course.h"

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

} // namespace rongpei
