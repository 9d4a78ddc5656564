#include "roster/CadreRepository.h"

#include "TestSupport.h"
#include "storage/Database.h"
#include "study/StudySessionRepository.h"

using namespace rongpei;
using namespace rongpei::test;

TEST_CASE("A cadre round-trips with every field", "[cadre]")
{
    TemporaryWorkspace temp;
    const auto org = SmallOrganization::create(temp.workspace());
    Cadre cadre = sampleCadre(org.firstBranch, QStringLiteral("HY-0001"), QStringLiteral("  欧阳 晓红 "));
    cadre.departmentId = org.finance;
    cadre.gender = Gender::Female;
    cadre.level = CadreLevel::Senior;
    cadre.track = Track::Party;
    cadre.partyStatus = PartyStatus::Probationary;
    cadre.partyJoinedOn = QDate(2025, 12, 1);
    cadre.employmentStatus = EmploymentStatus::Seconded;
    cadre.notes = QStringLiteral("挂职锻炼\n第二行");

    const qint64 id = temp.workspace().cadres().add(cadre);
    temp.reopen();
    const std::optional<Cadre> saved = temp.workspace().cadres().find(id);
    REQUIRE(saved.has_value());
    CHECK(saved->name == QStringLiteral("欧阳 晓红"));
    CHECK(saved->employeeNumber == QStringLiteral("HY-0001"));
    CHECK(saved->gender == Gender::Female);
    CHECK(saved->birthDate == QDate(1985, 3, 14));
    CHECK(saved->branchId == org.firstBranch);
    CHECK(saved->departmentId == org.finance);
    CHECK(saved->post == QStringLiteral("财务主管"));
    CHECK(saved->level == CadreLevel::Senior);
    CHECK(saved->track == Track::Party);
    CHECK(saved->partyStatus == PartyStatus::Probationary);
    CHECK(saved->partyJoinedOn == QDate(2025, 12, 1));
    CHECK(saved->phone == QStringLiteral("13800138000"));
    CHECK(saved->employmentStatus == EmploymentStatus::Seconded);
    CHECK(saved->notes == QStringLiteral("挂职锻炼\n第二行"));
    CHECK(saved->uuid.size() == 36);
    CHECK(saved->createdAt == temp.clock().now().toUTC());
    CHECK(saved->updatedAt == saved->createdAt);
}

TEST_CASE("Employee numbers are unique, ignoring case", "[cadre]")
{
    TemporaryWorkspace temp;
    const auto org = SmallOrganization::create(temp.workspace());
    CadreRepository &cadres = temp.workspace().cadres();
    cadres.add(sampleCadre(org.firstBranch, QStringLiteral("hy001"), QStringLiteral("李强")));
    const ValidationError error = refusalOf(
        [&] { cadres.add(sampleCadre(org.secondBranch, QStringLiteral("HY001"), QStringLiteral("王芳"))); });
    REQUIRE(error.hasErrorFor(CadreField::employeeNumber));
    CHECK(error.message().contains(QStringLiteral("李强")));
    CHECK(cadres.count() == 1);
}

TEST_CASE("A cadre's branch and department must exist and match", "[cadre]")
{
    TemporaryWorkspace temp;
    const auto org = SmallOrganization::create(temp.workspace());
    CadreRepository &cadres = temp.workspace().cadres();
    CHECK(refusalOf([&] {
              cadres.add(sampleCadre(org.committee, QStringLiteral("A1")));
          }).hasErrorFor(CadreField::branch));
    CHECK(refusalOf([&] {
              cadres.add(sampleCadre(9999, QStringLiteral("A1")));
          }).hasErrorFor(CadreField::branch));
    Cadre wrongDepartment = sampleCadre(org.firstBranch, QStringLiteral("A1"));
    wrongDepartment.departmentId = org.production; // belongs to the second branch
    CHECK(refusalOf([&] { cadres.add(wrongDepartment); }).hasErrorFor(CadreField::department));
    CHECK(cadres.count() == 0);
}

