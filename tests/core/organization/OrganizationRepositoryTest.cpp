#include "organization/OrganizationRepository.h"

#include "TestSupport.h"
#include "roster/CadreRepository.h"
#include "storage/Database.h"

using namespace rongpei;
using namespace rongpei::test;

namespace {

Organization unit(OrganizationKind kind, qint64 parent, const QString &name)
{
    Organization o;
    o.kind = kind;
    o.parentId = parent;
    o.name = name;
    return o;
}

QString refusal(const std::function<void()> &action)
{
    try {
        action();
    } catch (const ValidationError &error) {
        return error.message();
    }
    FAIL("the change should have been refused");
    return {};
}

} // namespace

TEST_CASE("The organisation tree keeps its kinds in order", "[organization]")
{
    TemporaryWorkspace temp;
    OrganizationRepository &repo = temp.workspace().organizations();
    const auto org = SmallOrganization::create(temp.workspace());

    CHECK_FALSE(refusal([&] {
                    repo.add(unit(OrganizationKind::Enterprise, 0, QStringLiteral("第二家企业")));
                }).isEmpty());
    CHECK_FALSE(refusal([&] {
                    repo.add(unit(OrganizationKind::Branch, org.enterprise, QStringLiteral("直属支部")));
                }).isEmpty());
    CHECK_FALSE(refusal([&] {
                    repo.add(unit(OrganizationKind::Department, org.committee, QStringLiteral("部门")));
                }).isEmpty());
    CHECK_FALSE(refusal([&] {
                    repo.add(unit(OrganizationKind::Committee, org.office, QStringLiteral("党委")));
                }).isEmpty());
    CHECK_FALSE(
        refusal([&] { repo.add(unit(OrganizationKind::Branch, 0, QStringLiteral("无上级"))); }).isEmpty());
    CHECK(repo.count() == 7);

    const auto all = repo.all();
    REQUIRE(all.size() == 7);
    CHECK(all.first().kind == OrganizationKind::Enterprise);
    QSet<qint64> seen;
    for (const Organization &o : all) {
        CHECK((o.parentId == 0 || seen.contains(o.parentId))); // parents before children
        seen.insert(o.id);
        CHECK_FALSE(o.uuid.isEmpty());
    }
    CHECK(repo.find(org.office)->branchId == org.firstBranch);
    CHECK(repo.find(org.firstBranch)->branchId == org.firstBranch);
    CHECK(repo.find(org.committee)->branchId == 0);
}

TEST_CASE("Names are required and unique among siblings", "[organization]")
{
    TemporaryWorkspace temp;
    OrganizationRepository &repo = temp.workspace().organizations();
    const auto org = SmallOrganization::create(temp.workspace());
    try {
        repo.add(unit(OrganizationKind::Branch, org.committee, QStringLiteral("  第一党支部 ")));
        FAIL("duplicate accepted");
    } catch (const ValidationError &error) {
        CHECK(error.hasErrorFor(OrganizationField::name));
    }
    CHECK_THROWS_AS(repo.add(unit(OrganizationKind::Branch, org.committee, QStringLiteral("   "))),
                    ValidationError);
    // The same name under another parent is fine.
    CHECK(repo.add(unit(OrganizationKind::Department, org.secondBranch, QStringLiteral("办公室"))) > 0);

    repo.rename(org.office, QStringLiteral("  综合  办公室 "));
    CHECK(repo.find(org.office)->name == QStringLiteral("综合 办公室"));
    CHECK_THROWS_AS(repo.rename(org.office, QStringLiteral("财务部")), ValidationError);
}

TEST_CASE("Moving a unit refuses cycles and carries a department's cadres", "[organization]")
{
    TemporaryWorkspace temp;
    OrganizationRepository &repo = temp.workspace().organizations();
    CadreRepository &cadres = temp.workspace().cadres();
    const auto org = SmallOrganization::create(temp.workspace());
    const qint64 subCommittee =
        repo.add(unit(OrganizationKind::Committee, org.committee, QStringLiteral("二级党委")));

    CHECK_FALSE(refusal([&] { repo.move(org.committee, subCommittee); }).isEmpty()); // below itself
    CHECK_FALSE(refusal([&] { repo.move(org.committee, org.committee); }).isEmpty());
    CHECK_FALSE(refusal([&] { repo.move(org.enterprise, org.committee); }).isEmpty());
    CHECK_FALSE(
        refusal([&] { repo.move(org.office, org.committee); }).isEmpty()); // department under committee

    Cadre cadre = sampleCadre(org.firstBranch, QStringLiteral("A001"));
    cadre.departmentId = org.office;
    const qint64 id = cadres.add(cadre);
    repo.move(org.office, org.secondBranch);
    CHECK(repo.find(org.office)->parentId == org.secondBranch);
    CHECK(repo.find(org.office)->branchId == org.secondBranch);
    CHECK(cadres.find(id)->branchId == org.secondBranch);

    repo.move(org.secondBranch, subCommittee);
    CHECK(repo.find(org.secondBranch)->parentId == subCommittee);
    CHECK(repo.find(org.production)->branchId == org.secondBranch);
}

