#pragma once

#include "common/DomainEnum.h"

#include <QDate>
#include <QDateTime>
#include <QString>

#include <array>

namespace rongpei {

enum class Gender
{
    Male,
    Female
};
enum class Track
{
    Party,
    Operations
};
enum class CadreLevel
{
    Senior,
    Middle,
    Grassroots
};
/// 政治面貌, as GB/T 4762 codes it (01–13). Whether a non-member is on the way into the Party is
/// not a 政治面貌 but a RecruitmentStage.
enum class PartyStatus
{
    Member,               // 01 中共党员
    Probationary,         // 02 中共预备党员
    LeagueMember,         // 03 共青团员
    Revolutionary,        // 04 民革党员
    DemocraticLeague,     // 05 民盟盟员
    NationalConstruction, // 06 民建会员
    PromotingDemocracy,   // 07 民进会员
    PeasantsWorkers,      // 08 农工党党员
    Zhigong,              // 09 致公党党员
    Jiusan,               // 10 九三学社社员
    TaiwanLeague,         // 11 台盟盟员
    Independent,          // 12 无党派人士
    Masses                // 13 群众
};

/// Where a non-member stands on the way into the Party (入党), kept apart from 政治面貌.
enum class RecruitmentStage
{
    None,
    Applicant, // 入党申请人
    Activist,  // 入党积极分子
    Candidate  // 发展对象
};
/// A part-time role on the branch committee (支部委员会), one holder each; not a job post (岗位).
enum class PartyRole
{
    None,
    Secretary,       // 书记
    DeputySecretary, // 副书记
    Organization,    // 组织委员
    Propaganda,      // 宣传委员
    Discipline,      // 纪检委员
    Youth            // 青年委员
};

enum class EmploymentStatus
{
    Active,
    Seconded,
    Left,
    Retired
};

template <>
struct EnumTraits<Gender>
{
    static constexpr std::array<EnumEntry<Gender>, 2> entries{{
        {Gender::Male, u"male", QT_TRANSLATE_NOOP("Labels", "Male")},
        {Gender::Female, u"female", QT_TRANSLATE_NOOP("Labels", "Female")},
    }};
};

template <>
struct EnumTraits<Track>
{
    static constexpr std::array<EnumEntry<Track>, 2> entries{{
        {Track::Party, u"party", QT_TRANSLATE_NOOP("Labels", "Party affairs")},
        {Track::Operations, u"operations", QT_TRANSLATE_NOOP("Labels", "Operations")},
    }};
};

template <>
struct EnumTraits<CadreLevel>
{
    static constexpr std::array<EnumEntry<CadreLevel>, 3> entries{{
        {CadreLevel::Senior, u"senior", QT_TRANSLATE_NOOP("Labels", "Senior (county/division and above)")},
        {CadreLevel::Middle, u"middle", QT_TRANSLATE_NOOP("Labels", "Middle (township/section)")},
        {CadreLevel::Grassroots, u"grassroots", QT_TRANSLATE_NOOP("Labels", "Grassroots")},
    }};
};

template <>
struct EnumTraits<PartyStatus>
{
    static constexpr std::array<EnumEntry<PartyStatus>, 13> entries{{
        {PartyStatus::Member, u"member", QT_TRANSLATE_NOOP("Labels", "CPC member")},
        {PartyStatus::Probationary, u"probationary", QT_TRANSLATE_NOOP("Labels", "Probationary member")},
        {PartyStatus::LeagueMember, u"league_member",
         QT_TRANSLATE_NOOP("Labels", "Communist Youth League member")},
        {PartyStatus::Revolutionary, u"rcck", QT_TRANSLATE_NOOP("Labels", "Member of the RCCK")},
        {PartyStatus::DemocraticLeague, u"cdl",
         QT_TRANSLATE_NOOP("Labels", "Member of the China Democratic League")},
        {PartyStatus::NationalConstruction, u"cndca",
         QT_TRANSLATE_NOOP("Labels", "Member of the China National Democratic Construction Association")},
        {PartyStatus::PromotingDemocracy, u"capd",
         QT_TRANSLATE_NOOP("Labels", "Member of the China Association for Promoting Democracy")},
        {PartyStatus::PeasantsWorkers, u"cpwdp",
         QT_TRANSLATE_NOOP("Labels", "Member of the Chinese Peasants' and Workers' Democratic Party")},
        {PartyStatus::Zhigong, u"czgp", QT_TRANSLATE_NOOP("Labels", "Member of the China Zhi Gong Party")},
        {PartyStatus::Jiusan, u"jiusan", QT_TRANSLATE_NOOP("Labels", "Member of the Jiusan Society")},
        {PartyStatus::TaiwanLeague, u"tdsgl",
         QT_TRANSLATE_NOOP("Labels", "Member of the Taiwan Democratic Self-Government League")},
        {PartyStatus::Independent, u"independent", QT_TRANSLATE_NOOP("Labels", "Independent without party")},
        {PartyStatus::Masses, u"masses", QT_TRANSLATE_NOOP("Labels", "Masses (no party)")},
    }};
};

template <>
struct EnumTraits<RecruitmentStage>
{
    static constexpr std::array<EnumEntry<RecruitmentStage>, 4> entries{{
        {RecruitmentStage::None, u"none", QT_TRANSLATE_NOOP("Labels", "None")},
        {RecruitmentStage::Applicant, u"applicant", QT_TRANSLATE_NOOP("Labels", "Applicant for membership")},
        {RecruitmentStage::Activist, u"activist", QT_TRANSLATE_NOOP("Labels", "Party activist")},
        {RecruitmentStage::Candidate, u"candidate", QT_TRANSLATE_NOOP("Labels", "Candidate for membership")},
    }};
};

template <>
struct EnumTraits<PartyRole>
{
    static constexpr std::array<EnumEntry<PartyRole>, 7> entries{{
        {PartyRole::None, u"none", QT_TRANSLATE_NOOP("Labels", "No party role")},
        {PartyRole::Secretary, u"secretary", QT_TRANSLATE_NOOP("Labels", "Branch secretary")},
        {PartyRole::DeputySecretary, u"deputy_secretary",
         QT_TRANSLATE_NOOP("Labels", "Deputy branch secretary")},
        {PartyRole::Organization, u"organization", QT_TRANSLATE_NOOP("Labels", "Organisation member")},
        {PartyRole::Propaganda, u"propaganda", QT_TRANSLATE_NOOP("Labels", "Publicity member")},
        {PartyRole::Discipline, u"discipline", QT_TRANSLATE_NOOP("Labels", "Discipline inspection member")},
        {PartyRole::Youth, u"youth", QT_TRANSLATE_NOOP("Labels", "Youth member")},
    }};
};

template <>
struct EnumTraits<EmploymentStatus>
{
    static constexpr std::array<EnumEntry<EmploymentStatus>, 4> entries{{
        {EmploymentStatus::Active, u"active", QT_TRANSLATE_NOOP("Labels", "Employed")},
        {EmploymentStatus::Seconded, u"seconded", QT_TRANSLATE_NOOP("Labels", "Seconded")},
        {EmploymentStatus::Left, u"left", QT_TRANSLATE_NOOP("Labels", "Left")},
        {EmploymentStatus::Retired, u"retired", QT_TRANSLATE_NOOP("Labels", "Retired")},
    }};
};

/// A cadre (干部) of either track, as kept in the roster.
struct Cadre
{
    qint64 id = 0;
    QString uuid;
    QString name;
    QString employeeNumber; // unique in the enterprise, case-insensitively
    Gender gender = Gender::Male;
    QDate birthDate;
    qint64 branchId = 0;
    qint64 departmentId = 0; // 0: none
    QString post;            // 岗位
    CadreLevel level = CadreLevel::Grassroots;
    Track track = Track::Operations;
    PartyStatus partyStatus = PartyStatus::Masses;              // 政治面貌
    RecruitmentStage recruitmentStage = RecruitmentStage::None; // None for a member
    PartyRole partyRole = PartyRole::None;                      // on the committee of the cadre's own branch
    QDate partyJoinedOn;                                        // null unless a member or probationary member
    QString phone;
    EmploymentStatus employmentStatus = EmploymentStatus::Active;
    QString notes;
    QString idNumber; // 身份证号, optional; see IdNumber.h
    QDate hiredOn;    // 入职日期, optional
    QDate leftOn;     // 离职/退休日期, optional: the first day the cadre was no longer at work
    QDateTime createdAt;
    QDateTime updatedAt;

