#pragma once

#include "common/ValidationError.h"
#include "storage/RecordRepository.h"
#include "training/DevelopmentPlan.h"

#include <optional>

namespace rongpei {

class Clock;

/// Cadres' yearly development plans with their category targets and required courses, saved
/// together: on a ValidationError nothing is saved. A plan is refused for a cadre who has left.
class DevelopmentPlanRepository final : public RecordRepository
{
    Q_OBJECT

public:
    static constexpr double maxHours = 1000;
    static constexpr int maxTextLength = 4000;

    DevelopmentPlanRepository(Database &database, const Clock &clock, QObject *parent = nullptr);

    std::optional<DevelopmentPlan> find(qint64 id) const;
    /// The plans of `ids` that exist, read at once.
    QList<DevelopmentPlan> findAll(const QList<qint64> &ids) const;
    /// The plan of `cadreId` for `year`, if any.
    std::optional<DevelopmentPlan> of(qint64 cadreId, int year) const;
    /// Every plan of `year` (all units), by cadre.
    static QList<DevelopmentPlan> ofYear(const Database &database, int year);
    QList<DevelopmentPlan> ofYear(int year) const;
    int count() const;

    qint64 add(DevelopmentPlan plan);
    void update(DevelopmentPlan plan);
    DevelopmentPlan remove(qint64 id);
    void restore(const DevelopmentPlan &plan);
    /// Saves many new plans at once, each validated as add() does, all or none (a branch's
    /// accepted suggestions, the demo). Returns their ids.
    QList<qint64> addAll(QList<DevelopmentPlan> plans);
    /// Deletes many plans at once, all or none (undoing addAll); returns them as they were.
    QList<DevelopmentPlan> removeAll(const QList<qint64> &ids);
    /// Puts back plans removeAll() took, all or none.
    void restoreAll(const QList<DevelopmentPlan> &plans);

protected:
    /// A change of a plan's targets or courses is a change of the plan.
    std::optional<ConcernedRecord> concernedRecord(const JournalEntry &entry) const override;

private:
    class References;
    DevelopmentPlan validated(const DevelopmentPlan &input, const References &references) const;
    qint64 insert(const DevelopmentPlan &plan, qint64 branchId, const QString &createdAt, const QString &now);
    void saveParts(qint64 planId, qint64 branchId, const DevelopmentPlan &plan, const QString &now);
    static QList<DevelopmentPlan> plansWhere(const Database &database, const QString &filter,
                                             const QVariantList &values);

    const Clock &m_clock;
};

} // namespace rongpei
