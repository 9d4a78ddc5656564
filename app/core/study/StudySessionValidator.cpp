#include "study/StudySessionValidator.h"

#include "common/Localization.h"

#include <QLocale>

#include <algorithm>
#include <cmath>

namespace rongpei {

StudySession StudySessionValidator::normalized(StudySession session)
{
    session.topic = session.topic.simplified();
    session.speaker = session.speaker.simplified();
    session.location = session.location.simplified();
    session.content = session.content.trimmed();
    session.notes = session.notes.trimmed();
    session.hours = std::round(session.hours * 100) / 100;
    for (Attendance &line : session.attendance) {
        line.excuse = line.status == AttendanceStatus::Excused ? line.excuse.simplified() : QString();
    }
    return session;
}

QList<FieldError> StudySessionValidator::validate(const StudySession &session, QDate today)
{
    QList<FieldError> errors;
    if (session.kindId <= 0)
        errors.append({StudySessionField::kind, tr("Choose the kind of session.")});
    if (session.topic.isEmpty())
        errors.append({StudySessionField::topic, tr("Enter the topic.")});
    else if (session.topic.size() > maxTopicLength)
        errors.append({StudySessionField::topic,
                       tr("The topic is longer than %n characters.", nullptr, maxTopicLength)});
    if (session.content.size() > maxTextLength || session.notes.size() > maxTextLength)
        errors.append({QString(), tr("The study content and the notes may each hold at most %n characters.",
                                     nullptr, maxTextLength)});
    if (session.branchId <= 0)
        errors.append({StudySessionField::branch, tr("Choose the host branch.")});

    const QDate earliest(2000, 1, 1);
    const QDate latest = today.addYears(1);
    if (!session.date.isValid())
        errors.append({StudySessionField::date, tr("Enter the date.")});
    else if (session.date < earliest || session.date > latest)
        errors.append(
            {StudySessionField::date,
             tr("The date must lie between %1 and %2.").arg(displayDate(earliest), displayDate(latest))});
    else if (session.state == SessionState::Held && session.date > today)
        errors.append({StudySessionField::date,
                       tr("A session dated after today has not been held yet: save it as planned.")});

    if (!session.startTime.isValid() || !session.endTime.isValid())
        errors.append({StudySessionField::endTime, tr("Enter the start and end time.")});
    else if (session.endTime <= session.startTime)
        errors.append({StudySessionField::endTime, tr("The session must end after it starts.")});

    if (!(session.hours > 0) || session.hours > maxHours)
        errors.append({StudySessionField::hours,
                       tr("The hours (学时) must be more than 0 and at most %1.").arg(maxHours)});

    if (session.attendance.size() > maxRollCall)
        errors.append({StudySessionField::attendance,
                       tr("A roll call may hold at most %n people.", nullptr, maxRollCall)});
    for (const Attendance &line : session.attendance) {
        if (line.status == AttendanceStatus::Excused && line.excuse.isEmpty()) {
            errors.append({StudySessionField::attendance, tr("Enter the reason for every excused absence.")});
            break;
        }
    }
    if (session.state == SessionState::Held) {
        const auto unmarked =
            std::count_if(session.attendance.cbegin(), session.attendance.cend(),
                          [](const Attendance &line) { return line.status == AttendanceStatus::Unmarked; });
        if (unmarked > 0)
            errors.append({StudySessionField::attendance,
                           tr("%n people on the roll call are not marked yet: mark each of them (All present "
                              "marks everyone), or keep the session as planned.",
                              nullptr, static_cast<int>(unmarked))});
    }
    return errors;
}

SessionState StudySessionValidator::stateForDate(QDate date, QDate today, SessionState current,
                                                 bool plannedByDate)
{
    if (date > today)
        return SessionState::Planned;
    return plannedByDate ? SessionState::Held : current;
}

} // namespace rongpei