TEST_CASE("Updating, removing and restoring a cadre", "[cadre]")
{
    TemporaryWorkspace temp;
    const auto org = SmallOrganization::create(temp.workspace());
    CadreRepository &cadres = temp.workspace().cadres();
    QList<qint64> added, changed, removed;
    QObject::connect(&cadres, &CadreRepository::recordAdded, [&](qint64 id) { added.append(id); });
    QObject::connect(&cadres, &CadreRepository::recordChanged, [&](qint64 id) { changed.append(id); });
    QObject::connect(&cadres, &CadreRepository::recordRemoved, [&](qint64 id) { removed.append(id); });

    const qint64 id = cadres.add(sampleCadre(org.firstBranch, QStringLiteral("A1")));
    const qint64 other =
        cadres.add(sampleCadre(org.firstBranch, QStringLiteral("A2"), QStringLiteral("王芳")));
    CHECK(added == QList<qint64>{id, other});

    temp.clock().set(temp.clock().now().addDays(1));
    Cadre edited = *cadres.find(id);
    edited.post = QStringLiteral("总会计师");
    edited.employeeNumber = QStringLiteral("a2"); // taken by the other cadre
    CHECK(refusalOf([&] { cadres.update(edited); }).hasErrorFor(CadreField::employeeNumber));
    CHECK(changed.isEmpty());
    edited.employeeNumber = QStringLiteral("A1");
    cadres.update(edited);
    const Cadre saved = *cadres.find(id);
    CHECK(saved.post == QStringLiteral("总会计师"));
    CHECK(saved.updatedAt > saved.createdAt);
    CHECK(changed == QList<qint64>{id});

    const Cadre deleted = cadres.remove(id);
    CHECK(removed == QList<qint64>{id});
    CHECK_FALSE(cadres.find(id).has_value());
    CHECK_THROWS_AS(cadres.remove(id), ValidationError);

    // A new cadre never reuses the deleted id, so the deletion can be undone.
    const qint64 third = cadres.add(sampleCadre(org.secondBranch, QStringLiteral("A3")));
    CHECK(third > id);
    cadres.restore(deleted);
    const Cadre restored = *cadres.find(id);
    CHECK(restored.uuid == deleted.uuid);
    CHECK(restored.createdAt == deleted.createdAt);
    CHECK(restored.post == QStringLiteral("总会计师"));
    CHECK_THROWS_AS(cadres.restore(deleted), ValidationError);
    CHECK(cadres.count() == 3);
}

TEST_CASE("Updating a cadre that was deleted meanwhile is refused", "[cadre]")
{
    TemporaryWorkspace temp;
    const auto org = SmallOrganization::create(temp.workspace());
    CadreRepository &cadres = temp.workspace().cadres();
    const qint64 id = cadres.add(sampleCadre(org.firstBranch, QStringLiteral("A1")));
    Cadre stale = *cadres.find(id);
    cadres.remove(id);
    CHECK_THROWS_AS(cadres.update(stale), ValidationError);
    CHECK(cadres.count() == 0);
}

TEST_CASE("The database itself rejects invalid rows that bypass the repository", "[cadre]")
{
    TemporaryWorkspace temp;
    const auto org = SmallOrganization::create(temp.workspace());
    Database &db = temp.workspace().database();
    const QString insert = QStringLiteral("INSERT INTO cadre (uuid, branch_id, name, employee_number, "
                                          "gender, birth_date, level, track, party_status, "
                                          "employment_status, created_at, updated_at) VALUES ('u', %1, 'x', "
                                          "'E1', '%2', '1980-01-01', 'middle', 'party', "
                                          "'member', 'active', 'now', 'now')");
    CHECK_THROWS_AS(db.exec(insert.arg(org.firstBranch).arg(QStringLiteral("unknown"))), DatabaseError);
    CHECK_THROWS_AS(db.exec(insert.arg(424242).arg(QStringLiteral("male"))), DatabaseError); // foreign key
    try {
        db.exec(insert.arg(org.firstBranch).arg(QStringLiteral("male")));
        db.exec(insert.arg(org.firstBranch).arg(QStringLiteral("female")));
        FAIL("a duplicate employee number was stored");
    } catch (const DatabaseError &error) {
        CHECK(error.kind() == DatabaseError::Kind::Constraint);
    }
}

TEST_CASE("A cadre on a roll call cannot be deleted, and the refusal says why before trying",
          "[roster][references]")
{
    TemporaryWorkspace temp;
    const auto org = SmallOrganization::create(temp.workspace());
    CadreRepository &cadres = temp.workspace().cadres();
    const qint64 free =
        cadres.add(sampleCadre(org.firstBranch, QStringLiteral("A001"), QStringLiteral("王伟")));
    const qint64 onRollCall =
        cadres.add(sampleCadre(org.firstBranch, QStringLiteral("A002"), QStringLiteral("李娜")));
    const qint64 kind = studyKind(temp.workspace(), QStringLiteral("theme_day"));
    for (int month = 1; month <= 3; ++month)
        temp.workspace().studySessions().add(
            sampleSession(kind, org.firstBranch, QDate(2026, month, 5), {onRollCall}));

    CHECK_FALSE(cadres.removalRefusal(free).has_value());
    const std::optional<QString> refusal = cadres.removalRefusal(onRollCall);
    REQUIRE(refusal.has_value());
    CHECK(refusal->contains(QStringLiteral("李娜")));
    CHECK(refusal->contains(QStringLiteral("the roll calls of 3 study sessions")));
    // remove() refuses with the same words, and leaves the cadre and the roll calls as they were.
    CHECK(refusalOf([&] { cadres.remove(onRollCall); }).message() == *refusal);
    CHECK(cadres.count() == 2);
    CHECK(scalar(temp.workspace().database(), QStringLiteral("SELECT count(*) FROM attendance")).toInt() ==
          3);
    cadres.remove(free);
    CHECK(cadres.count() == 1);
}

