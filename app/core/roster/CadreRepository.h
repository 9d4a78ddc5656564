#pragma once

#include "common/ValidationError.h"
#include "roster/Cadre.h"
#include "roster/PostHistory.h"
#include "storage/RecordRepository.h"

#include <QHash>
#include <QObject>

#include <optional>

namespace rongpei {

class Clock;
class Database;

/// The cadre roster in the database. Every change validates first and runs in one
/// transaction; on a ValidationError or DatabaseError nothing is saved.
class CadreRepository final : public RecordRepository
{
    Q_OBJECT

public:
    CadreRepository(Database &database, const Clock &clock, QObject *parent = nullptr);

    /// The whole roster in id order.
    QList<Cadre> all() const;
    /// Every cadre, read on `database`: for a reader connection off the GUI thread.
    static QList<Cadre> all(const Database &database);
    /// Name, branch, employment status and service dates of the cadres `ids` (all if empty), by id: what
    /// deciding who may be on a roll call or in a class needs.
    static QHash<qint64, Cadre> employmentOf(const Database &database, const QList<qint64> &ids);
    std::optional<Cadre> find(qint64 id) const;
    /// The cadre `id` read on `database`, unfiltered: for a reader off the GUI thread or a document.
    static std::optional<Cadre> read(const Database &database, qint64 id);
    int count() const;

    /// Validates and inserts; returns the new id. A given uuid is kept (demo data, exchange).
    qint64 add(Cadre cadre);
    /// Validates and saves every field of an existing cadre; a change of post is written to the
    /// post history in the same transaction.
    void update(Cadre cadre, const PostChange &change = {});
    /// Deletes a cadre; returns the record as it was, so the deletion can be undone.
    /// Why the cadre cannot be deleted (other records refer to them), in words; empty if they can.
    std::optional<QString> removalRefusal(qint64 id) const;
    Cadre remove(qint64 id);
    /// Puts a deleted cadre back with its original id, uuid and creation time.
    void restore(const Cadre &cadre);

private:
    Cadre validated(const Cadre &cadre) const;
    /// Inserts with cadre.id if set, else a new id; returns the id.
    qint64 insert(const Cadre &cadre, const QString &createdAt);

    const Clock &m_clock;
};

} // namespace rongpei
