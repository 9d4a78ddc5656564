#pragma once

#include "study/StudyRules.h"

#include <QDate>
#include <QList>

namespace rongpei {

/// Where a required meeting stands for one period.
enum class PeriodState
{
    Held,    // at least one held session of the kind in the period
    Missed,  // the period is over without one
    Due,     // the period is running and none has been held yet
    Upcoming // the period has not begun
};

template <>
struct EnumTraits<PeriodState>
{
    static constexpr std::array<EnumEntry<PeriodState>, 4> entries{{
        {PeriodState::Held, u"held", QT_TRANSLATE_NOOP("Labels", "Convened")},
        {PeriodState::Missed, u"missed", QT_TRANSLATE_NOOP("Labels", "Missed")},
        {PeriodState::Due, u"due", QT_TRANSLATE_NOOP("Labels", "Due")},
        {PeriodState::Upcoming, u"upcoming", QT_TRANSLATE_NOOP("Labels", "Upcoming")},
    }};
};

/// One month, quarter, half-year or year in which a meeting is required.
struct MeetingPeriod
{
    QDate start;
    QDate end; // inclusive

    bool contains(QDate date) const { return date >= start && date <= end; }
    bool operator==(const MeetingPeriod &) const = default;

    /// The periods of `year` for a frequency; none for NotRequired.
    static QList<MeetingPeriod> ofYear(MeetingFrequency frequency, int year);
    /// The state of a period as of `today`, given how many meetings were held in it.
    static PeriodState stateOf(const MeetingPeriod &period, int held, QDate today);
};

} // namespace rongpei
