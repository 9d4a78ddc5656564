#pragma once

#include "history/RecordKind.h"

#include <QCoreApplication>

namespace rongpei {

/// The course and the training class as their histories show them.
class TrainingRecordKinds final
{
    Q_DECLARE_TR_FUNCTIONS(rongpei::TrainingRecordKinds)

public:
    static RecordKind course();
    /// A class with the changes of its courses, days, cohort and scores.
    static RecordKind trainingClass();
};

} // namespace rongpei
