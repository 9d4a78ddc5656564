#pragma once

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

/// 学习档案: a cadre's study record.
struct StudyFile
{
    QList<StudyFileEntry> entries; // newest first
    QMap<int, double> hoursByYear;
    QMap<int, QMap<QString, double>> hoursByYearAndKind;
    int rollCalls = 0; // held sessions the cadre was expected at
    int attended = 0;  // present or late

    /// Attended roll calls as a share of all, 0–1; 0 without any.
    double attendanceRate() const { return rollCalls > 0 ? double(attended) / rollCalls : 0; }

    /// Reads the study file of one cadre.
    static StudyFile load(const Database &database, qint64 cadreId);
};

} // namespace rongpei
