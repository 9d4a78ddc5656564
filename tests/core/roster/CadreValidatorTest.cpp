#include "roster/CadreValidator.h"

#include "TestSupport.h"

using namespace rongpei;
using namespace rongpei::test;

namespace {

const QDate today(2026, 11, 24);

QStringList fieldsWithErrors(const Cadre &cadre)
{
    QStringList fields;
    for (const FieldError &error : CadreValidator::validate(CadreValidator::normalized(cadre), today)) {
        CHECK_FALSE(error.message.isEmpty());
        fields.append(error.field);
    }
    return fields;
}

} // namespace

TEST_CASE("A complete cadre is valid", "[validator]")
{
    CHECK(fieldsWithErrors(sampleCadre(1, QStringLiteral("HY100001"))).isEmpty());
}

TEST_CASE("Each field rule names its field", "[validator]")
{
    Cadre c = sampleCadre(1, QStringLiteral("HY100001"));
    SECTION("name")
    {
        c.name = QStringLiteral("   ");
        CHECK(fieldsWithErrors(c) == QStringList{CadreField::name});
        c.name = QString(41, u'王');
        CHECK(fieldsWithErrors(c) == QStringList{CadreField::name});
    }
    SECTION("employee number")
    {
        c.employeeNumber = QString();
        CHECK(fieldsWithErrors(c) == QStringList{CadreField::employeeNumber});
        c.employeeNumber = QStringLiteral("HY 001");
        CHECK(fieldsWithErrors(c) == QStringList{CadreField::employeeNumber});
        c.employeeNumber = QStringLiteral("工号1");
        CHECK(fieldsWithErrors(c) == QStringList{CadreField::employeeNumber});
        c.employeeNumber = QString(21, u'1');
        CHECK(fieldsWithErrors(c) == QStringList{CadreField::employeeNumber});
    }
    SECTION("birth date")
    {
        c.birthDate = QDate();
        CHECK(fieldsWithErrors(c).contains(CadreField::birthDate));
        c.birthDate = today.addYears(-15);
        CHECK(fieldsWithErrors(c).contains(CadreField::birthDate));
        c.birthDate = today.addYears(-16);
        c.partyStatus = PartyStatus::Masses;
        CHECK(fieldsWithErrors(c).isEmpty());
        c.birthDate = today.addYears(-16).addDays(1);
        CHECK(fieldsWithErrors(c) == QStringList{CadreField::birthDate});
        c.birthDate = today.addYears(-100);
        CHECK(fieldsWithErrors(c).isEmpty());
        c.birthDate = today.addYears(-100).addDays(-1);
        CHECK(fieldsWithErrors(c) == QStringList{CadreField::birthDate});
        c.birthDate = today.addYears(-101);
        CHECK(fieldsWithErrors(c) == QStringList{CadreField::birthDate});
    }
    SECTION("branch")
    {
        c.branchId = 0;
        CHECK(fieldsWithErrors(c) == QStringList{CadreField::branch});
    }
    SECTION("party joining date")
    {
        c.partyJoinedOn = QDate();
        CHECK(fieldsWithErrors(c) == QStringList{CadreField::partyJoinedOn});
        c.partyJoinedOn = today.addDays(1);
        CHECK(fieldsWithErrors(c) == QStringList{CadreField::partyJoinedOn});
        c.partyJoinedOn = today; // joined this morning: entered the same day
        CHECK(fieldsWithErrors(c).isEmpty());
        c.partyJoinedOn = c.birthDate.addYears(18).addDays(-1);
        CHECK(fieldsWithErrors(c) == QStringList{CadreField::partyJoinedOn});
        c.partyJoinedOn = c.birthDate.addYears(18);
        CHECK(fieldsWithErrors(c).isEmpty());
    }
    SECTION("a non-member has no joining date, which normalising clears")
    {
        c.partyStatus = PartyStatus::Activist;
        CHECK(CadreValidator::validate(c, today).first().field == CadreField::partyJoinedOn);
        CHECK(fieldsWithErrors(c).isEmpty());
    }
    SECTION("phone")
    {
        c.phone = QStringLiteral("电话");
        CHECK(fieldsWithErrors(c) == QStringList{CadreField::phone});
        c.phone = QStringLiteral("+86 (010) 6512-3456");
        CHECK(fieldsWithErrors(c).isEmpty());
        c.phone = QString();
        CHECK(fieldsWithErrors(c).isEmpty());
    }
    SECTION("post and notes lengths")
    {
        c.post = QString(41, u'岗');
        c.notes = QString(2001, u'注');
        CHECK(fieldsWithErrors(c) == QStringList{CadreField::post, CadreField::notes});
    }
}

TEST_CASE("Several problems are reported together", "[validator]")
{
    Cadre c;
    c.partyStatus = PartyStatus::Member;
    const QStringList fields = fieldsWithErrors(c);
    CHECK(fields == QStringList{CadreField::name, CadreField::employeeNumber, CadreField::birthDate,
                                CadreField::branch, CadreField::partyJoinedOn});
}
