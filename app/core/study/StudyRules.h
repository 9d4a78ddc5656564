#pragma once

#include "common/DomainEnum.h"
#include "roster/Cadre.h"
#include "study/StudySession.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <array>

namespace rongpei {

/// How a session's time becomes 学时: its clock hours, or a fixed number.
enum class ConversionMethod
{
    ClockHours,
    Fixed
};

/// Groups of cadres that an hour requirement applies to; a cadre may be in several.
enum class CadreCategory
{
    PartyMember,      // 党员 (and probationary members)
    BranchCommittee,  // 基层党组织书记和班子成员
    TownshipAndBelow, // 乡科级及以下
    CountyAndAbove    // 县处级及以上
};

/// How often a branch must hold a kind of meeting.
enum class MeetingFrequency
{
    Monthly,
    Quarterly,
    HalfYearly,
    Yearly,
    NotRequired
};

template <>
struct EnumTraits<ConversionMethod>
{
    static constexpr std::array<EnumEntry<ConversionMethod>, 2> entries{{
        {ConversionMethod::ClockHours, u"clock", QT_TRANSLATE_NOOP("Labels", "Clock hours")},
        {ConversionMethod::Fixed, u"fixed", QT_TRANSLATE_NOOP("Labels", "Fixed hours")},
    }};
};

template <>
struct EnumTraits<CadreCategory>
{
    static constexpr std::array<EnumEntry<CadreCategory>, 4> entries{{
        {CadreCategory::PartyMember, u"party_member", QT_TRANSLATE_NOOP("Labels", "Party members")},
        {CadreCategory::BranchCommittee, u"branch_committee",
         QT_TRANSLATE_NOOP("Labels", "Branch secretaries and committee members")},
        {CadreCategory::TownshipAndBelow, u"township_and_below",
         QT_TRANSLATE_NOOP("Labels", "Township/section level and below")},
        {CadreCategory::CountyAndAbove, u"county_and_above",
         QT_TRANSLATE_NOOP("Labels", "County/division level and above")},
    }};
};

template <>
struct EnumTraits<MeetingFrequency>
{
    static constexpr std::array<EnumEntry<MeetingFrequency>, 5> entries{{
        {MeetingFrequency::Monthly, u"monthly", QT_TRANSLATE_NOOP("Labels", "Monthly")},
        {MeetingFrequency::Quarterly, u"quarterly", QT_TRANSLATE_NOOP("Labels", "Quarterly")},
        {MeetingFrequency::HalfYearly, u"half_yearly", QT_TRANSLATE_NOOP("Labels", "Half-yearly")},
        {MeetingFrequency::Yearly, u"yearly", QT_TRANSLATE_NOOP("Labels", "Yearly")},
        {MeetingFrequency::NotRequired, u"none", QT_TRANSLATE_NOOP("Labels", "Not required")},
    }};
};

struct HourConversion
{
    qint64 id = 0;
    QString uuid;
    QString name;
    ConversionMethod method = ConversionMethod::ClockHours;
    double hours = 0; // for Fixed
    QString source;

    /// The 学时 of a session from `start` to `end` under this rule, in half hours.
    double hoursFor(QTime start, QTime end) const;

    bool operator==(const HourConversion &) const = default;
};

struct StudyKind
{
    qint64 id = 0;
    QString uuid;
    QString code; // built-in kinds only
    QString name;
    bool membersOnly = false; // the roll call defaults to the branch's party members
    qint64 conversionId = 0;
    /// Hours of the kind count toward the hour requirements up to this a calendar year; 0: no cap.
    double yearlyCap = 0;

    bool operator==(const StudyKind &) const = default;
};

struct HourRequirement
{
    qint64 id = 0;
    QString uuid;
    CadreCategory category = CadreCategory::PartyMember;
    int periodYears = 1; // a rolling window ending with the year looked at
    double minimumHours = 0;
    QString source; // the regulation it comes from
    /// The uuids of the kinds of session whose hours count toward it (集中学习, 脱产培训 …), in the
    /// order of the kinds; a kind deleted and restored keeps its uuid, and counts again.
    QStringList countedKinds;

    /// Whether the hours of sessions of `kind` count toward the requirement.
    bool counts(const StudyKind &kind) const { return countedKinds.contains(kind.uuid); }

    bool operator==(const HourRequirement &) const = default;
};

struct MeetingRule
{
    qint64 id = 0;
    QString uuid;
    qint64 kindId = 0;
    qint64 branchId = 0; // 0: every branch without a rule of its own
    MeetingFrequency frequency = MeetingFrequency::Monthly;
    QString source;

    bool operator==(const MeetingRule &) const = default;
};

/// True for a secretary or committee member of a party organisation (书记, 组织委员, 党委委员…),
/// not of the Youth League, the trade union or a 委员会 of another kind.
bool isPartyCommitteePost(const QString &post);

/// The categories a cadre belongs to, from party status, level and post.
QList<CadreCategory> categoriesOf(const Cadre &cadre);

/// The kind of id `kindId` among `kinds`; a default (not members-only, no conversion) if none.
StudyKind kindById(const QList<StudyKind> &kinds, qint64 kindId);

/// How a session of `kind` is counted in 学时; an empty conversion (0 hours) if the kind has none.
HourConversion conversionFor(const StudyKind &kind, const QList<HourConversion> &conversions);

/// Field keys for rule records.
namespace StudyRuleField {
inline const QString name = QStringLiteral("name");
inline const QString hours = QStringLiteral("hours");
inline const QString periodYears = QStringLiteral("periodYears");
inline const QString kind = QStringLiteral("kind");
inline const QString branch = QStringLiteral("branch");
inline const QString countedKinds = QStringLiteral("countedKinds");
inline const QString yearlyCap = QStringLiteral("yearlyCap");
} // namespace StudyRuleField

} // namespace rongpei
