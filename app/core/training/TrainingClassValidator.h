#pragma once

#include "common/ValidationError.h"
#include "training/TrainingClass.h"

#include <QCoreApplication>

namespace rongpei {

/// The rules a class's own fields, days, courses and cohort must satisfy; whether its kind, its
/// organiser, its courses and its participants exist is checked by TrainingClassRepository.
class TrainingClassValidator final
{
    Q_DECLARE_TR_FUNCTIONS(rongpei::TrainingClassValidator)

public:
    static constexpr int maxNameLength = 200;
    static constexpr int maxTextLength = 4000;
    static constexpr int maxDays = 366;
    static constexpr int maxParticipants = 2000;
    static constexpr double maxDayHours = 24;

    /// Trimmed text, days by date, rounded hours and scores; a day on leave or absent with no
    /// hours given misses the whole day, and present or late misses none.
    static TrainingClass normalized(TrainingClass trainingClass);
    static QList<FieldError> validate(const TrainingClass &trainingClass, QDate today);
};

} // namespace rongpei
