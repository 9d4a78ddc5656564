#include "RotationFixture.h"
#include "organization/OrganizationRepository.h"
#include "roster/PostHistoryRepository.h"
#include "rotation/HostPost.h"

#include <catch2/catch.hpp>

using namespace rongpei;
using namespace rongpei::test;

TEST_CASE("A roster edit of the post writes the post history, keeping the post left since the hire date",
          "[rotation][post-history]")
{
    RotationFixture f;
    PostHistoryRepository &history = f.workspace().postHistory();
    CHECK(history.of(f.cadre).isEmpty());
    Cadre cadre = *f.workspace().cadres().find(f.cadre);
    CHECK(postHeldSince(cadre, {}).since == QDate(2010, 3, 1)); // no history: since the hire date
    CHECK(postHeldSince(cadre, {}).fromHireDate);

    cadre.notes = QStringLiteral("电话已更新"); // not a change of post: nothing written
    f.workspace().cadres().update(cadre);
    CHECK(history.of(f.cadre).isEmpty());

    const Cadre before = cadre;
    cadre.post = QStringLiteral("党群工作部副主任");
    cadre.level = CadreLevel::Middle;
    f.workspace().cadres().update(cadre);
    QList<PostRecord> posts = history.of(f.cadre);
    REQUIRE(posts.size() == 2);
    CHECK_FALSE(posts.at(0).effectiveOn.isValid()); // held since a day nobody recorded
    CHECK(posts.at(0).post == QStringLiteral("党务专员"));
    CHECK(posts.at(0).departmentId == f.org.office);
    CHECK(posts.at(1).effectiveOn == QDate(2026, 11, 24));
    CHECK(posts.at(1).post == QStringLiteral("党群工作部副主任"));
    CHECK(posts.at(1).level == CadreLevel::Middle);
    CHECK(posts.at(1).source == PostSource::Roster);
    CHECK(postHeldSince(cadre, posts).since == QDate(2026, 11, 24));
    CHECK_FALSE(postHeldSince(cadre, posts).fromHireDate);
    CHECK(postHeldSince(cadre, posts).yearsOn(QDate(2036, 11, 23)) == 9);
    CHECK(postHeldSince(cadre, posts).yearsOn(QDate(2036, 11, 24)) == 10);

    // A second change the same day replaces the first; going back (an undo) removes it.
    cadre.post = QStringLiteral("党群工作部主任");
    f.workspace().cadres().update(cadre);
    posts = history.of(f.cadre);
    REQUIRE(posts.size() == 2);
    CHECK(posts.at(1).post == QStringLiteral("党群工作部主任"));
    f.workspace().cadres().update(before);
    posts = history.of(f.cadre);
    REQUIRE(posts.size() == 1);
    CHECK(postHeldSince(before, posts).since == QDate(2010, 3, 1)); // the hire date stands for it
    CHECK(postHeldSince(before, posts).fromHireDate);

    // A level change alone keeps the time in the post.
    f.temp.clock().set(QDateTime(QDate(2026, 12, 2), QTime(9, 0)));
    Cadre promoted = before;
    promoted.level = CadreLevel::Middle;
    f.workspace().cadres().update(promoted);
    CHECK(history.of(f.cadre).size() == 2);
    CHECK(postHeldSince(promoted, history.of(f.cadre)).since == QDate(2010, 3, 1));
}

TEST_CASE(
    "Ending a rotation in the host post writes the history as the rotation's, and undoing it removes it",
    "[rotation][post-history]")
{
    RotationFixture f;
    Rotation r = f.sampleRotation(QDate(2026, 3, 1), QDate(2026, 8, 31));
    r.kind = RotationKind::Rotation;
    r.actualStart = r.plannedStart;
    r.actualEnd = QDate(2026, 8, 31);
    r.id = f.rotations().add(r);
    const Cadre before = *f.workspace().cadres().find(f.cadre);
    const Organization host = *f.workspace().organizations().find(f.org.production);
    const Cadre after = HostPost::movedTo(before, r, host);
    CHECK(after.branchId == f.org.secondBranch);
    CHECK(after.departmentId == f.org.production);
    CHECK(after.post == QStringLiteral("生产部副经理"));
    const QDate on = HostPost::takenOn(r, f.workspace().clock().today());
    CHECK(on == QDate(2026, 9, 1));
    f.workspace().cadres().update(after, PostChange{on, PostSource::Rotation, r.id});
    QList<PostRecord> posts = f.workspace().postHistory().of(f.cadre);
    REQUIRE(posts.size() == 2);
    CHECK(posts.at(1).source == PostSource::Rotation);
    CHECK(posts.at(1).rotationId == r.id);
    CHECK(posts.at(1).heldBranchId == f.org.secondBranch);
    CHECK(posts.at(1).effectiveOn == QDate(2026, 9, 1));
    // The records move with the cadre to the new branch.
    CHECK(
        scalar(
            f.workspace().database(),
            QStringLiteral("SELECT count(*) FROM post_history WHERE branch_id = %1").arg(f.org.secondBranch))
            .toInt() == 2);
    CHECK(f.rotations().find(r.id).has_value());
    // Undone the way TakeHostPostCommand undoes it: back on the same day.
    f.workspace().cadres().update(before, PostChange{on, PostSource::Roster, 0});
    CHECK(f.workspace().postHistory().of(f.cadre).size() == 1);
    // A host above the branches changes only the post.
    const Organization committee = *f.workspace().organizations().find(f.org.committee);
    const Cadre inCommittee = HostPost::movedTo(before, r, committee);
    CHECK(inCommittee.branchId == before.branchId);
    CHECK(inCommittee.departmentId == before.departmentId);
    CHECK(HostPost::takenOn(r, QDate(2026, 8, 31)) == QDate(2026, 8, 31)); // not ahead of today
}

