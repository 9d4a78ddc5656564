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

    /// Completed of decided, 0–100; nullopt while nobody's outcome is decided.
    std::optional<double> completionPercent() const
    {
        return decided > 0 ? std::optional<double>(100.0 * completed / decided) : std::nullopt;
    }
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
};

} // namespace rongpei
