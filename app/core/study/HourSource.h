#pragma once

#include <QDate>
#include <QList>
#include <QString>

namespace rongpei {

class Database;

/// 学时 a cadre earned outside study sessions, on a day, as a kind of study.
struct HourCredit
{
    qint64 cadreId = 0;
    qint64 kindId = 0; // counted toward the requirements that count this kind
    QDate date;
    double hours = 0;
};

/// One of a cadre's records that earns 学时, as the study file lists it.
struct HourRecord
{
    QDate date; // the day its hours are earned
    QString kindName;
    QString title;
    QString organiser;
    QString outcome; // where the cadre stands, in words
    double hoursEarned = 0;
};

/// Another module's records that earn 学时 toward the hour requirements (training classes…),
/// so that one compliance view covers them all.
class HourSource
{
public:
    virtual ~HourSource() = default;
    /// The credits dated from `from` to `to`, inclusive, as the rules stand on `today`.
    virtual QList<HourCredit> credits(const Database &database, QDate from, QDate to, QDate today) const = 0;
    /// The records of one cadre, newest first.
    virtual QList<HourRecord> recordsOf(const Database &database, qint64 cadreId, QDate today) const = 0;
    /// What the records are, for a column of the study file: 培训班…
    virtual QString name() const = 0;
};

/// Every module's sources of hours besides study sessions; defined where the modules are put
/// together (app/core/Workspace.cpp, beside the repositories).
const QList<const HourSource *> &otherHourSources();

} // namespace rongpei
