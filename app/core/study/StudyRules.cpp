#include "study/StudyRules.h"

#include <QRegularExpression>

#include <algorithm>
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

bool isPartyCommitteePost(const QString &post)
{
    // The Youth League's and the trade union's secretaries and members lead other bodies.
    static const QRegularExpression otherBody(QStringLiteral("工会|团支部|团总支|团委|共青团"));
    // A secretary of any party organisation; a 委员 (not a 委员会) of a party or discipline body,
    // or one of a branch committee's own posts, which name no body.
    static const QRegularExpression secretary(QStringLiteral("书记"));
    static const QRegularExpression member(
        QStringLiteral("(党|纪).*委员(?!会)|^(组织|宣传|纪检|青年|统战|保密)委员$"));
    if (otherBody.match(post).hasMatch())
        return false;
    return secretary.match(post).hasMatch() || member.match(post).hasMatch();
}

QList<CadreCategory> categoriesOf(const Cadre &cadre)
{
    QList<CadreCategory> categories;
    if (hasJoinedParty(cadre.partyStatus))
        categories.append(CadreCategory::PartyMember);
    // The branch committee's members by their role; a committee's leaders by their post (党委书记 …).
    if (cadre.partyRole != PartyRole::None || isPartyCommitteePost(cadre.post))
        categories.append(CadreCategory::BranchCommittee);
    categories.append(cadre.level == CadreLevel::Senior ? CadreCategory::CountyAndAbove
                                                        : CadreCategory::TownshipAndBelow);
    return categories;
}

StudyKind kindById(const QList<StudyKind> &kinds, qint64 kindId)
{
    const auto found = std::find_if(kinds.cbegin(), kinds.cend(),
                                    [kindId](const StudyKind &kind) { return kind.id == kindId; });
    return found == kinds.cend() ? StudyKind() : *found;
}

HourConversion conversionFor(const StudyKind &kind, const QList<HourConversion> &conversions)
{
    const auto found =
        std::find_if(conversions.cbegin(), conversions.cend(), [&kind](const HourConversion &conversion) {
            return conversion.id == kind.conversionId;
        });
    return kind.conversionId > 0 && found != conversions.cend() ? *found : HourConversion();
}

} // namespace rongpei
