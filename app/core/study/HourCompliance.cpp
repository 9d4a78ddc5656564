#include "study/HourCompliance.h"

#include "common/Clock.h"
#include "storage/Database.h"
#include "storage/SqlList.h"
#include "study/OpeningHoursRepository.h"
#include "study/StudyRuleRepository.h"

#include <QHash>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>
#include <cmath>
#include <map>
#include <vector>

namespace rongpei {

struct HourCompliance::Earned
{
    double sessions = 0;
    double classes = 0;
    double opening = 0;
};

struct HourCompliance::CappedKey
{
    qint64 cadreId;
    qint64 kindId;
    int year;

    bool operator==(const CappedKey &) const = default;
    friend size_t qHash(const CappedKey &key, size_t seed = 0)
    {
        return qHashMulti(seed, key.cadreId, key.kindId, key.year);
    }
};

namespace {

double hundredths(double hours)
{
    return std::round(hours * 100) / 100;
}

} // namespace

HourCompliance::HourCompliance(const Database &database, const Clock &clock,
                               const QList<const HourSource *> &sources)
    : m_database(database)
    , m_clock(clock)
    , m_sources(sources)
{}

double HourCompliance::proRata(double required, QDate start, QDate end, QDate today)
{
    const qint64 length = start.daysTo(end) + 1;
    const qint64 elapsed = std::clamp<qint64>(start.daysTo(today) + 1, 0, length);
    return required * static_cast<double>(elapsed) / static_cast<double>(length);
}

ComplianceLevel HourCompliance::levelOf(double earned, double expected, double required)
{
    constexpr double epsilon = 1e-9;
    if (earned + epsilon >= required || earned + epsilon >= expected)
        return ComplianceLevel::OnTrack;
    if (earned + epsilon >= expected * behindShare)
        return ComplianceLevel::Behind;
    return ComplianceLevel::FarBehind;
}

std::vector<QHash<qint64, double>>
HourCompliance::earnedHours(QDate from, QDate to, const QSet<AttendanceStatus> &earning,
                            const QList<qint64> &cadreIds, bool allCadres,
                            const std::vector<QList<qint64>> &kindSets) const
{
    QStringList statuses;
    for (AttendanceStatus status : earning)
        statuses.append(enumCode(status));
    std::vector<QHash<qint64, double>> hours(kindSets.size());
    if (statuses.isEmpty() || cadreIds.isEmpty() || kindSets.empty())
        return hours;
    QList<qint64> anyKind;
    QStringList sums;
    for (const QList<qint64> &kinds : kindSets) {
        anyKind << kinds;
        sums << QStringLiteral("total(CASE WHEN s.kind_id IN %1 THEN s.hours END)").arg(SqlList::values());
    }
    // For a few cadres, walk their roll calls; for most of the enterprise, walk the sessions of the period.
    // The two add in different orders; rounded to hundredths (学时 have at most two decimals),
    // their sums are the same.
    const QString sql =
        allCadres
            ? QStringLiteral("SELECT a.cadre_id, %2 FROM study_session s "
                             "JOIN attendance a ON a.session_id = s.id AND a.status IN %1 "
                             "WHERE s.session_date BETWEEN ? AND ? AND s.state = 'held' AND s.kind_id IN %1 "
                             "GROUP BY a.cadre_id")
                  .arg(SqlList::values(), sums.join(QStringLiteral(", ")))
            : QStringLiteral("SELECT a.cadre_id, %2 FROM attendance a "
                             "JOIN study_session s ON s.id = a.session_id "
                             "WHERE a.cadre_id IN %1 AND a.status IN %1 AND s.session_date BETWEEN ? AND ? "
                             "AND s.state = 'held' AND s.kind_id IN %1 GROUP BY a.cadre_id")
                  .arg(SqlList::values(), sums.join(QStringLiteral(", ")));
    QSqlQuery query = m_database.prepare(sql);
    for (const QList<qint64> &kinds : kindSets) // the sums come first in the statement
        query.addBindValue(SqlList::bound(kinds));
    if (!allCadres)
        query.addBindValue(SqlList::bound(cadreIds));
    query.addBindValue(SqlList::bound(statuses));
    query.setForwardOnly(true);
    query.addBindValue(from.toString(Qt::ISODate));
    query.addBindValue(to.toString(Qt::ISODate));
    query.addBindValue(SqlList::bound(anyKind));
    m_database.exec(query);
    while (query.next())
        for (size_t set = 0; set < kindSets.size(); ++set)
            if (const double sum = query.value(static_cast<int>(set) + 1).toDouble(); sum > 0)
                hours[set].insert(query.value(0).toLongLong(), hundredths(sum));
    return hours;
}

QHash<HourCompliance::CappedKey, double>
HourCompliance::cappedSessionHours(QDate from, QDate to, const QSet<AttendanceStatus> &earning,
                                   const QList<qint64> &cadreIds, bool allCadres,
                                   const QList<qint64> &capped) const
{
    QStringList statuses;
    for (AttendanceStatus status : earning)
        statuses.append(enumCode(status));
    QHash<CappedKey, double> hours;
    if (statuses.isEmpty() || cadreIds.isEmpty() || capped.isEmpty())
        return hours;
    QSqlQuery query = m_database.prepare(
        QStringLiteral("SELECT a.cadre_id, s.kind_id, CAST(substr(s.session_date, 1, 4) AS INTEGER), "
                       "total(s.hours) FROM study_session s "
                       "JOIN attendance a ON a.session_id = s.id AND a.status IN %1 "
                       "WHERE s.kind_id IN %1 AND s.session_date BETWEEN ? AND ? AND s.state = 'held' "
                       "%2 GROUP BY 1, 2, 3")
            .arg(SqlList::values(),
                 allCadres ? QString() : QStringLiteral("AND a.cadre_id IN %1").arg(SqlList::values())));
    query.setForwardOnly(true);
    query.addBindValue(SqlList::bound(statuses));
    query.addBindValue(SqlList::bound(capped));
    query.addBindValue(from.toString(Qt::ISODate));
    query.addBindValue(to.toString(Qt::ISODate));
    if (!allCadres)
        query.addBindValue(SqlList::bound(cadreIds));
    m_database.exec(query);
    while (query.next())
        hours.insert({query.value(0).toLongLong(), query.value(1).toLongLong(), query.value(2).toInt()},
                     query.value(3).toDouble());
    return hours;
}

std::vector<QHash<qint64, HourCompliance::Earned>>
HourCompliance::earnedFor(QDate from, QDate to, const QSet<AttendanceStatus> &earning,
                          const QList<qint64> &cadreIds, bool allCadres,
                          const std::vector<QList<qint64>> &kindSets, const QHash<qint64, double> &caps,
                          const QList<HourCredit> &credits) const
{
    // Kinds without a cap are summed over the period in SQL; kinds with one, per year, then capped.
    QList<qint64> capped;
    std::vector<QList<qint64>> uncappedSets;
    for (const QList<qint64> &kinds : kindSets) {
        QList<qint64> uncapped;
        for (const qint64 kind : kinds)
            (caps.contains(kind) ? capped : uncapped).append(kind);
        uncappedSets.push_back(uncapped);
    }
    std::vector<QHash<qint64, Earned>> earned(kindSets.size());
    const std::vector<QHash<qint64, double>> sessions =
        earnedHours(from, to, earning, cadreIds, allCadres, uncappedSets);
    for (size_t set = 0; set < kindSets.size(); ++set)
        for (auto it = sessions[set].cbegin(); it != sessions[set].cend(); ++it)
            earned[set][it.key()].sessions = it.value();

    const QSet<qint64> wanted(cadreIds.cbegin(), cadreIds.cend());
    QHash<CappedKey, std::pair<double, double>> cappedHours; // sessions, other sources
    const QHash<CappedKey, double> cappedSessions =
        cappedSessionHours(from, to, earning, cadreIds, allCadres, capped);
    for (auto it = cappedSessions.cbegin(); it != cappedSessions.cend(); ++it)
        cappedHours[it.key()].first = it.value();
    for (const HourCredit &credit : credits) {
        if (credit.date < from || credit.date > to || !wanted.contains(credit.cadreId))
            continue;
        if (caps.contains(credit.kindId)) {
            cappedHours[{credit.cadreId, credit.kindId, credit.date.year()}].second += credit.hours;
            continue;
        }
        for (size_t set = 0; set < kindSets.size(); ++set)
            if (kindSets[set].contains(credit.kindId))
                earned[set][credit.cadreId].classes += credit.hours;
    }
    // Within a cap, sessions count first, then the other sources up to what is left.
    for (auto it = cappedHours.cbegin(); it != cappedHours.cend(); ++it) {
        const auto [sessionHours, otherHours] = it.value();
        const double allowed = std::min(sessionHours + otherHours, caps.value(it.key().kindId));
        const double fromSessions = std::min(sessionHours, allowed);
        for (size_t set = 0; set < kindSets.size(); ++set)
            if (kindSets[set].contains(it.key().kindId)) {
                Earned &hours = earned[set][it.key().cadreId];
                hours.sessions += fromSessions;
                hours.classes += allowed - fromSessions;
            }
    }
    for (QHash<qint64, Earned> &hours : earned)
        for (Earned &cadre : hours) {
            cadre.sessions = hundredths(cadre.sessions);
            cadre.classes = hundredths(cadre.classes);
        }
    return earned;
}

QList<ComplianceRow> HourCompliance::compute(int year, const QSet<qint64> &branches,
                                             const TaskControl &control) const
{
    const QList<HourRequirement> requirements = StudyRuleRepository::requirementsIn(m_database);
    const QSet<AttendanceStatus> earning = StudyRuleRepository::earningStatusesIn(m_database);

    struct Subject
    {
        qint64 id;
        QString name;
        QString employeeNumber;
        qint64 branchId;
        QString branchName;
        QList<CadreCategory> categories;
        QDate hiredOn;
        QDate partyJoinedOn;
        QDate leftOn;
        QDate recordsStart; // of the cadre's branch
    };
    QSqlQuery cadres = m_database.prepare(QStringLiteral(
        "SELECT c.id, c.name, c.employee_number, c.branch_id, o.name, c.level, c.party_status, c.post, "
        "c.hired_on, c.party_joined_on, c.left_on, o.records_start, c.party_role "
        "FROM cadre c JOIN organization o ON o.id = c.branch_id "
        "WHERE (c.left_on IS NULL AND c.employment_status IN ('active', 'seconded')) OR c.left_on > ? "
        "ORDER BY c.employee_number"));
    cadres.setForwardOnly(true);
    // Who was at work at some time of the year: a cadre who left since is measured for the part before.
    cadres.addBindValue(QDate(year, 1, 1).toString(Qt::ISODate));
    m_database.exec(cadres);
    QList<Subject> subjects;
    int everyone = 0;
    while (cadres.next()) {
        ++everyone;
        const qint64 branchId = cadres.value(3).toLongLong();
        if (!branches.isEmpty() && !branches.contains(branchId))
            continue;
        Cadre cadre;
        cadre.level = enumFromCode<CadreLevel>(cadres.value(5).toString()).value_or(CadreLevel::Grassroots);
        cadre.partyStatus =
            enumFromCode<PartyStatus>(cadres.value(6).toString()).value_or(PartyStatus::Masses);
        cadre.post = cadres.value(7).toString();
        cadre.partyRole = enumFromCode<PartyRole>(cadres.value(12).toString()).value_or(PartyRole::None);
        subjects.append({cadres.value(0).toLongLong(), cadres.value(1).toString(), cadres.value(2).toString(),
                         branchId, cadres.value(4).toString(), categoriesOf(cadre),
                         QDate::fromString(cadres.value(8).toString(), Qt::ISODate),
                         QDate::fromString(cadres.value(9).toString(), Qt::ISODate),
                         QDate::fromString(cadres.value(10).toString(), Qt::ISODate),
                         QDate::fromString(cadres.value(11).toString(), Qt::ISODate)});
    }

    const int steps = static_cast<int>(requirements.size()) + 2; // the roster, each period, the rows
    control.checkpoint();
    control.progress(1, steps);
    const QDate yearEnd(year, 12, 31);
    const QDate today = m_clock.today();
    // The kinds each requirement counts, as ids; requirements over one period share one reading.
    QHash<QString, qint64> kindIds;
    QHash<qint64, double> caps;
    for (const StudyKind &kind : StudyRuleRepository::kindsIn(m_database)) {
        kindIds.insert(kind.uuid, kind.id);
        if (kind.yearlyCap > 0)
            caps.insert(kind.id, kind.yearlyCap);
    }
    const auto countedIds = [&kindIds](const HourRequirement &requirement) {
        QList<qint64> ids;
        for (const QString &uuid : requirement.countedKinds)
            if (kindIds.contains(uuid))
                ids.append(kindIds.value(uuid));
        std::sort(ids.begin(), ids.end());
        return ids;
    };
    std::map<std::pair<int, QList<qint64>>, QHash<qint64, Earned>>
        earnedBy; // (years, kinds) → hours per cadre
    std::map<int, std::vector<QList<qint64>>> kindSetsByPeriod;
    for (const HourRequirement &requirement : requirements) {
        std::vector<QList<qint64>> &sets = kindSetsByPeriod[requirement.periodYears];
        const QList<qint64> ids = countedIds(requirement);
        if (std::find(sets.cbegin(), sets.cend(), ids) == sets.cend())
            sets.push_back(ids);
    }
    // The other sources' credits, read once for the longest period.
    QList<HourCredit> credits;
    if (!kindSetsByPeriod.empty()) {
        const QDate earliest(year - kindSetsByPeriod.rbegin()->first + 1, 1, 1);
        for (const HourSource *source : m_sources)
            credits.append(source->credits(m_database, earliest, yearEnd, today));
    }
    for (const auto &[periodYears, kindSets] : kindSetsByPeriod) {
        QList<qint64> ids;
        for (const Subject &subject : std::as_const(subjects))
            for (const HourRequirement &other : std::as_const(requirements))
                if (other.periodYears == periodYears && subject.categories.contains(other.category)) {
                    ids.append(subject.id);
                    break;
                }
        std::vector<QHash<qint64, Earned>> earned =
            earnedFor(QDate(year - periodYears + 1, 1, 1), yearEnd, earning, ids, ids.size() * 4 > everyone,
                      kindSets, caps, credits);
        // Hours earned before the records began count toward every requirement.
        const QHash<qint64, double> opening =
            OpeningHoursRepository::totals(m_database, year - periodYears + 1, year);
        for (size_t set = 0; set < kindSets.size(); ++set) {
            for (auto it = opening.cbegin(); it != opening.cend(); ++it)
                earned[set][it.key()].opening = hundredths(it.value());
            earnedBy[{periodYears, kindSets[set]}] = std::move(earned[set]);
        }
        control.checkpoint();
        control.progress(1 + static_cast<int>(earnedBy.size()), steps);
    }
    QHash<qint64, const QHash<qint64, Earned> *> earnedByRequirement; // requirement id → hours per cadre
    for (const HourRequirement &requirement : requirements)
        earnedByRequirement.insert(requirement.id,
                                   &earnedBy[{requirement.periodYears, countedIds(requirement)}]);

    QList<ComplianceRow> rows;
    for (const Subject &subject : std::as_const(subjects)) {
        std::optional<ComplianceRow> worst;
        for (const HourRequirement &requirement : requirements) {
            if (!subject.categories.contains(requirement.category))
                continue;
            ComplianceRow row;
            row.cadreId = subject.id;
            row.requirement = requirement;
            row.periodStart = QDate(year - requirement.periodYears + 1, 1, 1);
            row.periodEnd = yearEnd;
            // Counted from the later of the period's start and the day the cadre was hired (or, for
            // party members' hours, joined the Party), to the day before leaving: a newcomer, or a
            // cadre who left, owes the share of the period spent at work.
            // Nor before the branch's records start: months nobody recorded are not counted.
            QDate from = std::max({row.periodStart, subject.hiredOn.isValid() ? subject.hiredOn : QDate(),
                                   subject.recordsStart.isValid() ? subject.recordsStart : QDate()});
            if (requirement.category == CadreCategory::PartyMember && subject.partyJoinedOn.isValid())
                from = std::max(from, subject.partyJoinedOn);
            const QDate to = subject.leftOn.isValid() ? std::min(row.periodEnd, subject.leftOn.addDays(-1))
                                                      : row.periodEnd;
            if (from > to)
                continue;
            row.required = requirement.minimumHours * static_cast<double>(from.daysTo(to) + 1) /
                           static_cast<double>(row.periodStart.daysTo(row.periodEnd) + 1);
            row.expected = proRata(row.required, from, to, today);
            const Earned earned = earnedByRequirement.value(requirement.id)->value(row.cadreId);
            row.sessionHours = earned.sessions;
            row.classHours = earned.classes;
            row.openingHours = earned.opening;
            row.earned = hundredths(earned.sessions + earned.classes + earned.opening);
            row.level = levelOf(row.earned, row.expected, row.required);
            // The most pressing: the worst level, then the largest shortfall against the expectation.
            const auto shortfall = [](const ComplianceRow &r) { return r.expected - r.earned; };
            if (!worst || row.level > worst->level ||
                (row.level == worst->level && shortfall(row) > shortfall(*worst)))
                worst = row;
        }
        if (!worst)
            continue;
        worst->name = subject.name;
        worst->employeeNumber = subject.employeeNumber;
        worst->branchId = subject.branchId;
        worst->branchName = subject.branchName;
        rows.append(*worst);
    }
    control.progress(steps, steps);
    return rows;
}

} // namespace rongpei
