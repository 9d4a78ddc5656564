// The study rules' deletions, undone: gone rules, restores in place, refused restores.
#include "RulesFixture.h"
#include "organization/OrganizationRepository.h"
#include "roster/CadreRepository.h"
#include "study/StudySessionRepository.h"

using namespace rongpei;
using namespace rongpei::test;

TEST_CASE("Deleting a rule that is already gone is refused and announces nothing", "[study][rules]")
{
    TemporaryWorkspace temp;
    StudyRuleRepository &rules = temp.workspace().studyRules();
    const qint64 id = rules.requirements().first().id;
    rules.removeRequirement(id);
    int announcements = 0;
    QObject::connect(&rules, &StudyRuleRepository::rulesChanged, [&announcements] { ++announcements; });
    CHECK(refusalOf([&] { rules.removeRequirement(id); })
              .message()
              .contains(QStringLiteral("no longer exists")));
    CHECK(announcements == 0);
    CHECK(rules.requirements().size() == 3);
}

namespace {

QString createdAt(Database &database, const QString &table, qint64 id)
{
    return scalar(database, QStringLiteral("SELECT created_at FROM %1 WHERE id = %2").arg(table).arg(id))
        .toString();
}

} // namespace

TEST_CASE("Each kind of rule removed comes back as it was, in its place", "[study][rules][undo]")
{
    RulesFixture f;
    Database &db = f.database();

    SECTION("a kind of session, with its code")
    {
        const QList<StudyKind> before = f.rules().kinds();
        const StudyKind seminar = f.kind(QStringLiteral("seminar"));
        const QString created = createdAt(db, QStringLiteral("session_kind"), seminar.id);
        const StudyKind removed = f.rules().kindRecords().remove(seminar.id);
        CHECK(removed == seminar);
        CHECK_FALSE(f.rules().kindRecords().find(seminar.id).has_value());
        CHECK(f.rules().kinds().size() == before.size() - 1);
        CHECK(f.changes == 1);

        f.rules().kindRecords().restore(removed);
        CHECK(f.rules().kinds() == before); // same ids, uuids, fields and order
        CHECK(f.rules().kindRecords().find(seminar.id) == seminar);
        CHECK(createdAt(db, QStringLiteral("session_kind"), seminar.id) == created);
        CHECK(f.changes == 2);
    }

    SECTION("an hour conversion")
    {
        HourConversionRecords &records = f.rules().conversionRecords();
        const qint64 id = records.add(
            {0, QString(), QStringLiteral("夜校"), ConversionMethod::Fixed, 3, QStringLiteral("本单位规定")});
        records.add({0, QString(), QStringLiteral("周末讲座"), ConversionMethod::Fixed, 2, QString()});
        const QList<HourConversion> before = f.rules().conversions();
        const HourConversion evening = *records.find(id);
        CHECK(evening.name == QStringLiteral("夜校"));
        CHECK(evening.uuid.size() == 36);
        const QString created = createdAt(db, QStringLiteral("hour_conversion"), id);

        CHECK(records.remove(id) == evening);
        CHECK(f.rules().conversions().size() == before.size() - 1);
        records.restore(evening);
        CHECK(f.rules().conversions() == before); // back before the conversion added after it
        CHECK(createdAt(db, QStringLiteral("hour_conversion"), id) == created);
        CHECK(f.changes == 4);
    }

    SECTION("an hour requirement")
    {
        const QList<HourRequirement> before = f.rules().requirements();
        const HourRequirement county = before.last();
        const QString created = createdAt(db, QStringLiteral("hour_requirement"), county.id);
        CHECK(f.rules().requirementRecords().remove(county.id) == county);
        CHECK(f.rules().requirements().size() == 3);
        f.rules().requirementRecords().restore(county);
        CHECK(f.rules().requirements() == before);
        CHECK(createdAt(db, QStringLiteral("hour_requirement"), county.id) == created);
        CHECK(f.changes == 2);
    }

    SECTION("a meeting rule, for every branch or for one")
    {
        MeetingRuleRecords &records = f.rules().meetingRuleRecords();
        const qint64 own =
            records.add({0, QString(), f.kind(QStringLiteral("group_meeting")).id, f.org.secondBranch,
                         MeetingFrequency::NotRequired, QStringLiteral("人少")});
        const QList<MeetingRule> before = f.rules().meetingRules();
        for (const MeetingRule &rule : {before.first(), *records.find(own)}) {
            INFO(rule.id);
            const QString created = createdAt(db, QStringLiteral("meeting_rule"), rule.id);
            CHECK(records.remove(rule.id) == rule);
            CHECK(f.rules().meetingRules().size() == before.size() - 1);
            records.restore(rule);
            CHECK(f.rules().meetingRules() == before);
            CHECK(createdAt(db, QStringLiteral("meeting_rule"), rule.id) == created);
        }
        CHECK(f.changes == 5);
    }
}

