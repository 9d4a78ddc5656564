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
enum class PartyStatus
{
    Member,
    Probationary,
    Activist,
    Masses
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
    static constexpr std::array<EnumEntry<PartyStatus>, 4> entries{{
        {PartyStatus::Member, u"member", QT_TRANSLATE_NOOP("Labels", "CPC member")},
        {PartyStatus::Probationary, u"probationary", QT_TRANSLATE_NOOP("Labels", "Probationary member")},
        {PartyStatus::Activist, u"activist", QT_TRANSLATE_NOOP("Labels", "Party activist")},
        {PartyStatus::Masses, u"masses", QT_TRANSLATE_NOOP("Labels", "Non-party")},
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
    PartyStatus partyStatus = PartyStatus::Masses;
    QDate partyJoinedOn; // null unless a member or probationary member
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
inline const QString phone = QStringLiteral("phone");
inline const QString notes = QStringLiteral("notes");
inline const QString idNumber = QStringLiteral("idNumber");
inline const QString hiredOn = QStringLiteral("hiredOn");
inline const QString leftOn = QStringLiteral("leftOn");
} // namespace CadreField

} // namespace rongpei
