#include "study/MeetingCalendar.h"

#include "common/Clock.h"
#include "storage/Database.h"

#include <QHash>
#include <QMap>
#include <QSqlQuery>
#include <QVariant>

namespace rongpei {

PeriodState MeetingCalendarRow::stateInMonth(int month) const
{
    for (qsizetype i = 0; i < periods.size(); ++i)
        if (periods.at(i).start.month() <= month && month <= periods.at(i).end.month())
            return states.at(i);
    return PeriodState::Upcoming;
}

MeetingCalendar::MeetingCalendar(const Database &database, const Clock &clock)
    : m_database(database)
    , m_clock(clock)
{}

QList<MeetingCalendarRow> MeetingCalendar::rows(qint64 branchId, int year) const
{
    return rowsByBranch(year, {branchId}).value(branchId);
}

QList<OverdueMeeting> MeetingCalendar::overdue(int year, const QSet<qint64> &branches) const
{
    const QHash<qint64, QList<MeetingCalendarRow>> byBranch = rowsByBranch(year, branches);
    QSqlQuery names = m_database.prepare(
        QStringLiteral("SELECT id, name FROM organization WHERE kind = 'branch' ORDER BY name"));
    m_database.exec(names);
    QList<OverdueMeeting> result;
    while (names.next()) {
        const qint64 branchId = names.value(0).toLongLong();
        const auto rows = byBranch.constFind(branchId);
        if (rows == byBranch.cend())
            continue;
        for (const MeetingCalendarRow &row : *rows) {
            for (qsizetype i = 0; i < row.periods.size(); ++i) {
                const PeriodState state = row.states.at(i);
                if (state == PeriodState::Missed || state == PeriodState::Due)
                    result.append({branchId, names.value(1).toString(), row.kindId, row.kindName,
                                   row.frequency, row.periods.at(i), state});
            }
        }
    }
    return result;
}

QHash<qint64, QList<MeetingCalendarRow>> MeetingCalendar::rowsByBranch(int year,
                                                                       const QSet<qint64> &branches) const
{
    struct Rule
    {
        qint64 kindId;
        QString kindName;
        MeetingFrequency frequency;
    };
    // Rules for every branch (key 0) and for single branches; a branch's own rule wins.
    QHash<qint64, QMap<std::pair<int, qint64>, Rule>> rulesByBranch; // branch → (kind order, kind) → rule
    QSqlQuery rules = m_database.prepare(QStringLiteral(
        "SELECT ifnull(r.branch_id, 0), r.kind_id, k.name, r.frequency, k.sort_order FROM meeting_rule r "
        "JOIN session_kind k ON k.id = r.kind_id"));
    m_database.exec(rules);
    while (rules.next()) {
        const auto frequency = enumFromCode<MeetingFrequency>(rules.value(3).toString());
        rulesByBranch[rules.value(0).toLongLong()].insert(
            {rules.value(4).toInt(), rules.value(1).toLongLong()},
            {rules.value(1).toLongLong(), rules.value(2).toString(),
             frequency.value_or(MeetingFrequency::NotRequired)});
    }

    struct Held
    {
        std::array<int, 12> meetings{};
        std::array<int, 12> withoutMinutes{};
        std::array<int, 12> withoutSignInSheet{};
    };
    QHash<qint64, QHash<qint64, Held>> held; // branch → kind → per month
    QSqlQuery sessions = m_database.prepare(QStringLiteral(
        "SELECT branch_id, kind_id, CAST(substr(session_date, 6, 2) AS INTEGER), count(*), "
        "sum(NOT EXISTS (SELECT 1 FROM attachment a WHERE a.session_id = s.id AND a.category = 'minutes')), "
        "sum(NOT EXISTS (SELECT 1 FROM attachment a WHERE a.session_id = s.id "
        "AND a.category = 'sign_in_sheet')) "
        "FROM study_session s WHERE state = 'held' AND session_date BETWEEN ? AND ? GROUP BY 1, 2, 3"));
    sessions.addBindValue(QDate(year, 1, 1).toString(Qt::ISODate));
    sessions.addBindValue(QDate(year, 12, 31).toString(Qt::ISODate));
    m_database.exec(sessions);
    while (sessions.next()) {
        const int month = sessions.value(2).toInt();
        if (month < 1 || month > 12)
            continue;
        const auto m = static_cast<size_t>(month - 1);
        Held &counts = held[sessions.value(0).toLongLong()][sessions.value(1).toLongLong()];
        counts.meetings[m] = sessions.value(3).toInt();
        counts.withoutMinutes[m] = sessions.value(4).toInt();
        counts.withoutSignInSheet[m] = sessions.value(5).toInt();
    }

    QSqlQuery branchQuery = m_database.prepare(
        QStringLiteral("SELECT id, records_start FROM organization WHERE kind = 'branch'"));
    m_database.exec(branchQuery);
    const QDate today = m_clock.today();
    QHash<qint64, QList<MeetingCalendarRow>> result;
    while (branchQuery.next()) {
        const qint64 branchId = branchQuery.value(0).toLongLong();
        if (!branches.isEmpty() && !branches.contains(branchId))
            continue;
        const QDate recordsStart = QDate::fromString(branchQuery.value(1).toString(), Qt::ISODate);
        QMap<std::pair<int, qint64>, Rule> effective = rulesByBranch.value(0);
        const QMap<std::pair<int, qint64>, Rule> own = rulesByBranch.value(branchId);
        for (auto it = own.cbegin(); it != own.cend(); ++it)
            effective.insert(it.key(), it.value());
        QList<MeetingCalendarRow> rows;
        for (const Rule &rule : std::as_const(effective)) {
            if (rule.frequency == MeetingFrequency::NotRequired)
                continue;
            MeetingCalendarRow row;
            row.kindId = rule.kindId;
            row.kindName = rule.kindName;
            row.frequency = rule.frequency;
            const Held counts = held.value(branchId).value(rule.kindId);
            row.heldPerMonth = counts.meetings;
            row.withoutMinutesPerMonth = counts.withoutMinutes;
            row.withoutSignInSheetPerMonth = counts.withoutSignInSheet;
            row.periods = MeetingPeriod::ofYear(rule.frequency, year);
            for (const MeetingPeriod &period : std::as_const(row.periods)) {
                int count = 0;
                for (int month = period.start.month(); month <= period.end.month(); ++month)
                    count += row.heldPerMonth[static_cast<size_t>(month - 1)];
                row.states.append(MeetingPeriod::stateOf(period, count, today, recordsStart));
            }
            rows.append(row);
        }
        result.insert(branchId, rows);
    }
    return result;
}

} // namespace rongpei
