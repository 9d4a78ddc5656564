#pragma once

#include "common/ValidationError.h"
#include "rotation/Rotation.h"

#include <QCoreApplication>

namespace rongpei {

/// The rules a rotation's own fields must satisfy; the cadre, the mentor, the units and overlaps
/// with the cadre's other rotations are checked by RotationRepository, which knows the database.
class RotationValidator final
{
    Q_DECLARE_TR_FUNCTIONS(rongpei::RotationValidator)

public:
    static constexpr int maxPostLength = 200;
    static constexpr int maxTextLength = 4000;
    static constexpr int maxReferenceLength = 100;

    static Rotation normalized(Rotation rotation);
    static QList<FieldError> validate(const Rotation &rotation);

private:
    static void validateEvaluation(const Rotation &rotation, EvaluationStage stage,
                                   QList<FieldError> &errors);
};

} // namespace rongpei
