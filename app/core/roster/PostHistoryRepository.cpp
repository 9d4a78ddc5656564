#include "roster/PostHistoryRepository.h"

#include "common/Clock.h"
#include "common/ValidationError.h"
#include "organization/Organization.h"
#include "storage/BulkRead.h"
#include "storage/Database.h"
#include "storage/RowReferences.h"
#include "storage/SqlList.h"
#include "storage/SqlValue.h"

#include <QHash>
#include <QLocale>
#include <QSqlQuery>

namespace rongpei {

namespace {

// Column order shared by reads and writes; recordFrom() and bindFields() follow it.
const QString postColumns =
    QStringLiteral("id, uuid, cadre_id, effective_on, held_branch_id, department_id, unit_name, post, level, "
                   "source, rotation_id, notes, created_at, updated_at");
// Oldest first; the row held since an unrecorded day before every dated one.
const QString postOrder = QStringLiteral("ORDER BY cadre_id, effective_on IS NOT NULL, effective_on, id");

PostRecord recordFrom(const BulkRead &row)
{
    PostRecord r;
    r.id = row.integer(0);
    r.uuid = row.text(1);
    r.cadreId = row.integer(2);
    r.effectiveOn = row.date(3);
    r.heldBranchId = row.integer(4);
    r.departmentId = row.integer(5);
    r.unitName = row.text(6);
    r.post = row.text(7);
    r.level = enumFromCode<CadreLevel>(row.text(8)).value_or(CadreLevel::Grassroots);
    r.source = enumFromCode<PostSource>(row.text(9)).value_or(PostSource::Manual);
    r.rotationId = row.integer(10);
    r.notes = row.text(11);
    r.createdAt = row.dateTime(12);
    r.updatedAt = row.dateTime(13);
    return r;
}

/// Binds effective_on to notes, in column order.
void bindFields(QSqlQuery &query, const PostRecord &r)
{
    query.addBindValue(SqlValue::date(r.effectiveOn));
    query.addBindValue(SqlValue::optionalId(r.heldBranchId));
    query.addBindValue(SqlValue::optionalId(r.departmentId));
    query.addBindValue(SqlValue::text(r.unitName));
    query.addBindValue(SqlValue::text(r.post));
    query.addBindValue(enumCode(r.level));
    query.addBindValue(enumCode(r.source));
    query.addBindValue(SqlValue::optionalId(r.rotationId));
    query.addBindValue(SqlValue::text(r.notes));
}

QList<PostRecord> recordsWhere(const Database &database, const QString &filter, qint64 value)
{
    BulkRead rows(
        database,
        QStringLiteral("SELECT %1 FROM post_history %2 %3")
            .arg(postColumns, filter.isEmpty() ? QString() : QStringLiteral("WHERE ") + filter, postOrder));
    if (!filter.isEmpty())
        rows.bind(1, value);
    QList<PostRecord> records;
    while (rows.next())
        records.append(recordFrom(rows));
    return records;
}

void updateRow(Database &database, const PostRecord &record, const QString &now)
{
    QSqlQuery query = database.prepare(QStringLiteral(
        "UPDATE post_history SET effective_on = ?, held_branch_id = ?, department_id = ?, unit_name = ?, "
        "post = ?, level = ?, source = ?, rotation_id = ?, notes = ?, updated_at = ? WHERE id = ?"));
    bindFields(query, record);
    query.addBindValue(now);
    query.addBindValue(record.id);
    database.exec(query);
}

void deleteRow(Database &database, qint64 id)
{
    QSqlQuery query = database.prepare(QStringLiteral("DELETE FROM post_history WHERE id = ?"));
    query.addBindValue(id);
    database.exec(query);
}

} // namespace

PostHistoryRepository::PostHistoryRepository(Database &database, const Clock &clock, QObject *parent)
    : RecordRepository(database, QStringLiteral("post_history"), parent)
    , m_clock(clock)
{
    m_database.references().describe(QStringLiteral("post_history"), [](qint64 count) {
        return tr("%n posts of a post history", nullptr, static_cast<int>(count));
    });
}

std::optional<PostRecord> PostHistoryRepository::find(qint64 id) const
{
    const QList<PostRecord> found = recordsWhere(m_database, QStringLiteral("id = ?"), id);
    if (found.isEmpty())
        return std::nullopt;
    requireReadable(branchOfCadre(found.first().cadreId));
    return found.first();
}

QList<PostRecord> PostHistoryRepository::of(qint64 cadreId) const
{
    requireReadable(branchOfCadre(cadreId));
    return recordsWhere(m_database, QStringLiteral("cadre_id = ?"), cadreId);
}

QHash<qint64, QList<PostRecord>> PostHistoryRepository::ofAll(const Database &database)
{
    QHash<qint64, QList<PostRecord>> byCadre;
    for (PostRecord &record : recordsWhere(database, {}, 0))
        byCadre[record.cadreId].append(std::move(record));
    return byCadre;
}

qint64 PostHistoryRepository::branchOfCadre(qint64 cadreId) const
{
    QSqlQuery query = m_database.prepare(QStringLiteral("SELECT branch_id FROM cadre WHERE id = ?"));
    query.addBindValue(cadreId);
    return m_database.scalar(query).toLongLong();
}

/// What validation needs to know of the database, read once per save.
class PostHistoryRepository::References
{
public:
    QHash<qint64, qint64> branchOfCadre;
    QHash<qint64, std::pair<QString, qint64>> units;     // kind code and branch of every unit
    QHash<std::pair<qint64, QString>, qint64> postOfDay; // (cadre, day or "") → the post's id

