#pragma once

#include <QDate>
#include <QMap>
#include <QString>

namespace rongpei {

/// A question of the reaction form (反应层评估), rated 1–5; built-in ones carry a code.
struct FeedbackQuestion
{
    qint64 id = 0;
    QString uuid;
    QString code; // empty for a question an administrator added
    QString text;
    int position = 0;
    bool active = true; // a retired question keeps its past ratings but is no longer asked

    bool operator==(const FeedbackQuestion &) const = default;
};

/// One participant's filled-in form for a class. An anonymous form names no cadre.
struct FeedbackForm
{
    QString uuid;       // kept across edits; a new form gets one when saved
    qint64 cadreId = 0; // 0 on an anonymous form
    bool anonymous = false;
    QMap<qint64, int> ratings; // by question id; a question left blank has none
    QString comments;

    bool operator==(const FeedbackForm &) const = default;
};

/// The follow-up (行为层) evaluation: a supervisor's rating of how a participant applies a
/// completed off-the-job class on the job.
struct FollowUp
{
    qint64 id = 0;
    QString uuid;
    qint64 classId = 0;
    qint64 cadreId = 0;
    int rating = 0; // 1–5
    QDate ratedOn;
    QString ratedBy;
    QString notes;

    bool operator==(const FollowUp &) const = default;
};

/// The rating scale of every feedback question and follow-up.
namespace FeedbackScale {
inline constexpr int lowest = 1;
inline constexpr int highest = 5;
} // namespace FeedbackScale

/// Field keys used in FieldError::field for feedback.
namespace FeedbackField {
inline const QString question = QStringLiteral("question");
inline const QString participant = QStringLiteral("participant");
inline const QString rating = QStringLiteral("rating");
inline const QString comments = QStringLiteral("comments");
inline const QString ratedOn = QStringLiteral("ratedOn");
} // namespace FeedbackField

} // namespace rongpei
