#pragma once

#include <QDateTime>
#include <QList>
#include <QMap>
#include <QString>

namespace rongpei {

/// A course a plan requires, and why it was put there.
struct PlanCourse
{
    qint64 courseId = 0;
    QString reason; // empty when the officer added it by hand

    bool operator==(const PlanCourse &) const = default;
};

/// A cadre's development plan (培养规划) for a year. Its progress is computed from the records
/// (PlanProgress), never kept.
struct DevelopmentPlan
{
    qint64 id = 0;
    QString uuid;
    qint64 cadreId = 0;
    int year = 0;
    double theoryHours = 0;             // target 学时 of political theory
    double managementHours = 0;         // target 学时 of management skill
    QMap<qint64, double> categoryHours; // of managementHours, by course category
    QList<PlanCourse> courses;          // required, in order
    QString plannedRotation;            // a rotation or project, in words until that module lands
    QString goals;
    QDateTime createdAt;
    QDateTime updatedAt;

    bool operator==(const DevelopmentPlan &) const = default;
};

/// Field keys used in FieldError::field for a DevelopmentPlan.
namespace PlanField {
inline const QString cadre = QStringLiteral("cadre");
inline const QString year = QStringLiteral("year");
inline const QString theoryHours = QStringLiteral("theoryHours");
inline const QString managementHours = QStringLiteral("managementHours");
inline const QString categories = QStringLiteral("categories");
inline const QString courses = QStringLiteral("courses");
inline const QString text = QStringLiteral("text");
} // namespace PlanField

} // namespace rongpei
