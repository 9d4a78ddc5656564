#include "rotation/Rotation.h"

namespace rongpei {

RotationStatus Rotation::status(QDate today) const
{
    if (cancelled)
        return RotationStatus::Cancelled;
    if (today < firstDay())
        return RotationStatus::Planned;
    if (today <= lastDay())
        return RotationStatus::Ongoing;
    return actualEnd.isValid() && actualEnd < scheduledEnd() ? RotationStatus::EndedEarly
                                                             : RotationStatus::Completed;
}

RotationDirection Rotation::direction() const
{
    const Track to = toTrack.value_or(fromTrack);
    if (fromTrack == to)
        return RotationDirection::SameTrack;
    return fromTrack == Track::Party ? RotationDirection::PartyToOperations
                                     : RotationDirection::OperationsToParty;
}

bool Rotation::evaluationOverdue(EvaluationStage stage, QDate today) const
{
    const RotationStatus now = status(today);
    if (now == RotationStatus::Cancelled || now == RotationStatus::Planned || finalEvaluation)
        return false;
    if (stage == EvaluationStage::Final)
        return today > lastDay().addDays(finalEvaluationGraceDays);
    const qint64 scheduledDays = firstDay().daysTo(scheduledEnd()) + 1;
    if (midTermEvaluation || scheduledDays < midTermMinimumDays || now != RotationStatus::Ongoing)
        return false;
    return today > firstDay().addDays(scheduledDays / 2);
}

} // namespace rongpei
