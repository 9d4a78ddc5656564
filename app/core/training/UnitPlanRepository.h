#pragma once

#include "storage/RecordRepository.h"
#include "training/UnitPlan.h"

#include <optional>

namespace rongpei {

class Clock;

/// The organisations' yearly training plans with their items, saved together: on a
/// ValidationError nothing is saved. One plan per unit and year.
class UnitPlanRepository final : public RecordRepository
{
    Q_OBJECT

public:
    static constexpr int maxItems = 200;
    static constexpr int maxTitleLength = 200;
    static constexpr int maxNotesLength = 4000;

    UnitPlanRepository(Database &database, const Clock &clock, QObject *parent = nullptr);

    std::optional<UnitPlan> find(qint64 id) const;
    /// The plans of `year`, of every unit, by unit.
    static QList<UnitPlan> ofYear(const Database &database, int year);
    QList<UnitPlan> ofYear(int year) const;

    qint64 add(UnitPlan plan);
    void update(UnitPlan plan);
    UnitPlan remove(qint64 id);
    void restore(const UnitPlan &plan);

protected:
    /// A change of a plan's items is a change of the plan.
    std::optional<ConcernedRecord> concernedRecord(const JournalEntry &entry) const override;

private:
    void validate(const UnitPlan &plan) const;
    void insert(UnitPlan &plan, const QString &createdAt, const QString &now);
    void saveItems(const UnitPlan &plan, const QString &now);
    static QList<UnitPlan> plansWhere(const Database &database, const QString &filter,
                                      const QVariantList &values);

    const Clock &m_clock;
};

} // namespace rongpei
