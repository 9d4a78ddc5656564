#pragma once

#include "storage/RecordRepository.h"
#include "training/TrainingClass.h"
#include "training/TrainingRules.h"

#include <QVariant>

#include <optional>

namespace rongpei {

class Clock;

/// Training classes with their courses, days, cohort and marks, saved together in one
/// transaction: on a ValidationError or DatabaseError nothing is saved.
class TrainingClassRepository final : public RecordRepository
{
    Q_OBJECT

public:
    TrainingClassRepository(Database &database, const Clock &clock, QObject *parent = nullptr);

    std::optional<TrainingClass> find(qint64 id) const;
    /// The classes that start from `from` to `to`, inclusive, by start, with everything they hold.
    QList<TrainingClass> startingBetween(QDate from, QDate to) const;
    static QList<TrainingClass> startingBetween(const Database &database, QDate from, QDate to);
    /// The classes that end from `from` to `to`: those whose hours fall in the period.
    static QList<TrainingClass> endingBetween(const Database &database, QDate from, QDate to);
    /// The classes `cadreId` takes part in.
    static QList<TrainingClass> ofCadre(const Database &database, qint64 cadreId);
    int count() const;

    qint64 add(TrainingClass trainingClass);
    void update(TrainingClass trainingClass);
    TrainingClass remove(qint64 id);
    void restore(const TrainingClass &trainingClass);
    /// Saves many new classes at once, validated as add() does (the demo generator).
    void addAll(QList<TrainingClass> classes);

    TrainingRules rules() const;
    static TrainingRules rules(const Database &database);
    void updateRules(const TrainingRules &rules);

signals:
    /// The training rules were changed here.
    void rulesChanged();

protected:
    /// A change of a class's courses, days, cohort or marks is a change of the class.
    std::optional<ConcernedRecord> concernedRecord(const JournalEntry &entry) const override;

private:
    class References;
    TrainingClass validated(const TrainingClass &input, const TrainingClass *stored,
                            const References &references) const;
    void insertClass(TrainingClass &trainingClass, const QString &createdAt, const QString &now);
    void saveParts(const TrainingClass &trainingClass, const TrainingClass *stored, const QString &now);
    static QList<TrainingClass> classesWhere(const Database &database, const QString &filter,
                                             const QVariantList &values);

    const Clock &m_clock;
};

} // namespace rongpei
