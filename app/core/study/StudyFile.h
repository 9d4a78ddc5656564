#pragma once

#include "study/HourSource.h"
#include "study/StudySession.h"

#include <QList>
#include <QMap>

namespace rongpei {

class Database;

/// One roll call a cadre was on.
struct StudyFileEntry
{
    qint64 sessionId = 0;
    QDate date;
    QString kindName;
    QString topic;
    QString branchName;
    SessionState state = SessionState::Held;
    AttendanceStatus status = AttendanceStatus::Present;
    double hoursEarned = 0;
};

/// One of a cadre's records from another source: a training class…
struct StudyFileRecord
{
    QString source; // 培训班…
    HourRecord record;
};

/// 学习档案: a cadre's study record: the roll calls they were on and the other records that earn
/// 学时, with the hours of both by year, by kind and by source.
struct StudyFile
{
    QList<StudyFileEntry> entries;       // newest first
    QList<StudyFileRecord> otherRecords; // newest first
    QMap<int, double> hoursByYear;
    QMap<int, QMap<QString, double>> hoursByYearAndKind;
    QMap<int, QMap<QString, double>> hoursByYearAndSource; // study sessions and each other source
    int rollCalls = 0;                                     // held sessions the cadre was expected at
    int attended = 0;                                      // present or late

    /// Attended roll calls as a share of all, 0–1; 0 without any.
    double attendanceRate() const { return rollCalls > 0 ? double(attended) / rollCalls : 0; }

    /// Reads the study file of one cadre as of `today`.
    static StudyFile load(const Database &database, qint64 cadreId, QDate today,
                          const QList<const HourSource *> &sources = otherHourSources());
    /// The name of study sessions as a source of hours.
    static QString sessionsSource();
};

} // namespace rongpei
