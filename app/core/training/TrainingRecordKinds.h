#pragma once

#include "history/RecordKind.h"

#include <QCoreApplication>

namespace rongpei {

/// The course, the training class, the development plan and the yearly training plan as their
/// histories, the audit trail and the recycle bin show them.
class TrainingRecordKinds final
{
    Q_DECLARE_TR_FUNCTIONS(rongpei::TrainingRecordKinds)

public:
    static RecordKind course();
    /// A class with the changes of its courses, days, cohort and scores.
    static RecordKind trainingClass();
    /// A cadre's plan with its category targets and required courses; named by its cadre.
    static RecordKind developmentPlan();
    /// A unit's yearly plan with its items; named by its unit.
    static RecordKind unitPlan();
};

} // namespace rongpei
