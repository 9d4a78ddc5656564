#pragma once

#include "common/ValidationError.h"
#include "study/StudySession.h"

#include <QCoreApplication>

namespace rongpei {

/// The rules a session's own fields must satisfy; the kind, the branch and the cadres
/// on the roll call are checked by StudySessionRepository, which knows the database.
class StudySessionValidator final
{
    Q_DECLARE_TR_FUNCTIONS(rongpei::StudySessionValidator)

public:
    static constexpr int maxTopicLength = 200;
    static constexpr int maxTextLength = 4000;
    static constexpr double maxHours = 24;
    static constexpr int maxRollCall = 5000;

    static StudySession normalized(StudySession session);
    static QList<FieldError> validate(const StudySession &session, QDate today);
};

} // namespace rongpei
