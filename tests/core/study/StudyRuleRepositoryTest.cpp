#include "study/StudyRuleRepository.h"

#include "RulesFixture.h"
#include "organization/OrganizationRepository.h"
#include "roster/CadreRepository.h"
#include "storage/Database.h"
#include "study/StudySessionRepository.h"

using namespace rongpei;
using namespace rongpei::test;

TEST_CASE("The study rules start with the regulations' defaults", "[study][rules]")
{
    RulesFixture f;
    const QList<StudyKind> kinds = f.rules().kinds();
    REQUIRE(kinds.size() == 15);
    QStringList codes;
    for (const StudyKind &kind : kinds) {
        codes.append(kind.code);
        CHECK_FALSE(kind.name.isEmpty());
        CHECK(kind.uuid.size() == 36);
        CHECK(RulesFixture::byId(f.rules().conversions(), kind.conversionId).has_value());
    }
    CHECK(codes == QStringList{QStringLiteral("member_assembly"), QStringLiteral("committee_meeting"),
                               QStringLiteral("group_meeting"), QStringLiteral("party_lecture"),
                               QStringLiteral("theme_day"), QStringLiteral("life_meeting"),
                               QStringLiteral("member_review"), QStringLiteral("seminar"),
                               QStringLiteral("case_study"), QStringLiteral("simulation"),
                               QStringLiteral("concentrated_study"), QStringLiteral("self_study"),
                               QStringLiteral("online_study"), QStringLiteral("full_time_training"),
                               QStringLiteral("central_group_study")});
    CHECK(kinds.first().name == QStringLiteral("支部党员大会"));
    CHECK(kinds.first().membersOnly);
    CHECK_FALSE(f.kind(QStringLiteral("party_lecture")).membersOnly);

    const QList<HourConversion> conversions = f.rules().conversions();
    REQUIRE(conversions.size() == 4);
    CHECK(conversions.at(0).method == ConversionMethod::ClockHours);
    CHECK(conversions.at(1).method == ConversionMethod::Fixed);
    CHECK(conversions.at(1).hours == Approx(8));
    CHECK(conversions.at(2).hours == Approx(4));
    CHECK(conversions.at(3).hours == Approx(3)); // a 中心组 study
    CHECK(conversionFor(f.kind(QStringLiteral("central_group_study")), conversions) == conversions.at(3));
    for (const HourConversion &conversion : conversions)
        CHECK_FALSE(conversion.source.isEmpty());

    const QList<HourRequirement> requirements = f.rules().requirements();
    REQUIRE(requirements.size() == 4);
    const QList<std::tuple<CadreCategory, int, double>> expected{{CadreCategory::PartyMember, 1, 32},
                                                                 {CadreCategory::BranchCommittee, 1, 56},
                                                                 {CadreCategory::TownshipAndBelow, 1, 90},
                                                                 {CadreCategory::CountyAndAbove, 5, 550}};
    for (int i = 0; i < 4; ++i) {
        const auto &[category, years, hours] = expected.at(i);
        INFO(enumCode(category).toStdString());
        CHECK(requirements.at(i).category == category);
        CHECK(requirements.at(i).periodYears == years);
        CHECK(requirements.at(i).minimumHours == Approx(hours));
        CHECK_FALSE(requirements.at(i).source.isEmpty());
    }
    // Which kinds count follows the regulations: the members' and secretaries' yearly hours count
    // 集中学习培训, 党课 among it; the cadre-training hours count 集中培训 and 脱产培训, not 党课;
    // neither counts the branch's meetings, 主题党日 or 自学.
    const auto codesCounted = [&kinds](const HourRequirement &requirement) {
        QStringList counted;
        for (const StudyKind &kind : kinds)
            if (requirement.counts(kind))
                counted.append(kind.code);
        return counted;
    };
    const QStringList training{QStringLiteral("seminar"),
                               QStringLiteral("case_study"),
                               QStringLiteral("simulation"),
                               QStringLiteral("concentrated_study"),
                               QStringLiteral("online_study"),
                               QStringLiteral("full_time_training"),
                               QStringLiteral("central_group_study")};
    const QStringList partyTraining = QStringList{QStringLiteral("party_lecture")} + training;
    CHECK(codesCounted(requirements.at(0)) == partyTraining);
    CHECK(codesCounted(requirements.at(1)) == partyTraining);
    CHECK(codesCounted(requirements.at(2)) == training);
    CHECK(codesCounted(requirements.at(3)) == training);

    const QList<MeetingRule> meetings = f.rules().meetingRules();
    REQUIRE(meetings.size() == 7);
    QHash<QString, MeetingFrequency> frequencies;
    for (const MeetingRule &rule : meetings) {
        CHECK(rule.branchId == 0);
        CHECK_FALSE(rule.source.isEmpty());
        for (const StudyKind &kind : kinds)
            if (kind.id == rule.kindId)
                frequencies.insert(kind.code, rule.frequency);
    }
    CHECK(frequencies == QHash<QString, MeetingFrequency>{
                             {QStringLiteral("member_assembly"), MeetingFrequency::Quarterly},
                             {QStringLiteral("committee_meeting"), MeetingFrequency::Monthly},
                             {QStringLiteral("group_meeting"), MeetingFrequency::Monthly},
                             {QStringLiteral("party_lecture"), MeetingFrequency::Quarterly},
                             {QStringLiteral("theme_day"), MeetingFrequency::Monthly},
                             {QStringLiteral("life_meeting"), MeetingFrequency::Yearly},
                             {QStringLiteral("member_review"), MeetingFrequency::Yearly},
                         });

    CHECK(f.rules().earningStatuses() ==
          QSet<AttendanceStatus>{AttendanceStatus::Present, AttendanceStatus::Late});

    // The built-in rows are the same records in every installation.
    TemporaryWorkspace other;
    CHECK(other.workspace().studyRules().kinds() == kinds);
    CHECK(other.workspace().studyRules().requirements().first().uuid == requirements.first().uuid);
}

