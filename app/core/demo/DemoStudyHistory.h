#pragma once

#include "study/StudySession.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QString>

namespace rongpei {

class DemoRandom;
class Workspace;

/// A cadre as the demo's study history sees it.
struct DemoMember
{
    qint64 id = 0;
    bool partyMember = false;
    bool committee = false; // 书记 or 委员: attends the branch committee
    QDate hiredOn;          // on roll calls from this day
    QDate leftOn;           // and until the day before this one, when set
};

/// The demo's political study: three years of 三会一课 and other sessions per branch with
/// their roll calls, some branches that miss meetings and some cadres who fall behind.
class DemoStudyHistory final
{
public:
    DemoStudyHistory(Workspace &workspace, DemoRandom &random);

    /// Adds a branch's sessions from January two years ago to today, and one planned
    /// for next month; returns the number of roll-call lines. They are saved in batches.
    int addBranch(qint64 branchId, const QList<DemoMember> &members, const QString &secretary, QDate since);
    /// Adds a committee's 中心组学习, ten a year, with its study group's roll call; returns the lines.
    int addCommittee(qint64 committeeId, const QList<DemoMember> &group, QDate since);
    /// Saves the sessions not saved yet.
    void flush();

private:
    Workspace &m_workspace;
    DemoRandom &m_random;
    QDate m_today;
    QHash<QString, qint64> m_kinds;     // code → id
    QHash<qint64, double> m_fixedHours; // kind id → 学时 of a kind counted at fixed hours
    QList<StudySession> m_pending;      // saved together: each save reads the roster once
    int m_pendingLines = 0;
};

} // namespace rongpei
