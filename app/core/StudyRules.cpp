#include "StudyRules.h"

#include <cmath>

namespace rongpei {

double HourConversion::hoursFor(QTime start, QTime end) const
{
    if (method == ConversionMethod::Fixed)
        return hours;
    if (!start.isValid() || !end.isValid() || end <= start)
        return 0;
    return std::round(start.secsTo(end) / 1800.0) / 2.0;
}

QList<CadreCategory> categoriesOf(const Cadre &cadre)
{
    QList<CadreCategory> categories;
    if (hasJoinedParty(cadre.partyStatus))
        categories.append(CadreCategory::PartyMember);
    // 书记 and 委员 of a party organisation; a 团支部书记 leads the Youth League, not the branch.
    const bool youthLeague = cadre.post.contains(u'团');
    if (!youthLeague &&
        (cadre.post.contains(QStringLiteral("书记")) || cadre.post.contains(QStringLiteral("委员"))))
        categories.append(CadreCategory::BranchCommittee);
    categories.append(cadre.level == CadreLevel::Senior ? CadreCategory::CountyAndAbove
                                                        : CadreCategory::TownshipAndBelow);
    return categories;
}

} // namespace rongpei