TEST_CASE("A unit is deleted only when nothing belongs to it", "[organization]")
{
    TemporaryWorkspace temp;
    OrganizationRepository &repo = temp.workspace().organizations();
    const auto org = SmallOrganization::create(temp.workspace());
    Cadre cadre = sampleCadre(org.secondBranch, QStringLiteral("A001"));
    cadre.departmentId = org.production;
    const qint64 id = temp.workspace().cadres().add(cadre);

    CHECK(refusal([&] { repo.remove(org.committee); }).contains(QStringLiteral("2")));
    CHECK(refusal([&] { repo.remove(org.production); }).contains(QStringLiteral("1")));
    CHECK(repo.usage(org.production).cadres == 1);
    CHECK(repo.cadreCounts().value(org.secondBranch) == 1);
    CHECK(repo.cadreCounts().value(org.production) == 1);
    CHECK(repo.count() == 7);

    temp.workspace().cadres().remove(id);
    repo.remove(org.production);
    CHECK_FALSE(repo.find(org.production).has_value());
    repo.remove(org.office);
    CHECK(repo.count() == 5);
}

TEST_CASE("Organisation changes are announced by id, after commit", "[organization]")
{
    TemporaryWorkspace temp;
    OrganizationRepository &repo = temp.workspace().organizations();
    QList<qint64> added, changed, removed;
    QObject::connect(&repo, &OrganizationRepository::recordAdded, [&](qint64 id) { added.append(id); });
    QObject::connect(&repo, &OrganizationRepository::recordChanged, [&](qint64 id) { changed.append(id); });
    QObject::connect(&repo, &OrganizationRepository::recordRemoved, [&](qint64 id) { removed.append(id); });
    const auto org = SmallOrganization::create(temp.workspace());
    CHECK(added.size() == 7);
    CHECK(added.contains(org.office));
    CHECK_THROWS(repo.rename(org.office, QString()));
    CHECK(changed.isEmpty());
    repo.rename(org.office, QStringLiteral("综合部"));
    CHECK(changed == QList<qint64>{org.office});
    repo.remove(org.office);
    CHECK(removed == QList<qint64>{org.office});
}

TEST_CASE("A deleted unit is restored with its id, uuid and place", "[organization][undo]")
{
    TemporaryWorkspace temp;
    OrganizationRepository &repo = temp.workspace().organizations();
    const auto org = SmallOrganization::create(temp.workspace());
    const Organization before = *repo.find(org.office);
    const Organization deleted = repo.remove(org.office);
    CHECK(deleted == before);
    CHECK_FALSE(repo.find(org.office));
    repo.restore(deleted);
    const std::optional<Organization> back = repo.find(org.office);
    REQUIRE(back);
    CHECK(back->uuid == before.uuid);
    CHECK(back->parentId == before.parentId);
    CHECK(back->branchId == before.branchId);
    CHECK(back->createdAt == before.createdAt);
    // Restoring it a second time is refused and changes nothing.
    CHECK_THROWS_AS(repo.restore(deleted), ValidationError);
    CHECK(repo.count() == 7);
}

TEST_CASE("update saves a unit's name and place together, a refused move keeps the name", "[organization]")
{
    TemporaryWorkspace temp;
    OrganizationRepository &repo = temp.workspace().organizations();
    const auto org = SmallOrganization::create(temp.workspace());
    Organization office = *repo.find(org.office);
    office.name = QStringLiteral("党建办公室");
    office.parentId = org.secondBranch;
    repo.update(office);
    CHECK(repo.find(org.office)->name == QStringLiteral("党建办公室"));
    CHECK(repo.find(org.office)->branchId == org.secondBranch);

    Organization intoItself = *repo.find(org.secondBranch);
    intoItself.name = QStringLiteral("改名");
    intoItself.parentId = org.office; // a department: not a place for a branch
    CHECK_THROWS_AS(repo.update(intoItself), ValidationError);
    CHECK(repo.find(org.secondBranch)->name != QStringLiteral("改名"));

    Organization kindChanged = *repo.find(org.office);
    kindChanged.kind = OrganizationKind::Branch;
    CHECK_THROWS_AS(repo.update(kindChanged), ValidationError);
}

TEST_CASE("The whole tree read once is read again after any change, this window's or another's",
          "[organization]")
{
    TemporaryWorkspace temp;
    OrganizationRepository &repo = temp.workspace().organizations();
    const auto org = SmallOrganization::create(temp.workspace());
    REQUIRE(repo.all().size() == 7);

    repo.rename(org.office, QStringLiteral("党建办公室"));
    const auto renamed = [&repo, &org] {
        for (const Organization &o : repo.all())
            if (o.id == org.office)
                return o.name;
        return QString();
    };
    CHECK(renamed() == QStringLiteral("党建办公室"));

    // Another process's commit, through a connection of its own.
    {
        Database other(temp.path(), Database::OpenMode::MustExist);
        OrganizationRepository otherRepo(other, temp.clock());
        otherRepo.add(unit(OrganizationKind::Department, org.secondBranch, QStringLiteral("设备部")));
    }
    CHECK(repo.all().size() == 8);

    // Inside a transaction the tree is read as it stands, uncommitted changes included.
    {
        Transaction transaction(temp.workspace().database());
        repo.add(unit(OrganizationKind::Department, org.secondBranch, QStringLiteral("安全部")));
        CHECK(repo.all().size() == 9);
    }
    CHECK(repo.all().size() == 8); // rolled back
}