TEST_CASE("Kinds of session are added, edited and removed", "[study][rules]")
{
    RulesFixture f;
    const HourConversion fullDay = f.conversion(QStringLiteral("全天脱产培训"));
    const qint64 id =
        f.rules().saveKind({0, QString(), QString(), QStringLiteral("  读书 班 "), true, fullDay.id});
    CHECK(f.changes == 1);
    QList<StudyKind> kinds = f.rules().kinds();
    REQUIRE(kinds.size() == 16);
    const StudyKind added = kinds.last(); // new kinds come last
    CHECK(added.id == id);
    CHECK(added.name == QStringLiteral("读书 班"));
    CHECK(added.code.isEmpty());
    CHECK(added.membersOnly);
    CHECK(added.conversionId == fullDay.id);
    CHECK(added.uuid.size() == 36);

    StudyKind edited = added;
    edited.name = QStringLiteral("读书班");
    edited.membersOnly = false;
    edited.conversionId = f.conversion(QStringLiteral("按实际时长")).id;
    CHECK(f.rules().saveKind(edited) == id);
    CHECK(*RulesFixture::byId(f.rules().kinds(), id) == edited);
    CHECK(f.changes == 2);

    // A built-in kind may be renamed; it keeps its code.
    StudyKind lecture = f.kind(QStringLiteral("party_lecture"));
    lecture.name = QStringLiteral("专题党课");
    f.rules().saveKind(lecture);
    CHECK(f.kind(QStringLiteral("party_lecture")).name == QStringLiteral("专题党课"));

    StudyKind bad = edited;
    bad.name = QStringLiteral("   ");
    CHECK(refusalOf([&] { f.rules().saveKind(bad); }).hasErrorFor(StudyRuleField::name));
    bad.name = QString(41, u'学');
    CHECK(refusalOf([&] { f.rules().saveKind(bad); }).hasErrorFor(StudyRuleField::name));
    bad.name = QStringLiteral("读书班");
    bad.conversionId = 424242;
    CHECK(refusalOf([&] { f.rules().saveKind(bad); }).hasErrorFor(StudyRuleField::hours));
    CHECK(*RulesFixture::byId(f.rules().kinds(), id) == edited);
    CHECK(f.changes == 3);

    f.rules().removeKind(id);
    CHECK(f.rules().kinds().size() == 15);
    CHECK_FALSE(RulesFixture::byId(f.rules().kinds(), id).has_value());
    CHECK(f.changes == 4);
    // Saving a kind that was deleted meanwhile is refused rather than recreating it.
    CHECK_THROWS_AS(f.rules().saveKind(edited), ValidationError);
    CHECK(f.rules().kinds().size() == 15);
}

