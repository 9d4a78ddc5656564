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

    /// The state a session takes when its date becomes `date`: a date after today can only be
    /// planned; a session that only its date had made planned (`plannedByDate`) is held again
    /// once the date is not after today. Any other state stays as the clerk chose it.
    static SessionState stateForDate(QDate date, QDate today, SessionState current, bool plannedByDate);
};

} // namespace rongpei
