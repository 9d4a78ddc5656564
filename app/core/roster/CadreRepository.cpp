#include "roster/CadreRepository.h"

#include "common/Clock.h"
#include "organization/Organization.h"
#include "roster/CadreValidator.h"
#include "roster/PostHistoryRepository.h"
#include "storage/BulkRead.h"
#include "storage/Database.h"
#include "storage/RowReferences.h"
#include "storage/SqlList.h"
#include "storage/SqlValue.h"

#include <QSqlQuery>
#include <QVariant>

namespace rongpei {

namespace {

// Column order shared by reads and writes; cadreFrom() and bindFields() follow it.
const QString columns = QStringLiteral(
    "id, uuid, name, employee_number, gender, birth_date, branch_id, department_id, post, level, track, "
    "party_status, party_joined_on, phone, employment_status, notes, id_number, hired_on, left_on, "
    "recruitment_stage, party_role, created_at, updated_at");

template <typename E>
E enumValue(const QString &code, E fallback)
{
    return enumFromCode<E>(code).value_or(fallback);
}

Cadre cadreFrom(const BulkRead &row)
{
    Cadre c;
    c.id = row.integer(0);
    c.uuid = row.text(1);
    c.name = row.text(2);
    c.employeeNumber = row.text(3);
    c.gender = enumValue(row.text(4), Gender::Male);
    c.birthDate = row.date(5);
    c.branchId = row.integer(6);
    c.departmentId = row.integer(7);
    c.post = row.text(8);
    c.level = enumValue(row.text(9), CadreLevel::Grassroots);
    c.track = enumValue(row.text(10), Track::Operations);
    c.partyStatus = enumValue(row.text(11), PartyStatus::Masses);
    c.partyJoinedOn = row.date(12);
    c.phone = row.text(13);
    c.employmentStatus = enumValue(row.text(14), EmploymentStatus::Active);
    c.notes = row.text(15);
    c.idNumber = row.text(16);
    c.hiredOn = row.date(17);
    c.leftOn = row.date(18);
    c.recruitmentStage = enumValue(row.text(19), RecruitmentStage::None);
    c.partyRole = enumValue(row.text(20), PartyRole::None);
    c.createdAt = row.dateTime(21);
    c.updatedAt = row.dateTime(22);
    return c;
}

/// Binds the fields from name to party_role, in column order.
void bindFields(QSqlQuery &query, const Cadre &c)
{
    query.addBindValue(SqlValue::text(c.name));
    query.addBindValue(SqlValue::text(c.employeeNumber));
    query.addBindValue(enumCode(c.gender));
    query.addBindValue(SqlValue::date(c.birthDate));
    query.addBindValue(c.branchId);
    query.addBindValue(SqlValue::optionalId(c.departmentId));
    query.addBindValue(SqlValue::text(c.post));
    query.addBindValue(enumCode(c.level));
    query.addBindValue(enumCode(c.track));
    query.addBindValue(enumCode(c.partyStatus));
    query.addBindValue(SqlValue::date(c.partyJoinedOn));
    query.addBindValue(SqlValue::text(c.phone));
    query.addBindValue(enumCode(c.employmentStatus));
    query.addBindValue(SqlValue::text(c.notes));
    query.addBindValue(SqlValue::text(c.idNumber));
    query.addBindValue(SqlValue::date(c.hiredOn));
    query.addBindValue(SqlValue::date(c.leftOn));
    query.addBindValue(enumCode(c.recruitmentStage));
    query.addBindValue(enumCode(c.partyRole));
}

} // namespace

CadreRepository::CadreRepository(Database &database, const Clock &clock, QObject *parent)
    : RecordRepository(database, QStringLiteral("cadre"), parent)
    , m_clock(clock)
{}

QList<Cadre> CadreRepository::all() const
{
    return readableOnly(all(m_database), [](const Cadre &cadre) { return cadre.branchId; });
}

QList<Cadre> CadreRepository::all(const Database &database)
{
    BulkRead rows(database, QStringLiteral("SELECT %1 FROM cadre ORDER BY id").arg(columns));
    QList<Cadre> result;
    while (rows.next())
        result.append(cadreFrom(rows));
    return result;
}

std::optional<Cadre> CadreRepository::read(const Database &database, qint64 id)
{
    BulkRead row(database, QStringLiteral("SELECT %1 FROM cadre WHERE id = ?").arg(columns));
    row.bind(1, id);
    if (!row.next())
        return std::nullopt;
    return cadreFrom(row);
}

std::optional<Cadre> CadreRepository::find(qint64 id) const
{
    std::optional<Cadre> cadre = read(m_database, id);
    if (cadre)
        requireReadable(cadre->branchId);
    return cadre;
}

int CadreRepository::count() const
{
    QSqlQuery query = m_database.prepare(QStringLiteral("SELECT count(*) FROM cadre"));
    return m_database.scalar(query).toInt();
}

qint64 CadreRepository::add(Cadre cadre)
{
    Transaction transaction(m_database);
    cadre.id = 0; // a new record: no id of the caller's may exempt it from the duplicate check
    cadre = validated(cadre);
    cadre.uuid = SqlValue::uuidOrNew(cadre.uuid);
    cadre.id = insert(cadre, m_clock.timestamp());
    notifyAdded(cadre.id);
    transaction.commit();
    return cadre.id;
}

void CadreRepository::update(Cadre cadre, const PostChange &change)
{
    Transaction transaction(m_database);
    const std::optional<Cadre> before = find(cadre.id);
    if (!before)
        throw ValidationError(tr("This cadre no longer exists; it may have been deleted."));
    cadre = validated(cadre);
    QSqlQuery query = m_database.prepare(QStringLiteral(
        "UPDATE cadre SET name = ?, employee_number = ?, gender = ?, birth_date = ?, branch_id = ?, "
        "department_id = ?, post = ?, level = ?, track = ?, party_status = ?, party_joined_on = ?, phone = "
        "?, "
        "employment_status = ?, notes = ?, id_number = ?, hired_on = ?, left_on = ?, recruitment_stage = ?, "
        "party_role = ?, updated_at = ? WHERE id = ?"));
    bindFields(query, cadre);
    const QString now = m_clock.timestamp();
    query.addBindValue(now);
    query.addBindValue(cadre.id);
    m_database.exec(query);
    PostHistoryRepository::recordChange(m_database, now, *before, cadre,
                                        change.effectiveOn.isValid() ? change.effectiveOn : m_clock.today(),
                                        change.source, change.rotationId);
    const Cadre saved = find(cadre.id).value_or(cadre);
    notifyChanged(saved.id);
    transaction.commit();
}

std::optional<QString> CadreRepository::removalRefusal(qint64 id) const
{
    const std::optional<Cadre> cadre = find(id);
    if (!cadre)
        return tr("This cadre no longer exists; it may have been deleted.");
    const QStringList references = m_database.references().blocking(QStringLiteral("cadre"), id);
    if (references.isEmpty())
        return std::nullopt;
    return tr("%1 cannot be deleted: the cadre is on %2. Set the cadre's status to left or retired "
              "instead; the records stay as they were.")
        .arg(cadre->name, references.join(tr(", ")));
}

Cadre CadreRepository::remove(qint64 id)
{
    Transaction transaction(m_database);
    const std::optional<Cadre> cadre = find(id);
    if (!cadre)
        throw ValidationError(tr("This cadre no longer exists; it may have been deleted."));
    if (const std::optional<QString> refusal = removalRefusal(id))
        throw ValidationError(*refusal);
    QSqlQuery query = m_database.prepare(QStringLiteral("DELETE FROM cadre WHERE id = ?"));
    query.addBindValue(id);
    try {
        m_database.exec(query);
    } catch (const DatabaseError &error) {
        if (error.kind() != DatabaseError::Kind::Constraint)
            throw;
        throw ValidationError(
            tr("%1 cannot be deleted: other records refer to this cadre. Mark the cadre as left instead.")
                .arg(cadre->name));
    }
    notifyRemoved(id);
    transaction.commit();
    return *cadre;
}

void CadreRepository::restore(const Cadre &cadre)
{
    Transaction transaction(m_database);
    if (find(cadre.id))
        throw ValidationError(tr("%1 is already in the roster.").arg(cadre.name));
    const Cadre valid = validated(cadre);
    insert(valid,
           valid.createdAt.isValid() ? valid.createdAt.toUTC().toString(Qt::ISODate) : m_clock.timestamp());
    const Cadre saved = find(cadre.id).value_or(valid);
    notifyAdded(saved.id);
    transaction.commit();
}

Cadre CadreRepository::validated(const Cadre &input) const
{
    Cadre cadre = CadreValidator::normalized(input);
    QList<FieldError> errors = CadreValidator::validate(cadre, m_clock.today());

    if (cadre.branchId > 0) {
        QSqlQuery branch = m_database.prepare(QStringLiteral("SELECT kind FROM organization WHERE id = ?"));
        branch.addBindValue(cadre.branchId);
        if (m_database.scalar(branch).toString() != enumCode(OrganizationKind::Branch))
            errors.append({CadreField::branch, tr("Choose an existing party branch.")});
    }
    if (cadre.departmentId > 0) {
        QSqlQuery department = m_database.prepare(
            QStringLiteral("SELECT kind = ? AND branch_id = ? FROM organization WHERE id = ?"));
        department.addBindValue(enumCode(OrganizationKind::Department));
        department.addBindValue(cadre.branchId);
        department.addBindValue(cadre.departmentId);
        if (m_database.scalar(department).toInt() != 1)
            errors.append({CadreField::department, tr("Choose a department of the cadre's own branch.")});
    }
    if (!cadre.employeeNumber.isEmpty()) {
        QSqlQuery duplicate = m_database.prepare(
            QStringLiteral("SELECT name FROM cadre WHERE employee_number = ? COLLATE NOCASE AND id <> ?"));
        duplicate.addBindValue(cadre.employeeNumber);
        duplicate.addBindValue(cadre.id);
        const QVariant holder = m_database.scalar(duplicate);
        if (holder.isValid())
            errors.append({CadreField::employeeNumber, tr("The employee number %1 already belongs to %2.")
                                                           .arg(cadre.employeeNumber, holder.toString())});
    }
    if (!cadre.idNumber.isEmpty()) {
        // Repeats the partial index's condition, so SQLite may use it instead of reading every cadre.
        QSqlQuery duplicate = m_database.prepare(
            QStringLiteral("SELECT name FROM cadre WHERE id_number = ? AND id_number <> '' AND id <> ?"));
        duplicate.addBindValue(cadre.idNumber);
        duplicate.addBindValue(cadre.id);
        if (const QVariant holder = m_database.scalar(duplicate); holder.isValid())
            errors.append(
                {CadreField::idNumber, tr("This ID number is already %1's.").arg(holder.toString())});
    }
    if (cadre.partyRole != PartyRole::None) {
        // One holder of each role per branch; the partial index holds the same rule.
        QSqlQuery holder =
            m_database.prepare(QStringLiteral("SELECT name FROM cadre WHERE branch_id = ? AND party_role = ? "
                                              "AND party_role <> 'none' AND id <> ?"));
        holder.addBindValue(cadre.branchId);
        holder.addBindValue(enumCode(cadre.partyRole));
        holder.addBindValue(cadre.id);
        if (const QVariant name = m_database.scalar(holder); name.isValid())
            errors.append(
                {CadreField::partyRole, tr("%1 is the branch's %2 already; a role has one holder. Give "
                                           "%1 another role first.")
                                            .arg(name.toString(), enumLabel(cadre.partyRole))});
    }
    if (!errors.isEmpty())
        throw ValidationError(errors);
    return cadre;
}

qint64 CadreRepository::insert(const Cadre &cadre, const QString &createdAt)
{
    QSqlQuery query = m_database.prepare(QStringLiteral("INSERT INTO cadre (%1) VALUES (?, ?, ?, ?, ?, ?, ?, "
                                                        "?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                                             .arg(columns));
    query.addBindValue(SqlValue::optionalId(cadre.id));
    query.addBindValue(cadre.uuid);
    bindFields(query, cadre);
    query.addBindValue(createdAt);
    query.addBindValue(m_clock.timestamp());
    m_database.exec(query);
    return query.lastInsertId().toLongLong();
}

QHash<qint64, Cadre> CadreRepository::employmentOf(const Database &database, const QList<qint64> &ids)
{
    QString sql =
        QStringLiteral("SELECT id, name, employment_status, hired_on, left_on, branch_id FROM cadre");
    if (!ids.isEmpty())
        sql += QStringLiteral(" WHERE id IN ") + SqlList::values();
    QSqlQuery query = database.prepare(sql);
    if (!ids.isEmpty())
        query.addBindValue(SqlList::bound(ids));
    query.setForwardOnly(true);
    database.exec(query);
    QHash<qint64, Cadre> cadres;
    while (query.next()) {
        Cadre cadre;
        cadre.id = query.value(0).toLongLong();
        cadre.name = query.value(1).toString();
        cadre.employmentStatus =
            enumFromCode<EmploymentStatus>(query.value(2).toString()).value_or(EmploymentStatus::Active);
        cadre.hiredOn = QDate::fromString(query.value(3).toString(), Qt::ISODate);
        cadre.leftOn = QDate::fromString(query.value(4).toString(), Qt::ISODate);
        cadre.branchId = query.value(5).toLongLong();
        cadres.insert(cadre.id, cadre);
    }
    return cadres;
}

} // namespace rongpei