TEST_CASE("Earlier posts are entered by hand, and bad ones refused on their field",
          "[rotation][post-history]")
{
    RotationFixture f;
    PostHistoryRepository &history = f.workspace().postHistory();
    PostRecord outside;
    outside.cadreId = f.cadre;
    outside.effectiveOn = QDate(2005, 7, 1);
    outside.unitName = QStringLiteral("市化工机械厂");
    outside.post = QStringLiteral("技术员");
    const qint64 id = history.add(outside);
    CHECK(history.find(id)->source == PostSource::Manual);

    PostRecord bad = outside;
    SECTION("the same day twice")
    {
        CHECK(refusalOf([&] { history.add(bad); }).hasErrorFor(PostField::effectiveOn));
    }
    SECTION("a day in the future")
    {
        bad.effectiveOn = QDate(2027, 1, 1);
        CHECK(refusalOf([&] { history.add(bad); }).hasErrorFor(PostField::effectiveOn));
    }
    SECTION("no unit at all, or a department of another branch")
    {
        bad.effectiveOn = QDate(2006, 1, 1);
        bad.unitName.clear();
        CHECK(refusalOf([&] { history.add(bad); }).hasErrorFor(PostField::unit));
        bad.heldBranchId = f.org.firstBranch;
        bad.departmentId = f.org.production;
        CHECK(refusalOf([&] { history.add(bad); }).hasErrorFor(PostField::unit));
    }
    SECTION("no post")
    {
        bad.effectiveOn = QDate(2006, 1, 1);
        bad.post = QStringLiteral("  ");
        CHECK(refusalOf([&] { history.add(bad); }).hasErrorFor(PostField::post));
    }
    CHECK(history.of(f.cadre).size() == 1);
    // Removed and restored as it was.
    const PostRecord removed = history.remove(id);
    CHECK(history.of(f.cadre).isEmpty());
    history.restore(removed);
    CHECK(history.find(id)->unitName == QStringLiteral("市化工机械厂"));
}

TEST_CASE(
    "A move dated before the history's latest post is refused, and a blank roster post is kept as it was",
    "[rotation][post-history]")
{
    RotationFixture f;
    Cadre cadre = *f.workspace().cadres().find(f.cadre);
    cadre.post = QStringLiteral("党群工作部副主任");
    f.workspace().cadres().update(cadre); // 2026-11-24
    Cadre moved = cadre;
    moved.post = QStringLiteral("生产部副经理");
    const ValidationError refusal = refusalOf([&] {
        f.workspace().cadres().update(moved, PostChange{QDate(2026, 9, 1), PostSource::Rotation, 0});
    });
    CHECK(refusal.message().contains(QStringLiteral("王党务")));
    CHECK(f.workspace().cadres().find(f.cadre)->post == QStringLiteral("党群工作部副主任")); // nothing saved
    CHECK(f.workspace().postHistory().of(f.cadre).size() == 2);
    // A blank post in the roster is kept in the history as it was, and can still be corrected.
    Cadre blank = sampleCadre(f.org.firstBranch, QStringLiteral("R009"), QStringLiteral("空岗位"));
    blank.post.clear();
    blank.id = f.workspace().cadres().add(blank);
    blank.post = QStringLiteral("党务专员");
    f.workspace().cadres().update(blank);
    PostRecord left = f.workspace().postHistory().of(blank.id).first();
    CHECK(left.post.isEmpty());
    left.notes = QStringLiteral("据档案");
    f.workspace().postHistory().update(left);
    CHECK(f.workspace().postHistory().find(left.id)->notes == QStringLiteral("据档案"));
}
