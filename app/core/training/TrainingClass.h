#pragma once

#include "study/StudySession.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QMap>
#include <QString>

#include <optional>

namespace rongpei {

/// A day a class meets, with its 学时.
struct ClassDay
{
    QString uuid; // kept across edits; a new day gets one when saved
    QDate date;
    double hours = 0;

    bool operator==(const ClassDay &) const = default;
};

/// A participant's mark on one class day. Leave and absence are kept in hours: half a day's leave
/// is half the day's hours (missedHours); present and late miss none.
struct DayMark
{
    AttendanceStatus status = AttendanceStatus::Present;
    double missedHours = 0;
    QString excuse; // the reason for 请假

    bool operator==(const DayMark &) const = default;
};

/// A participant (学员) of a class: their marks by day and their assessment score.
struct Enrollment
{
    QString uuid;
    qint64 cadreId = 0;
    std::optional<double> score; // 0–100; none until assessed
    QMap<QDate, DayMark> marks;  // a day without a mark has not been marked yet

    bool operator==(const Enrollment &) const = default;
};

/// A training class (培训班); a joint class (联合培训班) is meant to mix party-affairs and
/// operations cadres.
struct TrainingClass
{
    qint64 id = 0;
    QString uuid;
    QString name;
    qint64 kindId = 0;   // the kind of study it counts as toward the hour requirements
    qint64 branchId = 0; // the organiser: a committee or a branch
    QDate startsOn;
    QDate endsOn;
    QString location;
    int capacity = 0;               // 0: no limit
    bool offTheJob = false;         // 脱产
    bool joint = false;             // meant to be joint
    std::optional<double> passMark; // none: not assessed
    QString notes;
    QList<qint64> courseIds;       // in order
    QList<ClassDay> days;          // by date
    QList<Enrollment> enrollments; // in the order of the list
    QDateTime createdAt;
    QDateTime updatedAt;

    /// The 学时 of all its days.
    double hours() const
    {
        double total = 0;
        for (const ClassDay &day : days)
            total += day.hours;
        return total;
    }

    bool operator==(const TrainingClass &) const = default;
};

/// Field keys used in FieldError::field for a TrainingClass.
namespace TrainingClassField {
inline const QString name = QStringLiteral("name");
inline const QString kind = QStringLiteral("kind");
inline const QString branch = QStringLiteral("branch");
inline const QString startsOn = QStringLiteral("startsOn");
inline const QString endsOn = QStringLiteral("endsOn");
inline const QString capacity = QStringLiteral("capacity");
inline const QString passMark = QStringLiteral("passMark");
inline const QString courses = QStringLiteral("courses");
inline const QString days = QStringLiteral("days");
inline const QString participants = QStringLiteral("participants");
} // namespace TrainingClassField

} // namespace rongpei
