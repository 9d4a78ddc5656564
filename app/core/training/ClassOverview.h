#pragma once

#include "training/TrainingClass.h"
#include "training/TrainingRules.h"

#include <QHash>
#include <QList>

namespace rongpei {

class Database;

/// One class's figures, as the class list and `rongpei-cli classes` show them.
struct ClassFigures
{
    TrainingClass trainingClass;
    double hours = 0;
    TrackMix mix;
    bool oneSided = false; // meant to be joint, and one track is under the rule's share
    int completed = 0;
    int decided = 0; // completed or not completed, no longer pending
    int scored = 0;
    double meanScore = 0; // of the scored participants
    int feedbackForms = 0;
    std::optional<double> meanFeedback; // of every rating on its forms, 1–5

    /// Completed of decided, 0–100; nullopt while nobody's outcome is decided.
    std::optional<double> completionPercent() const
    {
        return decided > 0 ? std::optional<double>(100.0 * completed / decided) : std::nullopt;
    }
};

/// A participant's line on the class page: who, and where they stand.
struct ParticipantLine
{
    Enrollment enrollment;
    QString name;
    QString employeeNumber;
    QString branchName;
    Track track = Track::Operations;
    ParticipantOutcome outcome;
    QString explanation; // the outcome and why, in words
};

/// The figures of classes, from their records and the rules of the day.
class ClassOverview final
{
public:
    /// Each cadre's track, read once for the classes' participants.
    static QHash<qint64, Track> tracksOf(const Database &database, const QList<TrainingClass> &classes);
    static TrackMix mixOf(const TrainingClass &trainingClass, const QHash<qint64, Track> &tracks);
    static ClassFigures figures(const TrainingClass &trainingClass, const QHash<qint64, Track> &tracks,
                                const TrainingRules &rules, QDate today);
    /// The classes that start in `year`, with their figures, read on `database`.
    static QList<ClassFigures> ofYear(const Database &database, int year, QDate today);
    /// The classes that start from `from` to `to`, with their figures.
    static QList<ClassFigures> between(const Database &database, QDate from, QDate to, QDate today);
    /// Each participant of `trainingClass`, in the order of the list, with their outcome.
    static QList<ParticipantLine> participants(const Database &database, const TrainingClass &trainingClass,
                                               QDate today);
};

} // namespace rongpei