    References(const Database &database, const QList<PostRecord> &records)
    {
        QList<qint64> cadres;
        for (const PostRecord &record : records)
            cadres.append(record.cadreId);
        QSqlQuery branches = database.prepare(QStringLiteral("SELECT id, branch_id FROM cadre WHERE id IN ") +
                                              SqlList::values());
        branches.addBindValue(SqlList::bound(cadres));
        database.exec(branches);
        while (branches.next())
            branchOfCadre.insert(branches.value(0).toLongLong(), branches.value(1).toLongLong());
        QSqlQuery unitQuery =
            database.prepare(QStringLiteral("SELECT id, kind, branch_id FROM organization"));
        database.exec(unitQuery);
        while (unitQuery.next())
            units.insert(unitQuery.value(0).toLongLong(),
                         {unitQuery.value(1).toString(), unitQuery.value(2).toLongLong()});
        QSqlQuery days = database.prepare(
            QStringLiteral(
                "SELECT cadre_id, coalesce(effective_on, ''), id FROM post_history WHERE cadre_id IN ") +
            SqlList::values());
        days.addBindValue(SqlList::bound(cadres));
        days.setForwardOnly(true);
        database.exec(days);
        while (days.next())
            postOfDay.insert({days.value(0).toLongLong(), days.value(1).toString()},
                             days.value(2).toLongLong());
    }
};

PostRecord PostHistoryRepository::validated(const PostRecord &input, References &references) const
{
    PostRecord record = input;
    record.unitName = record.unitName.simplified();
    record.post = record.post.simplified();
    record.notes = record.notes.trimmed();
    QList<FieldError> errors;
    if (references.branchOfCadre.value(record.cadreId) <= 0)
        throw ValidationError(tr("This cadre no longer exists; they may have been deleted."));
    if (record.effectiveOn.isValid() && record.effectiveOn > m_clock.today())
        errors.append({PostField::effectiveOn, tr("The day the post took effect cannot be in the future.")});
    if (record.heldBranchId > 0) {
        record.unitName.clear();
        if (references.units.value(record.heldBranchId).first != enumCode(OrganizationKind::Branch))
            errors.append({PostField::unit, tr("Choose an existing party branch.")});
        const auto [kind, branch] = references.units.value(record.departmentId);
        if (record.departmentId > 0 &&
            (kind != enumCode(OrganizationKind::Department) || branch != record.heldBranchId))
            errors.append({PostField::unit, tr("Choose a department of that branch.")});
    } else {
        record.departmentId = 0;
        if (record.unitName.isEmpty())
            errors.append(
                {PostField::unit, tr("Choose the branch, or name the unit outside the enterprise.")});
    }
    if (record.unitName.size() > maxTextLength)
        errors.append(
            {PostField::unit, tr("The name is longer than %n characters.", nullptr, maxTextLength)});
    if (record.post.isEmpty() && record.source == PostSource::Manual) // a roster's post may be blank
        errors.append({PostField::post, tr("Enter the post.")});
    else if (record.post.size() > maxTextLength)
        errors.append(
            {PostField::post, tr("The post is longer than %n characters.", nullptr, maxTextLength)});
    if (record.notes.size() > maxTextLength)
        errors.append(
            {PostField::notes, tr("The notes may hold at most %n characters.", nullptr, maxTextLength)});
    const std::pair<qint64, QString> day{record.cadreId, SqlValue::date(record.effectiveOn).toString()};
    if (const qint64 holder = references.postOfDay.value(day); holder > 0 && holder != record.id)
        errors.append({PostField::effectiveOn,
                       record.effectiveOn.isValid()
                           ? tr("The history already has a post from %1; change that one instead.")
                                 .arg(QLocale().toString(record.effectiveOn, QLocale::ShortFormat))
                           : tr("The history already has a post held since an unrecorded day; give this one "
                                "the day it took effect.")});
    if (!errors.isEmpty())
        throw ValidationError(errors);
    return record;
}

qint64 PostHistoryRepository::insert(Database &database, const PostRecord &record, qint64 branchId,
                                     const QString &createdAt, const QString &now)
{
    QSqlQuery query = database.prepare(
        QStringLiteral(
            "INSERT INTO post_history (%1, branch_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
            .arg(postColumns));
    query.addBindValue(SqlValue::optionalId(record.id));
    query.addBindValue(SqlValue::uuidOrNew(record.uuid));
    query.addBindValue(record.cadreId);
    bindFields(query, record);
    query.addBindValue(createdAt);
    query.addBindValue(now);
    query.addBindValue(branchId);
    database.exec(query);
    return query.lastInsertId().toLongLong();
}

qint64 PostHistoryRepository::add(PostRecord record)
{
    return addAll({std::move(record)}).first();
}

QList<qint64> PostHistoryRepository::addAll(QList<PostRecord> records)
{
    Transaction transaction(m_database);
    References references(m_database, records);
    const QString now = m_clock.timestamp();
    QList<qint64> ids;
    for (PostRecord &record : records) {
        record.id = 0;
        record.source = PostSource::Manual;
        record.rotationId = 0;
        record = validated(record, references);
        const qint64 id =
            insert(m_database, record, references.branchOfCadre.value(record.cadreId), now, now);
        references.postOfDay.insert({record.cadreId, SqlValue::date(record.effectiveOn).toString()}, id);
        notifyAdded(id);
        ids.append(id);
    }
    transaction.commit();
    return ids;
}

void PostHistoryRepository::update(PostRecord record)
{
    Transaction transaction(m_database);
    const std::optional<PostRecord> before = find(record.id);
    if (!before)
        throw ValidationError(tr("This post is no longer in the history; it may have been deleted."));
    record.cadreId = before->cadreId;
    References references(m_database, {record});
    record = validated(record, references);
    updateRow(m_database, record, m_clock.timestamp());
    notifyChanged(record.id);
    transaction.commit();
}

PostRecord PostHistoryRepository::remove(qint64 id)
{
    Transaction transaction(m_database);
    const std::optional<PostRecord> record = find(id);
    if (!record)
        throw ValidationError(tr("This post is no longer in the history; it may have been deleted."));
    deleteRow(m_database, id);
    notifyRemoved(id);
    transaction.commit();
    return *record;
}

void PostHistoryRepository::restore(const PostRecord &record)
{
    Transaction transaction(m_database);
    if (!recordsWhere(m_database, QStringLiteral("id = ?"), record.id).isEmpty())
        throw ValidationError(tr("This post is already in the history."));
    References references(m_database, {record});
    const PostRecord valid = validated(record, references);
    insert(m_database, valid, branchOfCadre(valid.cadreId),
           valid.createdAt.isValid() ? valid.createdAt.toUTC().toString(Qt::ISODate) : m_clock.timestamp(),
           m_clock.timestamp());
    notifyAdded(valid.id);
    transaction.commit();
}

bool PostHistoryRepository::postChanged(const Cadre &before, const Cadre &after)
{
    return before.branchId != after.branchId || before.departmentId != after.departmentId ||
           before.post != after.post || before.level != after.level;
}

void PostHistoryRepository::recordChange(Database &database, const QString &now, const Cadre &before,
                                         const Cadre &after, QDate on, PostSource source, qint64 rotationId)
{
    if (!postChanged(before, after))
        return;
    const QList<PostRecord> history = recordsWhere(database, QStringLiteral("cadre_id = ?"), after.id);
    if (history.isEmpty()) {
        PostRecord left = currentPostOf(before); // held since a day nobody recorded
        left.source = PostSource::Roster;
        insert(database, left, after.branchId, now, now);
    }
    // A change dated before the history's latest post would put the roster's post in its middle.
    if (!history.isEmpty() && history.last().effectiveOn.isValid() && history.last().effectiveOn > on)
        throw ValidationError(
            tr("%1's post history already has a post from %2, after %3: the change cannot be dated earlier. "
               "Check the post history first.")
                .arg(after.name, QLocale().toString(history.last().effectiveOn, QLocale::ShortFormat),
                     QLocale().toString(on, QLocale::ShortFormat)));
    PostRecord taken = currentPostOf(after);
    taken.effectiveOn = on;
    taken.source = source;
    taken.rotationId = rotationId;
    std::optional<PostRecord> sameDay;
    std::optional<PostRecord> previous;
    for (const PostRecord &record : history) {
        if (record.effectiveOn == on)
            sameDay = record;
        else if (!record.effectiveOn.isValid() || record.effectiveOn < on)
            previous = record;
    }
    if (previous && previous->samePostAs(taken) && previous->level == taken.level) {
        // Back to the post held before the day's change: the change did not happen.
        if (sameDay)
            deleteRow(database, sameDay->id);
        return;
    }
    if (sameDay) {
        taken.id = sameDay->id;
        taken.notes = sameDay->notes;
        updateRow(database, taken, now);
    } else {
        insert(database, taken, after.branchId, now, now);
    }
}

PostTenure postHeldSince(const Cadre &cadre, const QList<PostRecord> &history)
{
    const PostRecord current = currentPostOf(cadre);
    qsizetype first = history.size();
    while (first > 0 && history.at(first - 1).samePostAs(current))
        --first;
    if (first == history.size())
        return history.isEmpty() ? PostTenure{cadre.hiredOn, cadre.hiredOn.isValid()} : PostTenure{};
    const QDate since = history.at(first).effectiveOn;
    if (since.isValid() || first > 0)
        return {since, false};
    return {cadre.hiredOn, cadre.hiredOn.isValid()};
}

int PostTenure::yearsOn(QDate day) const
{
    if (!since.isValid() || day < since)
        return 0;
    int years = day.year() - since.year();
    if (since.addYears(years) > day)
        --years;
    return years;
}

} // namespace rongpei
