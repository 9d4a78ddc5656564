#include "study/StudyRuleRepository.h"

#include "common/Clock.h"
#include "common/ValidationError.h"
#include "storage/ChangeJournal.h"
#include "storage/Database.h"
#include "storage/SqlList.h"
#include "storage/SqlValue.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QSqlQuery>
#include <QVariant>

#include <stdexcept>

namespace rongpei {

namespace {

constexpr int maxNameLength = 40;
constexpr int maxSourceLength = 500;

void requireName(const QString &name, QList<FieldError> &errors)
{
    if (name.isEmpty())
        errors.append({StudyRuleField::name,
                       QCoreApplication::translate("rongpei::StudyRuleRepository", "Enter a name.")});
    else if (name.size() > maxNameLength)
        errors.append(
            {StudyRuleField::name,
             QCoreApplication::translate("rongpei::StudyRuleRepository",
                                         "The name is longer than %n characters.", nullptr, maxNameLength)});
}

void requireSource(const QString &source, QList<FieldError> &errors)
{
    if (source.size() > maxSourceLength)
        errors.append({QString(), QCoreApplication::translate("rongpei::StudyRuleRepository",
                                                              "The source is longer than %n characters.",
                                                              nullptr, maxSourceLength)});
}

/// True if `sql`, a count with one parameter, counts exactly one row for `id`.
bool existsOne(const Database &database, const QString &sql, qint64 id)
{
    QSqlQuery query = database.prepare(sql);
    query.addBindValue(id);
    return database.scalar(query).toInt() == 1;
}

void throwIfAny(const QList<FieldError> &errors)
{
    if (!errors.isEmpty())
        throw ValidationError(errors);
}

/// Executes a write, turning a constraint violation into `refusal` (if there is one).
void execRefusing(const Database &database, QSqlQuery &query, const QString &refusal)
{
    try {
        database.exec(query);
    } catch (const DatabaseError &error) {
        if (error.kind() != DatabaseError::Kind::Constraint || refusal.isEmpty())
            throw;
        throw ValidationError(refusal);
    }
}

QString gone()
{
    return StudyRuleRepository::tr("This rule no longer exists; it may have been deleted.");
}

QVariant nullId()
{
    return QVariant(QMetaType::fromType<qint64>());
}

// How each kind of rule is stored: its table (read as `r`), the columns of its record beyond
// id and uuid, and the checks every write makes. The generic reads and writes below use them.
template <typename Rule>
struct RuleTable;

template <>
struct RuleTable<StudyKind>
{
    static constexpr bool hasSortOrder = true;
    static QString table() { return QStringLiteral("session_kind"); }
    static QString selected()
    {
        return QStringLiteral(
            "ifnull(r.code, ''), r.name, r.members_only, r.conversion_id, ifnull(r.yearly_cap, 0)");
    }
    static QString joined() { return {}; }
    static QString order() { return QStringLiteral("r.sort_order, r.id"); }
    static std::optional<StudyKind> read(const QSqlQuery &query)
    {
        return StudyKind{query.value(0).toLongLong(), query.value(1).toString(), query.value(2).toString(),
                         query.value(3).toString(),   query.value(4).toBool(),   query.value(5).toLongLong(),
                         query.value(6).toDouble()};
    }
    /// Only built-in kinds have a code; an update keeps it.
    static QStringList columns(bool inserting)
    {
        QStringList columns{QStringLiteral("name"), QStringLiteral("members_only"),
                            QStringLiteral("conversion_id"), QStringLiteral("yearly_cap")};
        if (inserting)
            columns.append(QStringLiteral("code"));
        return columns;
    }
    static QVariantList values(const StudyKind &kind, bool inserting)
    {
        QVariantList values{kind.name, kind.membersOnly ? 1 : 0, kind.conversionId,
                            kind.yearlyCap > 0 ? QVariant(kind.yearlyCap)
                                               : QVariant(QMetaType::fromType<double>())};
        if (inserting)
            values.append(kind.code.isEmpty() ? QVariant(QMetaType::fromType<QString>())
                                              : QVariant(kind.code));
        return values;
    }
    static void validate(StudyKind &kind, const Database &database)
    {
        kind.name = kind.name.simplified();
        QList<FieldError> errors;
        requireName(kind.name, errors);
        if (!existsOne(database, QStringLiteral("SELECT count(*) FROM hour_conversion WHERE id = ?"),
                       kind.conversionId))
            errors.append(
                {StudyRuleField::hours, StudyRuleRepository::tr("Choose how the kind's hours are counted.")});
        if (kind.yearlyCap < 0 || kind.yearlyCap > 1000)
            errors.append({StudyRuleField::yearlyCap,
                           StudyRuleRepository::tr("A yearly cap is from 0 (no cap) to 1000 hours.")});
        throwIfAny(errors);
    }
    static QString duplicate(const StudyKind &kind)
    {
        return StudyRuleRepository::tr("There is already a kind of session called %1.").arg(kind.name);
    }
    static QString inUse()
    {
        return StudyRuleRepository::tr(
            "This kind of session cannot be deleted: sessions or meeting rules still use it.");
    }
};

template <>
struct RuleTable<HourConversion>
{
    static constexpr bool hasSortOrder = true;
    static QString table() { return QStringLiteral("hour_conversion"); }
    static QString selected() { return QStringLiteral("r.name, r.method, r.hours, r.source"); }
    static QString joined() { return {}; }
    static QString order() { return QStringLiteral("r.sort_order, r.id"); }
    static std::optional<HourConversion> read(const QSqlQuery &query)
    {
        return HourConversion{
            query.value(0).toLongLong(),
            query.value(1).toString(),
            query.value(2).toString(),
            enumFromCode<ConversionMethod>(query.value(3).toString()).value_or(ConversionMethod::ClockHours),
            query.value(4).toDouble(),
            query.value(5).toString()};
    }
    static QStringList columns(bool)
    {
        return {QStringLiteral("name"), QStringLiteral("method"), QStringLiteral("hours"),
                QStringLiteral("source")};
    }
    static QVariantList values(const HourConversion &conversion, bool)
    {
        return {conversion.name, enumCode(conversion.method), conversion.hours,
                SqlValue::text(conversion.source)};
    }
    static void validate(HourConversion &conversion, const Database &)
    {
        conversion.name = conversion.name.simplified();
        conversion.source = conversion.source.trimmed();
        QList<FieldError> errors;
        requireName(conversion.name, errors);
        requireSource(conversion.source, errors);
        if (conversion.method == ConversionMethod::ClockHours)
            conversion.hours = 0;
        else if (!(conversion.hours > 0) || conversion.hours > 24)
            errors.append({StudyRuleField::hours,
                           StudyRuleRepository::tr("Fixed hours must be more than 0 and at most 24.")});
        throwIfAny(errors);
    }
    static QString duplicate(const HourConversion &conversion)
    {
        return StudyRuleRepository::tr("There is already an hour conversion called %1.").arg(conversion.name);
    }
    static QString inUse()
    {
        return StudyRuleRepository::tr(
            "This hour conversion cannot be deleted: a kind of session still uses it.");
    }
};

template <>
struct RuleTable<HourRequirement>
{
    static constexpr bool hasSortOrder = false;
    static QString table() { return QStringLiteral("hour_requirement"); }
    static QString selected()
    {
        return QStringLiteral("r.category, r.period_years, r.minimum_hours, r.source, r.counted_kinds");
    }
    static QString joined() { return {}; }
    static QString order() { return QStringLiteral("r.id"); }
    /// None for a category this version does not know.
    static std::optional<HourRequirement> read(const QSqlQuery &query)
    {
        const auto category = enumFromCode<CadreCategory>(query.value(2).toString());
        if (!category)
            return std::nullopt;
        QStringList counted;
        for (const QJsonValue &uuid : QJsonDocument::fromJson(query.value(6).toString().toUtf8()).array())
            counted.append(uuid.toString());
        return HourRequirement{
            query.value(0).toLongLong(), query.value(1).toString(), *category, query.value(3).toInt(),
            query.value(4).toDouble(),   query.value(5).toString(), counted};
    }
    static QStringList columns(bool)
    {
        return {QStringLiteral("category"), QStringLiteral("period_years"), QStringLiteral("minimum_hours"),
                QStringLiteral("source"), QStringLiteral("counted_kinds")};
    }
    static QVariantList values(const HourRequirement &requirement, bool)
    {
        return {enumCode(requirement.category), requirement.periodYears, requirement.minimumHours,
                SqlValue::text(requirement.source), SqlList::bound(requirement.countedKinds)};
    }
    static void validate(HourRequirement &requirement, const Database &)
    {
        requirement.source = requirement.source.trimmed();
        requirement.countedKinds.removeDuplicates();
        requirement.countedKinds.removeAll(QString());
        QList<FieldError> errors;
        requireSource(requirement.source, errors);
        if (requirement.countedKinds.isEmpty())
            errors.append(
                {StudyRuleField::countedKinds,
                 StudyRuleRepository::tr("Tick the kinds of session whose hours count toward it.")});
        if (requirement.periodYears < 1 || requirement.periodYears > 10)
            errors.append({StudyRuleField::periodYears,
                           StudyRuleRepository::tr("The period must be from 1 to 10 years.")});
        if (!(requirement.minimumHours > 0) || requirement.minimumHours > 10000)
            errors.append(
                {StudyRuleField::hours,
                 StudyRuleRepository::tr("The minimum must be more than 0 and at most 10000 hours.")});
        throwIfAny(errors);
    }
    static QString duplicate(const HourRequirement &) { return {}; }
    static QString inUse() { return {}; }
};

template <>
struct RuleTable<MeetingRule>
{
    static constexpr bool hasSortOrder = false;
    static QString table() { return QStringLiteral("meeting_rule"); }
    static QString selected()
    {
        return QStringLiteral("r.kind_id, ifnull(r.branch_id, 0), r.frequency, r.source");
    }
    static QString joined() { return QStringLiteral(" JOIN session_kind k ON k.id = r.kind_id"); }
    static QString order() { return QStringLiteral("ifnull(r.branch_id, 0), k.sort_order, r.id"); }
    static std::optional<MeetingRule> read(const QSqlQuery &query)
    {
        return MeetingRule{
            query.value(0).toLongLong(),
            query.value(1).toString(),
            query.value(2).toLongLong(),
            query.value(3).toLongLong(),
            enumFromCode<MeetingFrequency>(query.value(4).toString()).value_or(MeetingFrequency::Monthly),
            query.value(5).toString()};
    }
    static QStringList columns(bool)
    {
        return {QStringLiteral("kind_id"), QStringLiteral("branch_id"), QStringLiteral("frequency"),
                QStringLiteral("source")};
    }
    static QVariantList values(const MeetingRule &rule, bool)
    {
        return {rule.kindId, SqlValue::optionalId(rule.branchId), enumCode(rule.frequency),
                SqlValue::text(rule.source)};
    }
    static void validate(MeetingRule &rule, const Database &database)
    {
        rule.source = rule.source.trimmed();
        QList<FieldError> errors;
        requireSource(rule.source, errors);
        if (!existsOne(database, QStringLiteral("SELECT count(*) FROM session_kind WHERE id = ?"),
                       rule.kindId))
            errors.append(
                {StudyRuleField::kind, StudyRuleRepository::tr("Choose an existing kind of session.")});
        if (rule.branchId > 0 &&
            !existsOne(database,
                       QStringLiteral("SELECT count(*) FROM organization WHERE id = ? AND kind = 'branch'"),
                       rule.branchId))
            errors.append({StudyRuleField::branch,
                           StudyRuleRepository::tr("Choose an existing party branch, or every branch.")});
        throwIfAny(errors);
    }
    static QString duplicate(const MeetingRule &)
    {
        return StudyRuleRepository::tr(
            "There is already a rule for this kind of meeting and branch; edit that one.");
    }
    static QString inUse() { return {}; }
};

/// Every rule of a kind in the list's order, or (with `id`) the one rule of that id.
template <typename Rule>
QList<Rule> selectRules(const Database &database, std::optional<qint64> id = std::nullopt)
{
    using Table = RuleTable<Rule>;
    QSqlQuery query =
        database.prepare(QStringLiteral("SELECT r.id, r.uuid, %1 FROM %2 r%3%4 ORDER BY %5")
                             .arg(Table::selected(), Table::table(), Table::joined(),
                                  id ? QStringLiteral(" WHERE r.id = ?") : QString(), Table::order()));
    if (id)
        query.addBindValue(*id);
    database.exec(query);
    QList<Rule> result;
    while (query.next())
        if (const std::optional<Rule> rule = Table::read(query))
            result.append(*rule);
    return result;
}

template <typename Rule>
qint64 save(StudyRuleRecords<Rule> &records, const Rule &rule)
{
    if (rule.id <= 0)
        return records.add(rule);
    records.update(rule);
    return rule.id;
}

QString removedRowKey(const QString &table, const QString &uuid)
{
    return table + u'/' + uuid;
}

} // namespace

template <typename Rule>
qint64 StudyRuleRecords<Rule>::add(const Rule &rule)
{
    Transaction transaction(m_rules.m_database);
    const qint64 id = insert(rule, 0);
    transaction.commit();
    return id;
}

template <typename Rule>
std::optional<Rule> StudyRuleRecords<Rule>::find(qint64 id) const
{
    const QList<Rule> found = selectRules<Rule>(m_rules.m_database, id);
    return found.isEmpty() ? std::nullopt : std::optional<Rule>(found.first());
}

template <typename Rule>
void StudyRuleRecords<Rule>::update(const Rule &input)
{
    using Table = RuleTable<Rule>;
    Database &database = m_rules.m_database;
    Rule rule = input;
    Transaction transaction(database);
    Table::validate(rule, database);
    QStringList assignments;
    for (const QString &column : Table::columns(false))
        assignments.append(column + QStringLiteral(" = ?"));
    assignments.append(QStringLiteral("updated_at = ?"));
    QSqlQuery query = database.prepare(QStringLiteral("UPDATE %1 SET %2 WHERE id = ?")
                                           .arg(Table::table(), assignments.join(QStringLiteral(", "))));
    for (const QVariant &value : Table::values(rule, false))
        query.addBindValue(value);
    query.addBindValue(m_rules.m_clock.timestamp());
    query.addBindValue(rule.id);
    execRefusing(database, query, Table::duplicate(rule));
    if (query.numRowsAffected() != 1)
        throw ValidationError(gone());
    m_rules.changed();
    transaction.commit();
}

template <typename Rule>
Rule StudyRuleRecords<Rule>::remove(qint64 id)
{
    using Table = RuleTable<Rule>;
    Database &database = m_rules.m_database;
    Transaction transaction(database);
    const std::optional<Rule> rule = find(id);
    if (!rule)
        throw ValidationError(gone());

    QSqlQuery row =
        database.prepare(QStringLiteral("SELECT created_at, %1 FROM %2 WHERE id = ?")
                             .arg(Table::hasSortOrder ? QStringLiteral("sort_order") : QStringLiteral("NULL"),
                                  Table::table()));
    row.addBindValue(id);
    database.exec(row);
    StudyRuleRepository::RemovedRow removed;
    if (row.next())
        removed = {row.value(0).toString(), Table::hasSortOrder ? row.value(1) : QVariant()};

    QSqlQuery query = database.prepare(QStringLiteral("DELETE FROM %1 WHERE id = ?").arg(Table::table()));
    query.addBindValue(id);
    execRefusing(database, query, Table::inUse());
    m_rules.m_removedRows.insert(removedRowKey(Table::table(), rule->uuid), removed);
    m_rules.changed();
    transaction.commit();
    return *rule;
}

template <typename Rule>
void StudyRuleRecords<Rule>::restore(const Rule &rule)
{
    using Table = RuleTable<Rule>;
    if (rule.id <= 0 || rule.uuid.isEmpty())
        throw std::invalid_argument("StudyRuleRecords::restore needs a rule with its id and uuid");
    Database &database = m_rules.m_database;
    Transaction transaction(database);
    QSqlQuery taken = database.prepare(
        QStringLiteral("SELECT count(*) FROM %1 WHERE id = ? OR uuid = ?").arg(Table::table()));
    taken.addBindValue(rule.id);
    taken.addBindValue(rule.uuid);
    if (database.scalar(taken).toInt() > 0)
        throw ValidationError(
            StudyRuleRepository::tr("This rule already exists; it may have been restored already."));
    insert(rule, rule.id);
    transaction.commit();
}

template <typename Rule>
qint64 StudyRuleRecords<Rule>::insert(Rule rule, qint64 id)
{
    using Table = RuleTable<Rule>;
    Database &database = m_rules.m_database;
    Table::validate(rule, database);
    // A restored row takes back its creation time and place in the list; a new one comes last.
    const StudyRuleRepository::RemovedRow removed =
        id > 0 ? m_rules.m_removedRows.value(removedRowKey(Table::table(), rule.uuid))
               : StudyRuleRepository::RemovedRow();
    const QString now = m_rules.m_clock.timestamp();

    QStringList columns{QStringLiteral("id"), QStringLiteral("uuid"), QStringLiteral("created_at"),
                        QStringLiteral("updated_at")};
    QStringList placeholders(columns.size(), QStringLiteral("?"));
    QVariantList values{id > 0 ? QVariant(id) : nullId(), SqlValue::uuidOrNew(rule.uuid),
                        removed.createdAt.isEmpty() ? now : removed.createdAt, now};
    if constexpr (Table::hasSortOrder) {
        columns.append(QStringLiteral("sort_order"));
        placeholders.append(QStringLiteral("coalesce(?, (SELECT ifnull(max(sort_order), 0) + 1 FROM %1))")
                                .arg(Table::table()));
        values.append(removed.sortOrder.isValid() ? removed.sortOrder : nullId());
    }
    const QStringList written = Table::columns(true);
    columns.append(written);
    placeholders.append(QStringList(written.size(), QStringLiteral("?")));
    values.append(Table::values(rule, true));

    QSqlQuery query = database.prepare(QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                                           .arg(Table::table(), columns.join(QStringLiteral(", ")),
                                                placeholders.join(QStringLiteral(", "))));
    for (const QVariant &value : values)
        query.addBindValue(value);
    execRefusing(database, query, Table::duplicate(rule));
    m_rules.changed();
    return id > 0 ? id : query.lastInsertId().toLongLong();
}

template class StudyRuleRecords<StudyKind>;
template class StudyRuleRecords<HourConversion>;
template class StudyRuleRecords<HourRequirement>;
template class StudyRuleRecords<MeetingRule>;

StudyRuleRepository::StudyRuleRepository(Database &database, const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_database(database)
    , m_clock(clock)
{}

QList<StudyKind> StudyRuleRepository::kinds() const
{
    return kindsIn(m_database);
}

QList<StudyKind> StudyRuleRepository::kindsIn(const Database &database)
{
    return selectRules<StudyKind>(database);
}

qint64 StudyRuleRepository::saveKind(StudyKind kind)
{
    return save(m_kindRecords, kind);
}

void StudyRuleRepository::removeKind(qint64 id)
{
    m_kindRecords.remove(id);
}

QList<HourConversion> StudyRuleRepository::conversions() const
{
    return selectRules<HourConversion>(m_database);
}

qint64 StudyRuleRepository::saveConversion(HourConversion conversion)
{
    return save(m_conversionRecords, conversion);
}

void StudyRuleRepository::removeConversion(qint64 id)
{
    m_conversionRecords.remove(id);
}

QList<HourRequirement> StudyRuleRepository::requirements() const
{
    return requirementsIn(m_database);
}

QList<HourRequirement> StudyRuleRepository::requirementsIn(const Database &database)
{
    return selectRules<HourRequirement>(database);
}

qint64 StudyRuleRepository::saveRequirement(HourRequirement requirement)
{
    Transaction transaction(m_database);
    const qint64 id = save(m_requirementRecords, requirement); // the fields are checked first
    // Two rows for the same cadres over the same period would measure them twice.
    QSqlQuery twin = m_database.prepare(QStringLiteral(
        "SELECT minimum_hours FROM hour_requirement WHERE category = ? AND period_years = ? AND id <> ?"));
    twin.addBindValue(enumCode(requirement.category));
    twin.addBindValue(requirement.periodYears);
    twin.addBindValue(id);
    if (const QVariant hours = m_database.scalar(twin); hours.isValid())
        throw ValidationError(QList<FieldError>{
            {StudyRuleField::periodYears,
             tr("%1 already have a requirement over %n year(s) (%2 hours); edit that one instead.", nullptr,
                requirement.periodYears)
                 .arg(enumLabel(requirement.category), QLocale().toString(hours.toDouble(), 'g', 6))}});
    transaction.commit();
    return id;
}

void StudyRuleRepository::removeRequirement(qint64 id)
{
    m_requirementRecords.remove(id);
}

QList<MeetingRule> StudyRuleRepository::meetingRules() const
{
    return selectRules<MeetingRule>(m_database);
}

qint64 StudyRuleRepository::saveMeetingRule(MeetingRule rule)
{
    return save(m_meetingRuleRecords, rule);
}

void StudyRuleRepository::removeMeetingRule(qint64 id)
{
    m_meetingRuleRecords.remove(id);
}

void StudyRuleRepository::changed()
{
    m_database.afterCommit([this] { emit rulesChanged(); });
}

void StudyRuleRepository::announceChanges(const std::vector<JournalEntry> &entries)
{
    static const QStringList ruleTables{QStringLiteral("session_kind"), QStringLiteral("hour_conversion"),
                                        QStringLiteral("hour_requirement"), QStringLiteral("meeting_rule"),
                                        QStringLiteral("attendance_credit")};
    for (const JournalEntry &entry : entries)
        if (ruleTables.contains(entry.table)) {
            emit rulesChanged();
            return;
        }
}

} // namespace rongpei
