#pragma once

#include "training/UnitPlan.h"

#include <QCoreApplication>
#include <QDate>
#include <QSet>

#include <optional>

namespace rongpei {

class Database;

/// One target of a yearly training plan and how far it is reached.
struct UnitPlanTarget
{
    enum Kind
    {
        Coverage,
        PartyHours,
        OperationsHours,
        JointShare
    };
    Kind kind = Coverage;
    double target = 0;
    double actual = 0;
    bool met() const { return actual >= target - 1e-9; }
};

/// A planned item and whether it is fulfilled.
struct UnitPlanItemStatus
{
    UnitPlanItem item;
    bool fulfilled = false;
    QString fulfilment; // the class that fulfils it, with its dates, or the rotation in words
};

/// Where a yearly training plan stands, computed from the records: who is at work under its unit,
/// what they earned, which classes were held.
struct UnitPlanStatus
{
    UnitPlan plan;
    QString unitName;
    int cadres = 0;  // at work under the unit
    int trained = 0; // of them, completed a class in the year
    int partyCadres = 0;
    int operationsCadres = 0;
    int classesHeld = 0;           // organised under the unit, started in the year
    int jointClasses = 0;          // of them, meant to be joint and not one-sided
    QList<UnitPlanTarget> targets; // those the plan sets
    QList<UnitPlanItemStatus> items;
    /// 计划完成率, 0–100: the targets met and items fulfilled, of the targets set and items
    /// planned; nullopt for a plan that sets nothing.
    std::optional<double> completionPercent;
    /// What is still open, in words, one line each.
    QStringList open;
};

class UnitPlanProgress final
{
    Q_DECLARE_TR_FUNCTIONS(rongpei::UnitPlanProgress)

public:
    /// Every plan of `year` with where it stands on `today`, by unit; of the units `readable`
    /// only, unless nullopt.
    static QList<UnitPlanStatus> ofYear(const Database &database, int year, QDate today,
                                        const std::optional<QSet<qint64>> &readable = std::nullopt);
    static QString targetLabel(UnitPlanTarget::Kind kind);
    /// A target's value with its unit, cut (not rounded) to what is shown, so that a target not met
    /// never reads as reached: "59 %" for 59.7 %, "39.9 学时" for 39.96.
    static QString valueText(UnitPlanTarget::Kind kind, double value);
};

} // namespace rongpei
