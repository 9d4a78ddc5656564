#pragma once

#include "study/StudyRules.h"

#include <QDate>
#include <QList>

namespace rongpei {

/// Where a required meeting stands for one period.
enum class PeriodState
{
    Held,         // at least one held session of the kind in the period
    Missed,       // the period is over without one
    Due,          // the period is running and none has been held yet
    Upcoming,     // the period has not begun
    BeforeRecords // the period ended before the branch's records start (启用日期): not counted
};

template <>
struct EnumTraits<PeriodState>
{
    static constexpr std::array<EnumEntry<PeriodState>, 5> entries{{
        {PeriodState::Held, u"held", QT_TRANSLATE_NOOP("Labels", "Convened")},
        {PeriodState::Missed, u"missed", QT_TRANSLATE_NOOP("Labels", "Missed")},
        {PeriodState::Due, u"due", QT_TRANSLATE_NOOP("Labels", "Due")},
        {PeriodState::Upcoming, u"upcoming", QT_TRANSLATE_NOOP("Labels", "Upcoming")},
        {PeriodState::BeforeRecords, u"before_records",
         QT_TRANSLATE_NOOP("Labels", "Before the records start")},
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
    /// The state of a period as of `today`, given how many meetings were held in it and the day
    /// the branch's records start (a period over before it is not counted; invalid: no such day).
    static PeriodState stateOf(const MeetingPeriod &period, int held, QDate today, QDate recordsStart = {});
};

} // namespace rongpei
