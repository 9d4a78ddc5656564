#pragma once

#include "roster/Cadre.h"
#include "roster/PostHistory.h"
#include "storage/RecordRepository.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>

namespace rongpei {

class Clock;

/// The exchange rule of a level: a cadre who has held the same post `years` years is due for an
/// exchange (交流), when the rule applies to the level at all.
struct ExchangeRule
{
    CadreLevel level = CadreLevel::Grassroots;
    bool applies = false;
    int years = 10;

    bool operator==(const ExchangeRule &) const = default;
};

/// The enterprise's exchange rules, one per level, kept by an administrator.
class ExchangeRuleRepository final : public RecordRepository
{
    Q_OBJECT

public:
    static constexpr int minYears = 1;
    static constexpr int maxYears = 40;
    /// 《党政领导干部交流工作规定》: ten years in one post; the model enterprises follow (参照).
    static constexpr int leadershipModelYears = 10;

    ExchangeRuleRepository(Database &database, const Clock &clock, QObject *parent = nullptr);

    /// One rule per level, senior first.
    QList<ExchangeRule> rules() const;
    static QList<ExchangeRule> rules(const Database &database);
    /// Saves the rules of every level at once.
    void setRules(const QList<ExchangeRule> &rules);

private:
    const Clock &m_clock;
};

/// A cadre due for an exchange: their current post held since `since`, for `years` full years.
struct ExchangeDueLine
{
    qint64 cadreId = 0;
    QDate since;
    bool sinceHire = false; // no record of the post's start: the hire date stands for it
    int years = 0;
    int thresholdYears = 0;
};

/// Who is due for an exchange on `today` by the rules: cadres at work whose level's rule
/// applies and who have held their current post (postHeldSince) at least the rule's years.
/// Cadres whose post's first day nobody recorded are counted in `unknownSince`, not listed.
class ExchangeDue final
{
    Q_DECLARE_TR_FUNCTIONS(rongpei::ExchangeDue)

public:
    QList<ExchangeDueLine> lines;
    int unknownSince = 0;

    static ExchangeDue compute(const Database &database, QDate today);
    static ExchangeDue compute(const QList<Cadre> &cadres, const QHash<qint64, QList<PostRecord>> &histories,
                               const QList<ExchangeRule> &rules, QDate today);
};

} // namespace rongpei
