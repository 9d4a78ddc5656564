#include "study/OpeningHoursRepository.h"

#include "common/Clock.h"
#include "common/ValidationError.h"
#include "storage/Database.h"
#include "storage/RowReferences.h"
#include "storage/SqlValue.h"

#include <QSqlQuery>
#include <QVariant>

#include <cmath>

namespace rongpei {

namespace {

const QString columns = QStringLiteral("id, uuid, cadre_id, year, hours, note, created_at, updated_at");

OpeningHours balanceFrom(const QSqlQuery &query)
{
    OpeningHours b;
    b.id = query.value(0).toLongLong();
    b.uuid = query.value(1).toString();
    b.cadreId = query.value(2).toLongLong();
    b.year = query.value(3).toInt();
    b.hours = query.value(4).toDouble();
    b.note = query.value(5).toString();
    b.createdAt = QDateTime::fromString(query.value(6).toString(), Qt::ISODate);
    b.updatedAt = QDateTime::fromString(query.value(7).toString(), Qt::ISODate);
    return b;
}

} // namespace

OpeningHoursRepository::OpeningHoursRepository(Database &database, const Clock &clock, QObject *parent)
    : RecordRepository(database, QStringLiteral("opening_hours"), parent)
    , m_clock(clock)
{
    m_database.references().describe(QStringLiteral("opening_hours"), [](qint64 count) {
        return tr("%n opening balance(s) of hours", nullptr, static_cast<int>(count));
    });
}

QList<OpeningHours> OpeningHoursRepository::forCadre(qint64 cadreId) const
{
    QSqlQuery query = m_database.prepare(
        QStringLiteral("SELECT %1 FROM opening_hours WHERE cadre_id = ? ORDER BY year DESC").arg(columns));
    query.addBindValue(cadreId);
    m_database.exec(query);
    QList<OpeningHours> result;
    while (query.next())
        result.append(balanceFrom(query));
    return result;
}

std::optional<OpeningHours> OpeningHoursRepository::find(qint64 id) const
{
    QSqlQuery query =
        m_database.prepare(QStringLiteral("SELECT %1 FROM opening_hours WHERE id = ?").arg(columns));
    query.addBindValue(id);
    m_database.exec(query);
    return query.next() ? std::optional(balanceFrom(query)) : std::nullopt;
}

QHash<qint64, double> OpeningHoursRepository::totals(const Database &database, int firstYear, int lastYear)
{
    QSqlQuery query = database.prepare(QStringLiteral(
        "SELECT cadre_id, sum(hours) FROM opening_hours WHERE year BETWEEN ? AND ? GROUP BY cadre_id"));
    query.addBindValue(firstYear);
    query.addBindValue(lastYear);
    database.exec(query);
    QHash<qint64, double> totals;
    while (query.next())
        totals.insert(query.value(0).toLongLong(), query.value(1).toDouble());
    return totals;
}

void OpeningHoursRepository::validate(const OpeningHours &balance) const
{
    QList<FieldError> errors;
    const int thisYear = m_clock.today().year();
    if (balance.year < 1990 || balance.year > thisYear)
        errors.append({OpeningHoursField::year, tr("Choose a year from 1990 to %1.").arg(thisYear)});
    if (!(balance.hours > 0) || balance.hours > maxHours || !std::isfinite(balance.hours))
        errors.append(
            {OpeningHoursField::hours, tr("Enter more than 0 and at most %1 hours.").arg(maxHours)});
    if (balance.note.trimmed().isEmpty())
        errors.append(
            {OpeningHoursField::note,
             tr("Say where the hours come from, e.g. a training certificate or the paper records.")});
    QSqlQuery cadre = m_database.prepare(QStringLiteral("SELECT count(*) FROM cadre WHERE id = ?"));
    cadre.addBindValue(balance.cadreId);
    if (m_database.scalar(cadre).toInt() == 0)
        errors.append({QString(), tr("The cadre is no longer in the roster; refresh and try again.")});
    QSqlQuery same = m_database.prepare(
        QStringLiteral("SELECT count(*) FROM opening_hours WHERE cadre_id = ? AND year = ? AND id <> ?"));
    same.addBindValue(balance.cadreId);
    same.addBindValue(balance.year);
    same.addBindValue(balance.id);
    if (m_database.scalar(same).toInt() > 0)
        errors.append(
            {OpeningHoursField::year,
             tr("The cadre already has opening hours for %1; edit those instead.").arg(balance.year)});
    if (!errors.isEmpty())
        throw ValidationError(errors);
}

void OpeningHoursRepository::write(const OpeningHours &balance, bool inserting, const QString &createdAt)
{
    QSqlQuery query = m_database.prepare(
        inserting
            ? QStringLiteral("INSERT INTO opening_hours (cadre_id, branch_id, year, hours, note, updated_at, "
                             "id, uuid, created_at) VALUES (?, (SELECT branch_id FROM cadre WHERE id = ?), "
                             "?, ?, ?, ?, ?, ?, ?)")
            : QStringLiteral(
                  "UPDATE opening_hours SET cadre_id = ?, branch_id = (SELECT branch_id FROM cadre "
                  "WHERE id = ?), year = ?, hours = ?, note = ?, updated_at = ? WHERE id = ?"));
    // The balance belongs to the cadre's branch, like every record, for scoping and exchange.
    query.addBindValue(balance.cadreId);
    query.addBindValue(balance.cadreId);
    query.addBindValue(balance.year);
    query.addBindValue(std::round(balance.hours * 100) / 100);
    query.addBindValue(balance.note.trimmed());
    query.addBindValue(m_clock.timestamp());
    query.addBindValue(SqlValue::optionalId(balance.id));
    if (inserting) {
        query.addBindValue(SqlValue::uuidOrNew(balance.uuid));
        query.addBindValue(createdAt);
    }
    m_database.exec(query);
}

qint64 OpeningHoursRepository::add(OpeningHours balance)
{
    Transaction transaction(m_database);
    balance.id = 0;
    validate(balance);
    write(balance, true, m_clock.timestamp());
    QSqlQuery last = m_database.prepare(QStringLiteral("SELECT last_insert_rowid()"));
    const qint64 id = m_database.scalar(last).toLongLong();
    notifyAdded(id);
    transaction.commit();
    return id;
}

void OpeningHoursRepository::update(const OpeningHours &balance)
{
    Transaction transaction(m_database);
    if (!find(balance.id))
        throw ValidationError(tr("These opening hours were deleted meanwhile; refresh and try again."));
    validate(balance);
    write(balance, false, QString());
    notifyChanged(balance.id);
    transaction.commit();
}

OpeningHours OpeningHoursRepository::remove(qint64 id)
{
    Transaction transaction(m_database);
    const std::optional<OpeningHours> balance = find(id);
    if (!balance)
        throw ValidationError(tr("These opening hours were deleted meanwhile; refresh and try again."));
    QSqlQuery query = m_database.prepare(QStringLiteral("DELETE FROM opening_hours WHERE id = ?"));
    query.addBindValue(id);
    m_database.exec(query);
    notifyRemoved(id);
    transaction.commit();
    return *balance;
}

void OpeningHoursRepository::restore(const OpeningHours &balance)
{
    Transaction transaction(m_database);
    if (find(balance.id))
        throw ValidationError(tr("These opening hours are already there."));
    validate(balance);
    write(balance, true,
          balance.createdAt.isValid() ? balance.createdAt.toUTC().toString(Qt::ISODate)
                                      : m_clock.timestamp());
    notifyAdded(balance.id);
    transaction.commit();
}

} // namespace rongpei
