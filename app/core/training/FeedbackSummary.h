#pragma once

#include "training/Feedback.h"

#include <QHash>
#include <QList>

#include <array>
#include <optional>

namespace rongpei {

class Database;

/// How one question was rated: how many gave each mark, and the mean.
struct QuestionSummary
{
    qint64 questionId = 0;
    QString text;
    std::array<int, FeedbackScale::highest> distribution{}; // [0]: how many rated 1 … [4]: 5
    int count() const;
    std::optional<double> mean() const;
};

/// The feedback of a class, or of the classes of a course in a year.
struct FeedbackSummary
{
    int classes = 0;
    int forms = 0;
    int anonymousForms = 0;
    int participants = 0;
    QList<QuestionSummary> questions;                       // in the form's order, those asked or rated
    std::array<int, FeedbackScale::highest> distribution{}; // over every question

    /// Forms of participants, 0–100; nullopt without participants.
    std::optional<double> responsePercent() const;
    /// The mean of every rating given; nullopt without any.
    std::optional<double> mean() const;
};

/// A course's feedback in one year (the year its classes ended).
struct YearFeedback
{
    int year = 0;
    FeedbackSummary summary;
};

/// A class's forms at a glance, for its line in the class list.
struct ClassFeedback
{
    int forms = 0;
    std::optional<double> mean; // of every rating given
};

/// Feedback aggregated from the forms: per class, per course over the years.
namespace FeedbackSummaries {

FeedbackSummary ofClass(const Database &database, qint64 classId);
/// The years of the classes that teach `courseId`, oldest first.
QList<YearFeedback> ofCourse(const Database &database, qint64 courseId);
/// The forms and mean rating of each of `classIds` that has forms.
QHash<qint64, ClassFeedback> byClass(const Database &database, const QList<qint64> &classIds);

} // namespace FeedbackSummaries

} // namespace rongpei