TEST_CASE("Hour conversions are added, edited and removed", "[study][rules]")
{
    RulesFixture f;
    const qint64 id = f.rules().saveConversion({0, QString(), QStringLiteral("  夜校 "),
                                                ConversionMethod::Fixed, 3, QStringLiteral(" 本单位规定 ")});
    HourConversion saved = *RulesFixture::byId(f.rules().conversions(), id);
    CHECK(saved.name == QStringLiteral("夜校"));
    CHECK(saved.method == ConversionMethod::Fixed);
    CHECK(saved.hours == Approx(3));
    CHECK(saved.source == QStringLiteral("本单位规定"));
    CHECK(f.rules().conversions().last().id == id);

    // Clock hours keep no fixed number.
    saved.method = ConversionMethod::ClockHours;
    saved.hours = 5;
    f.rules().saveConversion(saved);
    saved = *RulesFixture::byId(f.rules().conversions(), id);
    CHECK(saved.method == ConversionMethod::ClockHours);
    CHECK(saved.hours == Approx(0));
    CHECK(f.changes == 2);

    HourConversion bad = saved;
    bad.method = ConversionMethod::Fixed;
    bad.hours = 0;
    CHECK(refusalOf([&] { f.rules().saveConversion(bad); }).hasErrorFor(StudyRuleField::hours));
    bad.hours = 24.5;
    CHECK(refusalOf([&] { f.rules().saveConversion(bad); }).hasErrorFor(StudyRuleField::hours));
    bad.hours = 2;
    bad.source = QString(501, u'规');
    CHECK_FALSE(refusalOf([&] { f.rules().saveConversion(bad); }).message().isEmpty());
    CHECK(*RulesFixture::byId(f.rules().conversions(), id) == saved);

    // A conversion that a kind counts by cannot go.
    const qint64 kind = f.rules().saveKind({0, QString(), QString(), QStringLiteral("夜校学习"), false, id});
    const ValidationError inUse = refusalOf([&] { f.rules().removeConversion(id); });
    CHECK(inUse.message().contains(QStringLiteral("cannot be deleted")));
    CHECK(f.rules().conversions().size() == 5);
    f.rules().removeKind(kind);
    f.rules().removeConversion(id);
    CHECK(f.rules().conversions().size() == 4);
}

TEST_CASE("An hour conversion turns a session's time into 学时", "[study][rules]")
{
    const HourConversion clock{0, QString(), QStringLiteral("按实际时长"), ConversionMethod::ClockHours,
                               0, {}};
    CHECK(clock.hoursFor(QTime(14, 0), QTime(16, 0)) == Approx(2));
    CHECK(clock.hoursFor(QTime(14, 0), QTime(15, 40)) == Approx(1.5)); // to the nearest half hour
    CHECK(clock.hoursFor(QTime(14, 0), QTime(15, 50)) == Approx(2));
    CHECK(clock.hoursFor(QTime(14, 0), QTime(14, 10)) == Approx(0));
    CHECK(clock.hoursFor(QTime(16, 0), QTime(14, 0)) == Approx(0));
    CHECK(clock.hoursFor(QTime(), QTime(14, 0)) == Approx(0));
    const HourConversion fixed{0, QString(), QStringLiteral("全天"), ConversionMethod::Fixed, 8, {}};
    CHECK(fixed.hoursFor(QTime(9, 0), QTime(10, 0)) == Approx(8));
}

TEST_CASE("Hour requirements are added, edited and removed", "[study][rules]")
{
    RulesFixture f;
    const qint64 id = f.rules().saveRequirement({0,
                                                 QString(),
                                                 CadreCategory::TownshipAndBelow,
                                                 3,
                                                 240,
                                                 QStringLiteral("本单位：每3年不少于240学时"),
                                                 {f.rules().kinds().at(0).uuid}});
    REQUIRE(f.rules().requirements().size() == 5);
    HourRequirement saved = *RulesFixture::byId(f.rules().requirements(), id);
    CHECK(saved.category == CadreCategory::TownshipAndBelow);
    CHECK(saved.periodYears == 3);
    CHECK(saved.minimumHours == Approx(240));
    CHECK(saved.uuid.size() == 36);

    saved.category = CadreCategory::PartyMember;
    saved.minimumHours = 40;
    f.rules().saveRequirement(saved);
    CHECK(*RulesFixture::byId(f.rules().requirements(), id) == saved);

    HourRequirement bad = saved;
    bad.periodYears = 0;
    CHECK(refusalOf([&] { f.rules().saveRequirement(bad); }).hasErrorFor(StudyRuleField::periodYears));
    bad.periodYears = 11;
    CHECK(refusalOf([&] { f.rules().saveRequirement(bad); }).hasErrorFor(StudyRuleField::periodYears));
    bad.periodYears = 1;
    bad.minimumHours = 0;
    CHECK(refusalOf([&] { f.rules().saveRequirement(bad); }).hasErrorFor(StudyRuleField::hours));
    bad.minimumHours = 10001;
    CHECK(refusalOf([&] { f.rules().saveRequirement(bad); }).hasErrorFor(StudyRuleField::hours));
    CHECK(*RulesFixture::byId(f.rules().requirements(), id) == saved);
    CHECK(f.changes == 2);

    f.rules().removeRequirement(id);
    CHECK(f.rules().requirements().size() == 4);
    CHECK(f.changes == 3);
}

