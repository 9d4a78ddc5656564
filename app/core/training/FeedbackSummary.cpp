#include "training/FeedbackSummary.h"

#include "storage/Database.h"
#include "storage/SqlList.h"
#include "training/FeedbackRepository.h"

#include <QMap>
#include <QSqlQuery>

#include <numeric>

namespace rongpei {

namespace {

double weightedMean(const std::array<int, FeedbackScale::highest> &distribution, int count)
{
    double sum = 0;
    for (int mark = FeedbackScale::lowest; mark <= FeedbackScale::highest; ++mark)
        sum += mark * distribution.at(mark - 1);
    return sum / count;
}

int countOf(const std::array<int, FeedbackScale::highest> &distribution)
{
    return std::accumulate(distribution.cbegin(), distribution.cend(), 0);
}

FeedbackSummary summarize(const Database &database, const QList<qint64> &classIds)
{
    FeedbackSummary summary;
    summary.classes = static_cast<int>(classIds.size());
    if (classIds.isEmpty())
        return summary;
    QSqlQuery forms = database.prepare(
        QStringLiteral("SELECT count(*), total(anonymous) FROM feedback_form WHERE class_id IN ") +
        SqlList::values());
    forms.addBindValue(SqlList::bound(classIds));
    database.exec(forms);
    if (forms.next()) {
        summary.forms = forms.value(0).toInt();
        summary.anonymousForms = forms.value(1).toInt();
    }
    QSqlQuery cohort = database.prepare(QStringLiteral("SELECT count(*) FROM enrollment WHERE class_id IN ") +
                                        SqlList::values());
    cohort.addBindValue(SqlList::bound(classIds));
    summary.participants = database.scalar(cohort).toInt();

    QHash<qint64, std::array<int, FeedbackScale::highest>> byQuestion;
    QSqlQuery ratings = database.prepare(
        QStringLiteral(
            "SELECT r.question_id, r.rating, count(*) FROM feedback_rating r JOIN feedback_form f ON "
            "f.id = r.form_id WHERE f.class_id IN %1 GROUP BY r.question_id, r.rating")
            .arg(SqlList::values()));
    ratings.addBindValue(SqlList::bound(classIds));
    database.exec(ratings);
    while (ratings.next()) {
        const int mark = ratings.value(1).toInt();
        if (mark < FeedbackScale::lowest || mark > FeedbackScale::highest)
            continue;
        const int count = ratings.value(2).toInt();
        byQuestion[ratings.value(0).toLongLong()][mark - 1] += count;
        summary.distribution[mark - 1] += count;
    }
    for (const FeedbackQuestion &question : FeedbackRepository::questions(database)) {
        if (!question.active && !byQuestion.contains(question.id))
            continue;
        summary.questions.append({question.id, question.text, byQuestion.value(question.id)});
    }
    return summary;
}

} // namespace

int QuestionSummary::count() const
{
    return countOf(distribution);
}

std::optional<double> QuestionSummary::mean() const
{
    const int n = count();
    return n > 0 ? std::optional(weightedMean(distribution, n)) : std::nullopt;
}

std::optional<double> FeedbackSummary::responsePercent() const
{
    if (participants == 0)
        return std::nullopt;
    return 100.0 * std::min(forms, participants) / participants;
}

std::optional<double> FeedbackSummary::mean() const
{
    const int n = countOf(distribution);
    return n > 0 ? std::optional(weightedMean(distribution, n)) : std::nullopt;
}

namespace FeedbackSummaries {

FeedbackSummary ofClass(const Database &database, qint64 classId)
{
    return summarize(database, {classId});
}

QList<YearFeedback> ofCourse(const Database &database, qint64 courseId)
{
    QSqlQuery query = database.prepare(
        QStringLiteral("SELECT c.id, CAST(substr(c.ends_on, 1, 4) AS INTEGER) FROM training_class c JOIN "
                       "class_course k ON k.class_id = c.id WHERE k.course_id = ? ORDER BY c.ends_on"));
    query.addBindValue(courseId);
    database.exec(query);
    QMap<int, QList<qint64>> classesByYear;
    while (query.next())
        classesByYear[query.value(1).toInt()].append(query.value(0).toLongLong());
    QList<YearFeedback> result;
    for (auto it = classesByYear.cbegin(); it != classesByYear.cend(); ++it)
        result.append({it.key(), summarize(database, it.value())});
    return result;
}

QHash<qint64, ClassFeedback> byClass(const Database &database, const QList<qint64> &classIds)
{
    QHash<qint64, ClassFeedback> result;
    if (classIds.isEmpty())
        return result;
    QSqlQuery query = database.prepare(
        QStringLiteral(
            "SELECT f.class_id, count(DISTINCT f.id), avg(r.rating) FROM feedback_form f LEFT JOIN "
            "feedback_rating r ON r.form_id = f.id WHERE f.class_id IN %1 GROUP BY f.class_id")
            .arg(SqlList::values()));
    query.addBindValue(SqlList::bound(classIds));
    query.setForwardOnly(true);
    database.exec(query);
    while (query.next())
        result.insert(query.value(0).toLongLong(),
                      {query.value(1).toInt(),
                       query.value(2).isNull() ? std::nullopt : std::optional(query.value(2).toDouble())});
    return result;
}

} // namespace FeedbackSummaries

} // namespace rongpei
