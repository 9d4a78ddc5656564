#pragma once

#include "storage/RecordRepository.h"
#include "study/OpeningHours.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>

#include <optional>

namespace rongpei {

class Clock;

/// The opening balances of hours. Rule violations throw ValidationError, storage failures
/// DatabaseError; either way nothing is saved.
class OpeningHoursRepository final : public RecordRepository
{
    Q_OBJECT

public:
    static constexpr double maxHours = 2000;

    OpeningHoursRepository(Database &database, const Clock &clock, QObject *parent = nullptr);

    /// One cadre's, newest year first.
    QList<OpeningHours> forCadre(qint64 cadreId) const;
    std::optional<OpeningHours> find(qint64 id) const;
    /// Hours per cadre in the years from `firstYear` to `lastYear`, read on `database`.
    static QHash<qint64, double> totals(const Database &database, int firstYear, int lastYear);

    qint64 add(OpeningHours balance);
    void update(const OpeningHours &balance);
    OpeningHours remove(qint64 id);
    /// Puts a removed balance back with its id, uuid and creation time.
    void restore(const OpeningHours &balance);

private:
    void validate(const OpeningHours &balance) const;
    void write(const OpeningHours &balance, bool inserting, const QString &createdAt);

    const Clock &m_clock;
};

} // namespace rongpei