TEST_CASE("A second requirement for the same cadres over the same period is refused", "[study][rules]")
{
    RulesFixture f;
    // The defaults hold 90 学时 a year for township level and below.
    const ValidationError twin = refusalOf([&] {
        f.rules().saveRequirement({0,
                                   QString(),
                                   CadreCategory::TownshipAndBelow,
                                   1,
                                   100,
                                   QStringLiteral("本单位规定"),
                                   {f.rules().kinds().at(0).uuid}});
    });
    CHECK(twin.hasErrorFor(StudyRuleField::periodYears));
    CHECK(twin.message().contains(QStringLiteral("90")));
    CHECK(f.rules().requirements().size() == 4);
    CHECK(f.changes == 0);
    // Over another period, or edited in place, it is a requirement of its own.
    f.rules().saveRequirement({0,
                               QString(),
                               CadreCategory::TownshipAndBelow,
                               3,
                               240,
                               QStringLiteral("本单位"),
                               {f.rules().kinds().at(0).uuid}});
    HourRequirement yearly;
    for (const HourRequirement &r : f.rules().requirements())
        if (r.category == CadreCategory::TownshipAndBelow && r.periodYears == 1)
            yearly = r;
    yearly.minimumHours = 100;
    f.rules().saveRequirement(yearly);
    CHECK(f.rules().requirements().size() == 5);
    // Moving the three-year one onto the yearly one is refused too, and changes nothing.
    HourRequirement threeYear;
    for (const HourRequirement &r : f.rules().requirements())
        if (r.periodYears == 3)
            threeYear = r;
    threeYear.periodYears = 1;
    CHECK(refusalOf([&] { f.rules().saveRequirement(threeYear); }).hasErrorFor(StudyRuleField::periodYears));
    int threeYearRows = 0;
    for (const HourRequirement &r : f.rules().requirements())
        threeYearRows += r.periodYears == 3;
    CHECK(threeYearRows == 1);
}

TEST_CASE("Meeting rules are added, edited and removed", "[study][rules]")
{
    RulesFixture f;
    const qint64 groupMeeting = f.kind(QStringLiteral("group_meeting")).id;
    const qint64 id = f.rules().saveMeetingRule({0, QString(), groupMeeting, f.org.secondBranch,
                                                 MeetingFrequency::NotRequired, QStringLiteral("人少")});
    REQUIRE(f.rules().meetingRules().size() == 8);
    MeetingRule saved = *RulesFixture::byId(f.rules().meetingRules(), id);
    CHECK(saved.branchId == f.org.secondBranch);
    CHECK(saved.frequency == MeetingFrequency::NotRequired);
    CHECK(f.rules().meetingRules().last().id == id); // a branch's own rules follow the defaults

    saved.frequency = MeetingFrequency::Quarterly;
    f.rules().saveMeetingRule(saved);
    CHECK(RulesFixture::byId(f.rules().meetingRules(), id)->frequency == MeetingFrequency::Quarterly);

    // One rule per kind and branch, and one default per kind.
    const ValidationError twice = refusalOf([&] {
        f.rules().saveMeetingRule(
            {0, QString(), groupMeeting, f.org.secondBranch, MeetingFrequency::Monthly, {}});
    });
    CHECK(twice.message().contains(QStringLiteral("already a rule")));
    CHECK_THROWS_AS(f.rules().saveMeetingRule({0, QString(), groupMeeting, 0, MeetingFrequency::Yearly, {}}),
                    ValidationError);
    CHECK(refusalOf([&] {
              f.rules().saveMeetingRule(
                  {0, QString(), groupMeeting, f.org.committee, MeetingFrequency::Yearly, {}});
          }).hasErrorFor(StudyRuleField::branch));
    CHECK(refusalOf([&] {
              f.rules().saveMeetingRule(
                  {0, QString(), 424242, f.org.firstBranch, MeetingFrequency::Yearly, {}});
          }).hasErrorFor(StudyRuleField::kind));
    CHECK(f.rules().meetingRules().size() == 8);
    CHECK(f.changes == 2);

    f.rules().removeMeetingRule(id);
    CHECK(f.rules().meetingRules().size() == 7);
    CHECK(f.changes == 3);
}

