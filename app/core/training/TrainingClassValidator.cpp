#include "training/TrainingClassValidator.h"

#include "common/Localization.h"

#include <QLocale>
#include <QSet>

#include <algorithm>
#include <cmath>

namespace rongpei {

namespace {

double rounded(double value)
{
    return std::round(value * 100) / 100;
}

bool missesHours(AttendanceStatus status)
{
    return status == AttendanceStatus::Excused || status == AttendanceStatus::Absent;
}

} // namespace

TrainingClass TrainingClassValidator::normalized(TrainingClass c)
{
    c.name = c.name.simplified();
    c.location = c.location.simplified();
    c.notes = c.notes.trimmed();
    if (c.passMark)
        c.passMark = rounded(*c.passMark);
    std::sort(c.days.begin(), c.days.end(),
              [](const ClassDay &a, const ClassDay &b) { return a.date < b.date; });
    QHash<QDate, double> hoursOf;
    for (ClassDay &day : c.days) {
        day.hours = rounded(day.hours);
        hoursOf.insert(day.date, day.hours);
    }
    for (Enrollment &participant : c.enrollments) {
        if (participant.score)
            participant.score = rounded(*participant.score);
        for (auto mark = participant.marks.begin(); mark != participant.marks.end();) {
            // A day taken out of the class takes its marks with it.
            if (mark->status == AttendanceStatus::Unmarked || !hoursOf.contains(mark.key())) {
                mark = participant.marks.erase(mark);
                continue;
            }
            if (!missesHours(mark->status)) {
                mark->missedHours = 0;
                mark->excuse.clear();
            } else {
                mark->missedHours = rounded(mark->missedHours);
                if (mark->missedHours <= 0)
                    mark->missedHours = hoursOf.value(mark.key());
                mark->excuse =
                    mark->status == AttendanceStatus::Excused ? mark->excuse.simplified() : QString();
            }
            ++mark;
        }
    }
    return c;
}

QList<FieldError> TrainingClassValidator::validate(const TrainingClass &c, QDate today)
{
    QList<FieldError> errors;
    if (c.name.isEmpty())
        errors.append({TrainingClassField::name, tr("Enter the name of the class.")});
    else if (c.name.size() > maxNameLength)
        errors.append(
            {TrainingClassField::name, tr("The name is longer than %n characters.", nullptr, maxNameLength)});
    if (c.notes.size() > maxTextLength || c.location.size() > maxNameLength)
        errors.append({QString(), tr("The notes may hold at most %n characters.", nullptr, maxTextLength)});
    if (c.kindId <= 0)
        errors.append({TrainingClassField::kind, tr("Choose the kind of study the class counts as.")});
    if (c.branchId <= 0)
        errors.append({TrainingClassField::branch, tr("Choose the organiser.")});

    const QDate earliest(2000, 1, 1);
    const QDate latest = today.addYears(2);
    if (!c.startsOn.isValid() || !c.endsOn.isValid())
        errors.append({TrainingClassField::endsOn, tr("Enter the first and the last day.")});
    else if (c.startsOn < earliest || c.endsOn > latest)
        errors.append(
            {TrainingClassField::startsOn,
             tr("The class must lie between %1 and %2.").arg(displayDate(earliest), displayDate(latest))});
    else if (c.endsOn < c.startsOn)
        errors.append({TrainingClassField::endsOn, tr("The class cannot end before it starts.")});

    if (c.capacity < 0)
        errors.append({TrainingClassField::capacity, tr("The capacity cannot be negative.")});
    else if (c.capacity > 0 && c.enrollments.size() > c.capacity)
        errors.append({TrainingClassField::capacity,
                       tr("The class has %1 participants, more than its capacity of %2: raise the capacity "
                          "or remove participants.")
                           .arg(c.enrollments.size())
                           .arg(c.capacity)});
    if (c.passMark && (*c.passMark < 0 || *c.passMark > 100))
        errors.append({TrainingClassField::passMark, tr("The pass mark must lie between 0 and 100.")});

    if (QSet<qint64>(c.courseIds.cbegin(), c.courseIds.cend()).size() != c.courseIds.size())
        errors.append({TrainingClassField::courses, tr("A course is in the class twice.")});

    QSet<QDate> days;
    if (c.days.isEmpty())
        errors.append({TrainingClassField::days, tr("Add the days the class meets.")});
    else if (c.days.size() > maxDays)
        errors.append({TrainingClassField::days, tr("A class meets on at most %n days.", nullptr, maxDays)});
    QHash<QDate, double> hoursOf;
    for (const ClassDay &day : c.days) {
        if (!day.date.isValid() || days.contains(day.date)) {
            errors.append({TrainingClassField::days, tr("Each day of the class may be listed once.")});
            break;
        }
        days.insert(day.date);
        hoursOf.insert(day.date, day.hours);
        if (c.startsOn.isValid() && c.endsOn.isValid() && (day.date < c.startsOn || day.date > c.endsOn)) {
            errors.append({TrainingClassField::days,
                           tr("%1 lies outside the class's dates.").arg(displayDate(day.date))});
            break;
        }
        if (!(day.hours > 0) || day.hours > maxDayHours) {
            errors.append({TrainingClassField::days, tr("The hours of %1 must be more than 0 and at most %2.")
                                                         .arg(displayDate(day.date))
                                                         .arg(maxDayHours)});
            break;
        }
    }

    if (c.enrollments.size() > maxParticipants)
        errors.append({TrainingClassField::participants,
                       tr("A class takes at most %n participants.", nullptr, maxParticipants)});
    for (int row = 0; row < c.enrollments.size(); ++row) {
        const Enrollment &participant = c.enrollments.at(row);
        if (participant.score && (*participant.score < 0 || *participant.score > 100)) {
            errors.append({TrainingClassField::participants,
                           tr("Line %1: the score must lie between 0 and 100.").arg(row + 1)});
            break;
        }
        if (participant.score && !c.passMark) {
            errors.append(
                {TrainingClassField::participants,
                 tr("Line %1: the class is not assessed; set a pass mark to record scores.").arg(row + 1)});
            break;
        }
        bool refused = false;
        for (auto mark = participant.marks.cbegin(); mark != participant.marks.cend() && !refused; ++mark) {
            refused = true;
            if (!hoursOf.contains(mark.key()))
                errors.append(
                    {TrainingClassField::participants,
                     tr("Line %1: %2 is not a day of the class.").arg(row + 1).arg(displayDate(mark.key()))});
            else if (mark.key() > today)
                errors.append({TrainingClassField::participants,
                               tr("Line %1: %2 has not come yet and cannot be marked.")
                                   .arg(row + 1)
                                   .arg(displayDate(mark.key()))});
            else if (mark->missedHours > hoursOf.value(mark.key()) + 1e-9)
                errors.append(
                    {TrainingClassField::participants,
                     tr("Line %1: %2 hours missed on %3, a day of %4 hours.")
                         .arg(row + 1)
                         .arg(QLocale().toString(mark->missedHours, 'g', 6), displayDate(mark.key()),
                              QLocale().toString(hoursOf.value(mark.key()), 'g', 6))});
            else
                refused = false;
        }
        if (refused)
            break;
    }
    return errors;
}

} // namespace rongpei
