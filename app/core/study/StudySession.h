#pragma once

#include "common/DomainEnum.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QTime>

#include <array>

namespace rongpei {

/// A roll-call mark (点名).
enum class AttendanceStatus
{
    Present,
    Late,
    Excused, // 请假, with a reason
    Absent,
    Unmarked // 未点名: a planned session's line before the roll call is taken
};

/// A planned session has an expected list but no marks yet; only held sessions earn hours.
enum class SessionState
{
    Planned,
    Held
};

template <>
struct EnumTraits<AttendanceStatus>
{
    static constexpr std::array<EnumEntry<AttendanceStatus>, 5> entries{{
        {AttendanceStatus::Present, u"present", QT_TRANSLATE_NOOP("Labels", "Present")},
        {AttendanceStatus::Late, u"late", QT_TRANSLATE_NOOP("Labels", "Late")},
        {AttendanceStatus::Excused, u"excused", QT_TRANSLATE_NOOP("Labels", "Excused")},
        {AttendanceStatus::Absent, u"absent", QT_TRANSLATE_NOOP("Labels", "Absent")},
        {AttendanceStatus::Unmarked, u"unmarked", QT_TRANSLATE_NOOP("Labels", "Not marked")},
    }};
};

template <>
struct EnumTraits<SessionState>
{
    static constexpr std::array<EnumEntry<SessionState>, 2> entries{{
        {SessionState::Planned, u"planned", QT_TRANSLATE_NOOP("Labels", "Planned")},
        {SessionState::Held, u"held", QT_TRANSLATE_NOOP("Labels", "Held")},
    }};
};

/// One line of a roll call.
struct Attendance
{
    QString uuid; // kept across edits; a new line gets one when saved
    qint64 cadreId = 0;
    AttendanceStatus status = AttendanceStatus::Present;
    QString excuse; // the reason for 请假

    bool operator==(const Attendance &) const = default;
};

/// A study session (学习活动): one of the 三会一课, a lecture, a seminar… with its roll call.
struct StudySession
{
    qint64 id = 0;
    QString uuid;
    qint64 kindId = 0;
    SessionState state = SessionState::Held;
    QString topic;       // 主题
    QString content;     // 学习内容
    QString speaker;     // 主讲人
    qint64 branchId = 0; // the host branch
    QDate date;
    QTime startTime;
    QTime endTime;
    double hours = 0; // 学时
    QString location;
    QString notes;
    QList<Attendance> attendance; // in roll-call order, which the sign-in sheet keeps
    QDateTime createdAt;
    QDateTime updatedAt;

    bool operator==(const StudySession &) const = default;
};

/// Field keys used in FieldError::field for a StudySession.
namespace StudySessionField {
inline const QString kind = QStringLiteral("kind");
inline const QString topic = QStringLiteral("topic");
inline const QString branch = QStringLiteral("branch");
inline const QString date = QStringLiteral("date");
inline const QString endTime = QStringLiteral("endTime");
inline const QString hours = QStringLiteral("hours");
inline const QString attendance = QStringLiteral("attendance");
} // namespace StudySessionField

/// A session as listed on the study page: its fields without the roll call, and its counts.
struct RollCallCounts;

struct SessionSummary
{
    qint64 id = 0;
    qint64 kindId = 0;
    SessionState state = SessionState::Held;
    QString topic;
    QString speaker;
    qint64 branchId = 0;
    QDate date;
    QTime startTime;
    QTime endTime;
    double hours = 0;
    QString location;
    int expected = 0; // lines on the roll call
    int attended = 0; // present or late
    int late = 0;
    int excused = 0;
    int absent = 0;
    int unmarked = 0;
    int attachments = 0; // files attached
    bool hasMinutes = false;
    bool hasSignInSheet = false;

    /// A kind of meeting the meeting rules require of its host (三会一课), whose minutes and signed
    /// sheet an inspection asks for; self-study and online study are not.
    bool requiredMeeting = false;

    /// A required meeting held without its minutes or its signed sign-in sheet attached.
    bool lacksMinutes() const { return state == SessionState::Held && requiredMeeting && !hasMinutes; }
    bool lacksSignInSheet() const
    {
        return state == SessionState::Held && requiredMeeting && !hasSignInSheet;
    }

    /// The roll call's counts by mark (RollCall.h).
    RollCallCounts counts() const;

    bool operator==(const SessionSummary &) const = default;
};

} // namespace rongpei
