#include "study/MeetingPeriod.h"

namespace rongpei {

QList<MeetingPeriod> MeetingPeriod::ofYear(MeetingFrequency frequency, int year)
{
    int months = 0;
    switch (frequency) {
    case MeetingFrequency::Monthly:
        months = 1;
        break;
    case MeetingFrequency::Quarterly:
        months = 3;
        break;
    case MeetingFrequency::HalfYearly:
        months = 6;
        break;
    case MeetingFrequency::Yearly:
        months = 12;
        break;
    case MeetingFrequency::NotRequired:
        return {};
    }
    QList<MeetingPeriod> periods;
    for (int month = 1; month <= 12; month += months) {
        const QDate start(year, month, 1);
        periods.append({start, start.addMonths(months).addDays(-1)});
    }
    return periods;
}

PeriodState MeetingPeriod::stateOf(const MeetingPeriod &period, int held, QDate today, QDate recordsStart)
{
    if (held > 0)
        return PeriodState::Held;
    if (recordsStart.isValid() && period.end < recordsStart)
        return PeriodState::BeforeRecords;
    if (today > period.end)
        return PeriodState::Missed;
    if (today >= period.start)
        return PeriodState::Due;
    return PeriodState::Upcoming;
}

} // namespace rongpei
