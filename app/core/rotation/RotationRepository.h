#pragma once

#include "rotation/Rotation.h"
#include "storage/RecordRepository.h"

#include <optional>

namespace rongpei {

class Clock;

/// Rotations with their evaluations, saved together: on a ValidationError nothing is saved. A
/// rotation is refused for a cadre who was not at work when it begins, and when it shares a day
/// with another of the cadre's rotations.
class RotationRepository final : public RecordRepository
{
    Q_OBJECT

public:
    RotationRepository(Database &database, const Clock &clock, QObject *parent = nullptr);

    std::optional<Rotation> find(qint64 id) const;
    /// The rotation `id` read on `database`, unfiltered: for a reader off the GUI thread or a document.
    static std::optional<Rotation> read(const Database &database, qint64 id);
    /// The cadre's rotations, the earliest first.
    QList<Rotation> ofCadre(qint64 cadreId) const;
    /// The rotations that cover a day from `from` to `to` (every one if either is null), of the
    /// units the user may read.
    QList<Rotation> during(QDate from, QDate to) const;
    /// The same on `database`, unfiltered: for a reader connection off the GUI thread.
    static QList<Rotation> during(const Database &database, QDate from, QDate to);
    int count() const;

    qint64 add(Rotation rotation);
    void update(Rotation rotation);
    Rotation remove(qint64 id);
    void restore(const Rotation &rotation);

protected:
    /// A change of a rotation's evaluation is a change of the rotation.
    std::optional<ConcernedRecord> concernedRecord(const JournalEntry &entry) const override;

private:
    Rotation validated(const Rotation &input) const;
    qint64 insert(const Rotation &rotation, qint64 branchId, const QString &createdAt, const QString &now);
    void saveEvaluations(const Rotation &rotation, qint64 branchId, const QString &now);
    static QList<Rotation> rotationsWhere(const Database &database, const QString &filter,
                                          const QVariantList &values);
    qint64 branchOfCadre(qint64 cadreId) const;

    const Clock &m_clock;
};

} // namespace rongpei