TEST_CASE("Names of kinds and conversions are unique", "[study][rules]")
{
    RulesFixture f;
    const StudyKind assembly = f.kind(QStringLiteral("member_assembly"));
    const ValidationError kindTwice = refusalOf([&] {
        f.rules().saveKind(
            {0, QString(), QString(), QStringLiteral(" 支部党员大会 "), false, assembly.conversionId});
    });
    CHECK(kindTwice.message().contains(QStringLiteral("支部党员大会")));
    CHECK(f.rules().kinds().size() == 15);

    StudyKind renamed = f.kind(QStringLiteral("theme_day"));
    renamed.name = QStringLiteral("支部党员大会");
    CHECK_THROWS_AS(f.rules().saveKind(renamed), ValidationError);
    CHECK(f.kind(QStringLiteral("theme_day")).name == QStringLiteral("主题党日"));

    const ValidationError conversionTwice = refusalOf([&] {
        f.rules().saveConversion(
            {0, QString(), QStringLiteral("全天脱产培训"), ConversionMethod::Fixed, 6, QString()});
    });
    CHECK(conversionTwice.message().contains(QStringLiteral("全天脱产培训")));
    CHECK(f.rules().conversions().size() == 4);
    CHECK(f.conversion(QStringLiteral("全天脱产培训")).hours == Approx(8));
    CHECK(f.changes == 0);
}

TEST_CASE("A kind of session in use cannot be deleted", "[study][rules]")
{
    RulesFixture f;
    const qint64 kind = f.rules().saveKind({0, QString(), QString(), QStringLiteral("读书班"), false,
                                            f.conversion(QStringLiteral("按实际时长")).id});
    const qint64 cadre =
        f.temp.workspace().cadres().add(sampleCadre(f.org.firstBranch, QStringLiteral("A001")));
    StudySessionRepository &sessions = f.temp.workspace().studySessions();
    const qint64 session = sessions.add(sampleSession(kind, f.org.firstBranch, QDate(2026, 11, 3), {cadre}));
    const int changesBefore = f.changes;

    const ValidationError error = refusalOf([&] { f.rules().removeKind(kind); });
    CHECK(error.message().contains(QStringLiteral("cannot be deleted")));
    CHECK(error.message().contains(QStringLiteral("sessions")));
    CHECK(f.rules().kinds().size() == 16);
    REQUIRE(sessions.find(session).has_value());
    CHECK(sessions.find(session)->kindId == kind);
    CHECK(f.changes == changesBefore);

    // The built-in kinds that meeting rules require cannot go either.
    CHECK_THROWS_AS(f.rules().removeKind(f.kind(QStringLiteral("theme_day")).id), ValidationError);
    CHECK(f.rules().kinds().size() == 16);

    sessions.remove(session);
    f.rules().removeKind(kind);
    CHECK(f.rules().kinds().size() == 15);
    CHECK(scalar(f.database(), QStringLiteral("SELECT count(*) FROM session_kind")).toInt() == 15);
}

TEST_CASE("The roll-call marks that earn hours are chosen in the rules", "[study][rules]")
{
    RulesFixture f;
    f.rules().setEarningStatuses({AttendanceStatus::Present, AttendanceStatus::Excused});
    CHECK(f.rules().earningStatuses() ==
          QSet<AttendanceStatus>{AttendanceStatus::Present, AttendanceStatus::Excused});
    CHECK(f.changes == 1);
    f.temp.reopen();
    CHECK(f.temp.workspace().studyRules().earningStatuses() ==
          QSet<AttendanceStatus>{AttendanceStatus::Present, AttendanceStatus::Excused});
    f.temp.workspace().studyRules().setEarningStatuses({});
    CHECK(f.temp.workspace().studyRules().earningStatuses().isEmpty());
    CHECK(scalar(f.temp.workspace().database(), QStringLiteral("SELECT count(*) FROM attendance_credit"))
              .toInt() == 4);
}