    bool operator==(const Cadre &) const = default;
};

inline bool hasJoinedParty(PartyStatus status)
{
    return status == PartyStatus::Member || status == PartyStatus::Probationary;
}

/// "Employed": at work in the enterprise, including on secondment; the rule every roll call,
/// requirement and picker follows (the SQL of HourCompliance names the same two codes).
inline bool isEmployed(EmploymentStatus status)
{
    return status == EmploymentStatus::Active || status == EmploymentStatus::Seconded;
}

/// Whether the cadre was at work in the enterprise on `date`, the rule a roll call and an hour
/// requirement judge by: hired by then when the hire date is known, and not yet gone — by the
/// leaving date when it is known, else by today's employment status.
inline bool isEmployedOn(const Cadre &cadre, QDate date)
{
    if (cadre.hiredOn.isValid() && date < cadre.hiredOn)
        return false;
    if (cadre.leftOn.isValid())
        return date < cadre.leftOn;
    return isEmployed(cadre.employmentStatus);
}

/// Field keys used in FieldError::field for a Cadre.
namespace CadreField {
inline const QString name = QStringLiteral("name");
inline const QString employeeNumber = QStringLiteral("employeeNumber");
inline const QString birthDate = QStringLiteral("birthDate");
inline const QString branch = QStringLiteral("branch");
inline const QString department = QStringLiteral("department");
inline const QString post = QStringLiteral("post");
inline const QString partyJoinedOn = QStringLiteral("partyJoinedOn");
inline const QString partyRole = QStringLiteral("partyRole");
inline const QString phone = QStringLiteral("phone");
inline const QString notes = QStringLiteral("notes");
inline const QString idNumber = QStringLiteral("idNumber");
inline const QString hiredOn = QStringLiteral("hiredOn");
inline const QString leftOn = QStringLiteral("leftOn");
} // namespace CadreField

} // namespace rongpei
