#pragma once

#include "common/ValidationError.h"
#include "study/StudyRules.h"

#include <QObject>
#include <QSet>
#include <QSqlQuery>

namespace rongpei {

class Clock;
class Database;

/// The data that study is measured by: kinds of session, hour conversions, hour
/// requirements, 三会一课 frequencies and which roll-call marks earn hours. Each save
/// adds a record with id 0 and updates any other; refusals throw ValidationError.
class StudyRuleRepository final : public QObject
{
    Q_OBJECT

public:
    StudyRuleRepository(Database &database, const Clock &clock, QObject *parent = nullptr);

    QList<StudyKind> kinds() const;
    qint64 saveKind(StudyKind kind);
    void removeKind(qint64 id);

    QList<HourConversion> conversions() const;
    qint64 saveConversion(HourConversion conversion);
    void removeConversion(qint64 id);

    QList<HourRequirement> requirements() const;
    /// The same, read by services that hold only the database.
    static QList<HourRequirement> requirementsIn(const Database &database);
    qint64 saveRequirement(HourRequirement requirement);
    void removeRequirement(qint64 id);

    QList<MeetingRule> meetingRules() const;
    qint64 saveMeetingRule(MeetingRule rule);
    void removeMeetingRule(qint64 id);

    QSet<AttendanceStatus> earningStatuses() const;
    static QSet<AttendanceStatus> earningStatusesIn(const Database &database);
    void setEarningStatuses(const QSet<AttendanceStatus> &statuses);

signals:
    /// Any rule changed; pages that measure against the rules recompute.
    void rulesChanged();

private:
    /// Runs an insert or update, turning a uniqueness conflict into `duplicate`; returns the id.
    qint64 write(QSqlQuery &query, qint64 id, const QString &duplicate);
    void removeFrom(const QString &table, qint64 id, const QString &inUse);
    void changed();

    Database &m_database;
    const Clock &m_clock;
};

} // namespace rongpei