TEST_CASE("A restore that cannot give the rule back is refused and changes nothing", "[study][rules][undo]")
{
    RulesFixture f;

    // Twice: the second finds the rule there already.
    HourRequirementRecords &requirements = f.rules().requirementRecords();
    const HourRequirement party = f.rules().requirements().first();
    requirements.remove(party.id);
    requirements.restore(party);
    const int changes = f.changes;
    CHECK(
        refusalOf([&] { requirements.restore(party); }).message().contains(QStringLiteral("already exists")));
    CHECK(f.rules().requirements().size() == 4);
    CHECK(f.changes == changes);

    // A rule never removed, and one whose uuid another rule took meanwhile.
    const StudyKind seminar = f.kind(QStringLiteral("seminar"));
    CHECK_THROWS_AS(f.rules().kindRecords().restore(seminar), ValidationError);
    StudyKind copy = seminar;
    copy.id = 424242;
    CHECK_THROWS_AS(f.rules().kindRecords().restore(copy), ValidationError);
    CHECK(f.rules().kinds().size() == 15);
    CHECK(f.changes == changes);

    // A meeting rule whose kind of session was deleted after it.
    const qint64 kind = f.rules().saveKind({0, QString(), QString(), QStringLiteral("读书班"), false,
                                            f.conversion(QStringLiteral("按实际时长")).id});
    MeetingRuleRecords &meetings = f.rules().meetingRuleRecords();
    const qint64 rule = meetings.add({0, QString(), kind, 0, MeetingFrequency::Quarterly, QString()});
    const MeetingRule removed = meetings.remove(rule);
    f.rules().removeKind(kind);
    const QList<MeetingRule> before = f.rules().meetingRules();
    const int changesBefore = f.changes;
    CHECK(refusalOf([&] { meetings.restore(removed); }).hasErrorFor(StudyRuleField::kind));
    CHECK(f.rules().meetingRules() == before);
    CHECK(scalar(f.database(), QStringLiteral("SELECT count(*) FROM meeting_rule")).toInt() == before.size());
    CHECK(f.changes == changesBefore);

    // And one whose branch was deleted after it.
    OrganizationRepository &units = f.temp.workspace().organizations();
    Organization unit;
    unit.parentId = f.org.committee;
    unit.kind = OrganizationKind::Branch;
    unit.name = QStringLiteral("第九党支部");
    const qint64 branch = units.add(unit);
    const MeetingRule ofBranch =
        *meetings.find(meetings.add({0, QString(), f.kind(QStringLiteral("party_lecture")).id, branch,
                                     MeetingFrequency::Monthly, QString()}));
    meetings.remove(ofBranch.id);
    units.remove(branch);
    const int changesAfterBranch = f.changes;
    CHECK(refusalOf([&] { meetings.restore(ofBranch); }).hasErrorFor(StudyRuleField::branch));
    CHECK(f.rules().meetingRules() == before);
    CHECK(f.changes == changesAfterBranch);
}
