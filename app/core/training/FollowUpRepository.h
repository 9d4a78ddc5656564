#pragma once

#include "storage/RecordRepository.h"
#include "training/Feedback.h"
#include "training/TrainingClass.h"

#include <QCoreApplication>

#include <optional>

namespace rongpei {

class Clock;

/// A follow-up a participant is owed: who completed which off-the-job class, when their
/// supervisor's rating falls due, and the rating once given.
struct FollowUpLine
{
    qint64 classId = 0;
    QString className;
    qint64 organiserId = 0; // the class's unit
    QDate classEndedOn;
    qint64 cadreId = 0;
    QString cadreName;
    QString employeeNumber;
    QString branchName;
    qint64 branchId = 0; // the participant's
    QDate dueOn;
    std::optional<FollowUp> followUp; // none while pending

    bool pending(QDate today) const { return !followUp && dueOn <= today; }
};

/// The follow-up (行为层) evaluations: for every participant who completed an off-the-job
/// class, a supervisor's 1–5 rating of on-the-job application, due a set number of days after.
class FollowUpRepository final : public RecordRepository
{
    Q_OBJECT

public:
    FollowUpRepository(Database &database, const Clock &clock, QObject *parent = nullptr);

    /// Every follow-up owed for the off-the-job classes that ended from `from` to `to`, due or
    /// not, rated or not: by due date, then class and list order.
    QList<FollowUpLine> lines(QDate from, QDate to) const;
    static QList<FollowUpLine> lines(const Database &database, QDate from, QDate to, QDate today);

    /// Records or replaces the rating of a participant's follow-up; returns its id.
    qint64 rate(FollowUp followUp);
    /// Takes a rating back; returns what it was, for undo.
    FollowUp remove(qint64 id);

private:
    const Clock &m_clock;
};

} // namespace rongpei
