#include "roster/CadreValidator.h"

#include "common/Localization.h"
#include "roster/IdNumber.h"

#include <QLocale>
#include <QRegularExpression>

namespace rongpei {

Cadre CadreValidator::normalized(Cadre cadre)
{
    cadre.name = cadre.name.simplified();
    cadre.employeeNumber = cadre.employeeNumber.trimmed();
    cadre.post = cadre.post.simplified();
    cadre.phone = cadre.phone.trimmed();
    cadre.notes = cadre.notes.trimmed();
    cadre.idNumber = IdNumber::normalized(cadre.idNumber);
    if (!hasJoinedParty(cadre.partyStatus))
        cadre.partyJoinedOn = QDate();
    else
        cadre.recruitmentStage = RecruitmentStage::None; // already in the Party
    if (!isEmployed(cadre.employmentStatus))
        cadre.partyRole = PartyRole::None; // a cadre no longer at work leaves the branch committee
    return cadre;
}

QList<FieldError> CadreValidator::validate(const Cadre &cadre, QDate today)
{
    static const QRegularExpression employeeNumberPattern(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9_-]*$"));
    static const QRegularExpression phonePattern(QStringLiteral(R"(^\+?[0-9][0-9 ()-]{2,19}$)"));
    QList<FieldError> errors;

    if (cadre.name.isEmpty())
        errors.append({CadreField::name, tr("Enter the cadre's name.")});
    else if (cadre.name.size() > maxNameLength)
        errors.append(
            {CadreField::name, tr("The name is longer than %n characters.", nullptr, maxNameLength)});

    if (cadre.employeeNumber.isEmpty())
        errors.append({CadreField::employeeNumber, tr("Enter the employee number.")});
    else if (cadre.employeeNumber.size() > maxEmployeeNumberLength)
        errors.append({CadreField::employeeNumber, tr("The employee number is longer than %n characters.",
                                                      nullptr, maxEmployeeNumberLength)});
    else if (!employeeNumberPattern.match(cadre.employeeNumber).hasMatch())
        errors.append({CadreField::employeeNumber,
                       tr("The employee number may contain only letters, digits, '-' and '_'.")});

    if (!cadre.birthDate.isValid())
        errors.append({CadreField::birthDate, tr("Enter the date of birth.")});
    else if (cadre.birthDate > today.addYears(-minAge) || cadre.birthDate < today.addYears(-maxAge))
        errors.append({CadreField::birthDate, tr("The date of birth %1 gives an age outside %2 to %3 years.")
                                                  .arg(displayDate(cadre.birthDate))
                                                  .arg(minAge)
                                                  .arg(maxAge)});

    if (cadre.branchId <= 0)
        errors.append({CadreField::branch, tr("Choose the party branch the cadre belongs to.")});

    if (cadre.post.size() > maxPostLength)
        errors.append(
            {CadreField::post, tr("The post is longer than %n characters.", nullptr, maxPostLength)});

    if (hasJoinedParty(cadre.partyStatus)) {
        if (!cadre.partyJoinedOn.isValid())
            errors.append({CadreField::partyJoinedOn, tr("Enter the date the cadre joined the Party.")});
        else if (cadre.partyJoinedOn > today)
            errors.append({CadreField::partyJoinedOn, tr("The date of joining the Party is in the future.")});
        else if (cadre.birthDate.isValid() && cadre.partyJoinedOn < cadre.birthDate.addYears(minPartyAge))
            errors.append({CadreField::partyJoinedOn,
                           tr("The cadre would have joined the Party before turning %1.").arg(minPartyAge)});
    } else if (cadre.partyJoinedOn.isValid()) {
        errors.append({CadreField::partyJoinedOn,
                       tr("Only Party members and probationary members have a joining date.")});
    }
    if (cadre.partyRole != PartyRole::None && cadre.partyStatus != PartyStatus::Member)
        errors.append({CadreField::partyRole,
                       tr("Only a full Party member sits on the branch committee; choose no party role.")});

    if (!cadre.idNumber.isEmpty()) {
        if (!IdNumber::isValid(cadre.idNumber))
            errors.append({CadreField::idNumber,
                           tr("The ID number must be 18 characters whose last one, the check digit, fits the "
                              "first 17; check it against the ID card.")});
        else if (cadre.birthDate.isValid() && IdNumber::birthDate(cadre.idNumber) != cadre.birthDate)
            errors.append({CadreField::idNumber, tr("The ID number gives the date of birth %1, not %2.")
                                                     .arg(displayDate(IdNumber::birthDate(cadre.idNumber)),
                                                          displayDate(cadre.birthDate))});
        else if (IdNumber::gender(cadre.idNumber) != cadre.gender)
            errors.append({CadreField::idNumber, tr("The ID number is that of a %1 cadre.")
                                                     .arg(enumLabel(IdNumber::gender(cadre.idNumber)))});
    }

    if (cadre.hiredOn.isValid()) {
        if (cadre.hiredOn > today)
            errors.append({CadreField::hiredOn, tr("The hire date is in the future.")});
        else if (cadre.birthDate.isValid() && cadre.hiredOn < cadre.birthDate.addYears(minAge))
            errors.append({CadreField::hiredOn, tr("The hire date is before the cadre was %1.").arg(minAge)});
    }
    if (cadre.leftOn.isValid()) {
        const bool gone = !isEmployed(cadre.employmentStatus);
        if (cadre.hiredOn.isValid() && cadre.leftOn <= cadre.hiredOn)
            errors.append({CadreField::leftOn, tr("The leaving date must come after the hire date.")});
        else if (!gone && cadre.leftOn <= today)
            errors.append({CadreField::leftOn,
                           tr("A cadre who left on %1 cannot be %2: set the employment status to left or "
                              "retired, or clear the leaving date.")
                               .arg(displayDate(cadre.leftOn), enumLabel(cadre.employmentStatus))});
        else if (gone && cadre.leftOn > today)
            errors.append({CadreField::leftOn,
                           tr("The leaving date is in the future, but the cadre is recorded as %1 already.")
                               .arg(enumLabel(cadre.employmentStatus))});
    }

    if (!cadre.phone.isEmpty() && !phonePattern.match(cadre.phone).hasMatch())
        errors.append({CadreField::phone, tr("The phone number may contain only digits, spaces, '+', '-' and "
                                             "brackets (3 to 20 characters).")});

    if (cadre.notes.size() > maxNotesLength)
        errors.append(
            {CadreField::notes, tr("The notes are longer than %n characters.", nullptr, maxNotesLength)});

    return errors;
}

} // namespace rongpei
