#include "roster/CadreValidator.h"

#include "TestSupport.h"
#include "roster/IdNumber.h"

#include <QSet>

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
        c.partyStatus = PartyStatus::LeagueMember;
        c.recruitmentStage = RecruitmentStage::Activist;
        CHECK(CadreValidator::validate(c, today).first().field == CadreField::partyJoinedOn);
        CHECK(fieldsWithErrors(c).isEmpty());
        CHECK(CadreValidator::normalized(c).recruitmentStage == RecruitmentStage::Activist);
    }
    SECTION("a member is no longer on the way in, which normalising records")
    {
        c.recruitmentStage = RecruitmentStage::Candidate;
        CHECK(CadreValidator::normalized(c).recruitmentStage == RecruitmentStage::None);
    }
    SECTION("ID number")
    {
        // GB 11643's own example: born 1949-12-31, sequence 002 (a woman), check digit X.
        c.birthDate = QDate(1949, 12, 31);
        c.gender = Gender::Female;
        c.partyJoinedOn = QDate(1970, 7, 1);
        const Cadre before = c;
        c.idNumber = QStringLiteral(" 11010519491231002x ");
        CHECK(fieldsWithErrors(c).isEmpty());
        CHECK(CadreValidator::normalized(c).idNumber == QStringLiteral("11010519491231002X"));
        c.idNumber = QStringLiteral("110105194912310021"); // a wrong check digit
        CHECK(fieldsWithErrors(c) == QStringList{CadreField::idNumber});
        c.idNumber = QStringLiteral("11010519491231002"); // 17 characters
        CHECK(fieldsWithErrors(c) == QStringList{CadreField::idNumber});
        c.idNumber = QStringLiteral("1101051949123100AX");
        CHECK(fieldsWithErrors(c) == QStringList{CadreField::idNumber});
        c.idNumber = QStringLiteral("11010519491231002X");
        c.birthDate = QDate(1949, 12, 30); // not the birth date the number carries
        CHECK(fieldsWithErrors(c) == QStringList{CadreField::idNumber});
        c = before;
        c.idNumber = QStringLiteral("11010519491231002X");
        c.gender = Gender::Male; // an even sequence is a woman's
        CHECK(fieldsWithErrors(c) == QStringList{CadreField::idNumber});
        c = before; // optional
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

TEST_CASE("Hire and leaving dates fit the cadre's age and employment status", "[validator]")
{
    Cadre c = sampleCadre(1, QStringLiteral("HY100001"));
    c.birthDate = QDate(1990, 5, 1);
    c.hiredOn = QDate(2012, 7, 1);
    CHECK(fieldsWithErrors(c).isEmpty());
    c.hiredOn = today.addDays(1);
    CHECK(fieldsWithErrors(c) == QStringList{CadreField::hiredOn});
    c.hiredOn = QDate(2006, 4, 30); // the day before the sixteenth birthday
    CHECK(fieldsWithErrors(c) == QStringList{CadreField::hiredOn});
    c.hiredOn = QDate(2006, 5, 1);
    CHECK(fieldsWithErrors(c).isEmpty());

    // Gone: the date must be past; at work: it must be to come.
    c.employmentStatus = EmploymentStatus::Left;
    c.leftOn = today;
    CHECK(fieldsWithErrors(c).isEmpty());
    c.leftOn = today.addDays(1);
    CHECK(fieldsWithErrors(c) == QStringList{CadreField::leftOn});
    c.employmentStatus = EmploymentStatus::Active;
    CHECK(fieldsWithErrors(c).isEmpty()); // retires next month
    c.leftOn = today;
    CHECK(fieldsWithErrors(c) == QStringList{CadreField::leftOn});
    c.employmentStatus = EmploymentStatus::Retired;
    c.leftOn = c.hiredOn;
    CHECK(fieldsWithErrors(c) == QStringList{CadreField::leftOn});
    c.leftOn = QDate();
    CHECK(fieldsWithErrors(c).isEmpty()); // a leaving date not known is allowed
}

TEST_CASE("An ID number is checked by its check digit and shown masked", "[validator]")
{
    CHECK(IdNumber::checkDigit(u"11010519491231002") == u'X');
    CHECK(IdNumber::isValid(QStringLiteral("11010519491231002X")));
    CHECK_FALSE(
        IdNumber::isValid(QStringLiteral("11010519491331002X"))); // month 13, even with a fitting digit
    CHECK(IdNumber::birthDate(QStringLiteral("11010519491231002X")) == QDate(1949, 12, 31));
    CHECK(IdNumber::gender(QStringLiteral("11010519491231002X")) == Gender::Female);
    CHECK(IdNumber::masked(QStringLiteral("11010519491231002X")) == QStringLiteral("110105********002X"));
    // Every check digit value is reachable and each is told apart from its neighbours.
    QSet<QChar> digits;
    for (int sequence = 0; sequence < 40; ++sequence) {
        const QString first17 = QStringLiteral("11010519800101%1").arg(sequence, 3, 10, QChar(u'0'));
        const QChar digit = IdNumber::checkDigit(first17);
        digits.insert(digit);
        CHECK(IdNumber::isValid(first17 + digit));
        const QChar other = digit == u'0' ? u'1' : u'0';
        CHECK_FALSE(IdNumber::isValid(first17 + other));
    }
    CHECK(digits.size() == 11);
}

TEST_CASE("Several problems are reported together", "[validator]")
{
    Cadre c;
    c.partyStatus = PartyStatus::Member;
    const QStringList fields = fieldsWithErrors(c);
    CHECK(fields == QStringList{CadreField::name, CadreField::employeeNumber, CadreField::birthDate,
                                CadreField::branch, CadreField::partyJoinedOn});
}
