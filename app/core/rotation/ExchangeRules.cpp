#include "rotation/ExchangeRules.h"

#include "common/Clock.h"
#include "common/ValidationError.h"
#include "roster/CadreRepository.h"
#include "roster/PostHistoryRepository.h"
#include "storage/Database.h"

#include <QSqlQuery>

#include <algorithm>

namespace rongpei {

ExchangeRuleRepository::ExchangeRuleRepository(Database &database, const Clock &clock, QObject *parent)
    : RecordRepository(database, QStringLiteral("exchange_rule"), parent)
    , m_clock(clock)
{}

QList<ExchangeRule> ExchangeRuleRepository::rules() const
{
    return rules(m_database);
}

QList<ExchangeRule> ExchangeRuleRepository::rules(const Database &database)
{
    QSqlQuery query = database.prepare(QStringLiteral("SELECT level, applies, years FROM exchange_rule"));
    database.exec(query);
    QList<ExchangeRule> stored;
    while (query.next()) {
        ExchangeRule rule;
        rule.level = enumFromCode<CadreLevel>(query.value(0).toString()).value_or(CadreLevel::Grassroots);
        rule.applies = query.value(1).toBool();
        rule.years = query.value(2).toInt();
        stored.append(rule);
    }
    QList<ExchangeRule> ordered;
    for (const CadreLevel level : enumValues<CadreLevel>()) {
        const auto rule = std::find_if(stored.cbegin(), stored.cend(),
                                       [level](const ExchangeRule &r) { return r.level == level; });
        ordered.append(rule != stored.cend() ? *rule : ExchangeRule{level, false, leadershipModelYears});
    }
    return ordered;
}

void ExchangeRuleRepository::setRules(const QList<ExchangeRule> &rules)
{
    for (const ExchangeRule &rule : rules)
        if (rule.years < minYears || rule.years > maxYears)
            throw ValidationError(
                tr("The years in one post must be from %1 to %2.").arg(minYears).arg(maxYears));
    Transaction transaction(m_database);
    const QString now = m_clock.timestamp();
    for (const ExchangeRule &rule : rules) {
        QSqlQuery query = m_database.prepare(QStringLiteral(
            "UPDATE exchange_rule SET applies = ?, years = ?, updated_at = ? WHERE level = ? AND "
            "(applies, years) IS NOT (?, ?) RETURNING id"));
        query.addBindValue(rule.applies ? 1 : 0);
        query.addBindValue(rule.years);
        query.addBindValue(now);
        query.addBindValue(enumCode(rule.level));
        query.addBindValue(rule.applies ? 1 : 0);
        query.addBindValue(rule.years);
        m_database.exec(query);
        if (query.next())
            notifyChanged(query.value(0).toLongLong());
    }
    transaction.commit();
}

ExchangeDue ExchangeDue::compute(const Database &database, QDate today)
{
    return compute(CadreRepository::all(database), PostHistoryRepository::ofAll(database),
                   ExchangeRuleRepository::rules(database), today);
}

ExchangeDue ExchangeDue::compute(const QList<Cadre> &cadres,
                                 const QHash<qint64, QList<PostRecord>> &histories,
                                 const QList<ExchangeRule> &rules, QDate today)
{
    ExchangeDue due;
    for (const Cadre &cadre : cadres) {
        if (!isEmployed(cadre.employmentStatus))
            continue;
        const auto rule = std::find_if(rules.cbegin(), rules.cend(),
                                       [&cadre](const ExchangeRule &r) { return r.level == cadre.level; });
        if (rule == rules.cend() || !rule->applies)
            continue;
        const PostTenure tenure = postHeldSince(cadre, histories.value(cadre.id));
        if (!tenure.since.isValid()) {
            ++due.unknownSince;
            continue;
        }
        const int years = tenure.yearsOn(today);
        if (years >= rule->years)
            due.lines.append({cadre.id, tenure.since, tenure.fromHireDate, years, rule->years});
    }
    return due;
}

} // namespace rongpei