TEST_CASE("An ID number is saved, read back and belongs to one cadre only", "[roster]")
{
    TemporaryWorkspace temp;
    const auto org = SmallOrganization::create(temp.workspace());
    CadreRepository &cadres = temp.workspace().cadres();
    Cadre woman = sampleCadre(org.firstBranch, QStringLiteral("A001"), QStringLiteral("李娜"));
    woman.birthDate = QDate(1949, 12, 31);
    woman.gender = Gender::Female;
    woman.partyJoinedOn = QDate(1970, 7, 1);
    woman.idNumber = QStringLiteral("11010519491231002x");
    const qint64 id = cadres.add(woman);
    temp.reopen();
    CHECK(temp.workspace().cadres().find(id)->idNumber == QStringLiteral("11010519491231002X"));

    Cadre twin = woman;
    twin.employeeNumber = QStringLiteral("A002");
    twin.name = QStringLiteral("王芳");
    const ValidationError refusal = refusalOf([&] { temp.workspace().cadres().add(twin); });
    CHECK(refusal.hasErrorFor(CadreField::idNumber));
    CHECK(refusal.message().contains(QStringLiteral("李娜")));
    twin.idNumber.clear(); // several cadres without one are fine
    temp.workspace().cadres().add(twin);
    Cadre third = twin;
    third.employeeNumber = QStringLiteral("A003");
    temp.workspace().cadres().add(third);
    CHECK(temp.workspace().cadres().count() == 3);
}

TEST_CASE("Every 政治面貌 of GB/T 4762 and every stage on the way into the Party is kept", "[cadre]")
{
    TemporaryWorkspace temp;
    const auto org = SmallOrganization::create(temp.workspace());
    CadreRepository &cadres = temp.workspace().cadres();
    QHash<qint64, std::pair<PartyStatus, RecruitmentStage>> saved;
    int number = 0;
    for (PartyStatus status : enumValues<PartyStatus>()) {
        for (RecruitmentStage stage : enumValues<RecruitmentStage>()) {
            Cadre cadre = sampleCadre(org.firstBranch, QStringLiteral("P%1").arg(++number));
            cadre.partyStatus = status;
            cadre.recruitmentStage = stage;
            if (!hasJoinedParty(status))
                cadre.partyJoinedOn = QDate();
            // A member is in the Party already: whatever stage was picked, none is kept.
            saved.insert(cadres.add(cadre),
                         {status, hasJoinedParty(status) ? RecruitmentStage::None : stage});
        }
    }
    CHECK(saved.size() == 13 * 4);
    temp.reopen();
    for (auto it = saved.cbegin(); it != saved.cend(); ++it) {
        const std::optional<Cadre> cadre = temp.workspace().cadres().find(it.key());
        REQUIRE(cadre);
        CHECK(cadre->partyStatus == it.value().first);
        CHECK(cadre->recruitmentStage == it.value().second);
    }
}

TEST_CASE("Each role of a branch committee has one holder, a full member at work", "[cadre]")
{
    TemporaryWorkspace temp;
    const auto org = SmallOrganization::create(temp.workspace());
    CadreRepository &cadres = temp.workspace().cadres();
    Cadre first = sampleCadre(org.firstBranch, QStringLiteral("A001"), QStringLiteral("王伟"));
    first.partyRole = PartyRole::Organization;
    const qint64 holder = cadres.add(first);
    CHECK(cadres.find(holder)->partyRole == PartyRole::Organization);

    // A second 组织委员 in the same branch is refused, naming the holder; in another branch it is not.
    Cadre second = sampleCadre(org.firstBranch, QStringLiteral("A002"), QStringLiteral("李娜"));
    second.partyRole = PartyRole::Organization;
    const ValidationError twice = refusalOf([&] { cadres.add(second); });
    CHECK(twice.hasErrorFor(CadreField::partyRole));
    CHECK(twice.message().contains(QStringLiteral("王伟")));
    second.branchId = org.secondBranch;
    second.departmentId = 0;
    CHECK(cadres.add(second) > 0);

    // Only a full member holds a role; a cadre who left gives it up.
    Cadre probationary = sampleCadre(org.firstBranch, QStringLiteral("A003"));
    probationary.partyStatus = PartyStatus::Probationary;
    probationary.partyRole = PartyRole::Youth;
    CHECK(refusalOf([&] { cadres.add(probationary); }).hasErrorFor(CadreField::partyRole));
    Cadre leaving = *cadres.find(holder);
    leaving.employmentStatus = EmploymentStatus::Left;
    leaving.leftOn = QDate(2026, 11, 1);
    cadres.update(leaving);
    CHECK(cadres.find(holder)->partyRole == PartyRole::None);
    Cadre successor = sampleCadre(org.firstBranch, QStringLiteral("A004"));
    successor.partyRole = PartyRole::Organization;
    CHECK(cadres.add(successor) > 0);
}
