#include "demo/DemoGenerator.h"

#include "TestSupport.h"
#include "organization/OrganizationRepository.h"
#include "roster/CadreRepository.h"
#include "roster/CadreValidator.h"
#include "study/HourCompliance.h"
#include "study/MeetingCalendar.h"
#include "study/StudySessionRepository.h"

#include <QRegularExpression>
#include <QSet>

using namespace rongpei;
using namespace rongpei::test;

namespace {

QStringList fingerprint(Workspace &workspace)
{
    QStringList rows;
    for (const Organization &o : workspace.organizations().all())
        rows.append(QStringLiteral("%1|%2|%3").arg(o.uuid, enumCode(o.kind), o.name));
    for (const Cadre &c : workspace.cadres().all())
        rows.append(QStringList{c.uuid, c.employeeNumber, c.name, c.birthDate.toString(Qt::ISODate), c.post,
                                enumCode(c.track), enumCode(c.partyStatus)}
                        .join(u'|'));
    return rows;
}

} // namespace

TEST_CASE("The demo enterprise is deterministic for a seed", "[demo]")
{
    TemporaryWorkspace first, second, third;
    DemoGenerator(first.workspace()).generate({120, 7});
    DemoGenerator(second.workspace()).generate({120, 7});
    DemoGenerator(third.workspace()).generate({120, 8});
    CHECK(fingerprint(first.workspace()) == fingerprint(second.workspace()));
    CHECK(fingerprint(first.workspace()) != fingerprint(third.workspace()));
}

TEST_CASE("The demo enterprise is realistic and valid", "[demo]")
{
    TemporaryWorkspace temp;
    const DemoSummary summary = DemoGenerator(temp.workspace()).generate({400, 2026});
    CHECK(summary.cadres == 400);
    // The file now asks who is working: before signing in, nobody's records can be read.
    CHECK(temp.workspace().needsSignIn());
    CHECK(temp.workspace().cadres().all().isEmpty());
    temp.workspace().signIn(QStringLiteral("admin"), DemoGenerator::password);
    CHECK(summary.branches == 10);
    CHECK(summary.committees >= 2);
    CHECK(summary.departments >= 2 * summary.branches);

    const QList<Organization> units = temp.workspace().organizations().all();
    CHECK(units.size() == 1 + summary.committees + summary.branches + summary.departments);
    QSet<QString> branchNames;
    for (const Organization &o : units)
        if (o.kind == OrganizationKind::Branch)
            branchNames.insert(o.name);
    CHECK(branchNames.size() == summary.branches); // each branch can be told apart in the roster

    const QList<Cadre> cadres = temp.workspace().cadres().all();
    REQUIRE(cadres.size() == 400);
    QHash<qint64, int> secretaries;
    int party = 0, members = 0, women = 0;
    QSet<QString> idNumbers;
    for (const Cadre &c : cadres) {
        if (!c.idNumber.isEmpty())
            idNumbers.insert(c.idNumber); // valid for the cadre's birth date and gender: the validator says
        CHECK(CadreValidator::validate(c, temp.clock().today()).isEmpty());
        CHECK(c.name.size() >= 2);
        if (c.post == QStringLiteral("党支部书记")) {
            ++secretaries[c.branchId];
            CHECK(c.partyStatus == PartyStatus::Member);
            CHECK(c.employmentStatus == EmploymentStatus::Active);
        }
        if (c.employmentStatus == EmploymentStatus::Retired)
            CHECK(c.birthDate.addYears(55) <= temp.clock().today());
        party += c.track == Track::Party;
        members += hasJoinedParty(c.partyStatus);
        women += c.gender == Gender::Female;
    }
    CHECK(secretaries.size() == summary.branches); // every branch has its secretary
    CHECK(party > 80);
    CHECK(party < 250); // both tracks present
    CHECK(members > 200);
    CHECK(women > 80);
    CHECK(idNumbers.size() > 320); // nine in ten recorded, no two alike
    CHECK(idNumbers.size() < 400);

    // The plans' reasons are in Chinese like the rest of the data, whatever language the tests run in.
    CHECK(summary.plans > 0);
    CHECK(summary.unitPlans == 2 * (1 + summary.committees));
    const QVariant reason =
        scalar(temp.workspace().database(),
               QStringLiteral("SELECT reason FROM plan_course WHERE reason <> '' LIMIT 1"));
    INFO(reason.toString().toStdString());
    CHECK(reason.toString().contains(QRegularExpression(QStringLiteral("\\p{Han}"))));
    CHECK(QLocale().language() != QLocale::Chinese); // the generator put the language back
}

TEST_CASE("Demo data goes only into an empty database and can be cancelled", "[demo]")
{
    TemporaryWorkspace temp;
    SmallOrganization::create(temp.workspace());
    CHECK_THROWS_AS(DemoGenerator(temp.workspace()).generate({}), ValidationError);

    TemporaryWorkspace fresh;
    CHECK_THROWS_AS(DemoGenerator(fresh.workspace()).generate({0, 1}), ValidationError);
    CHECK_THROWS_AS(
        DemoGenerator(fresh.workspace()).generate({600, 1}, [](int done, int) { return done < 500; }),
        ValidationError);
    CHECK(fresh.workspace().organizations().count() == 0);
    CHECK(fresh.workspace().cadres().count() == 0);
}

TEST_CASE("The demo enterprise has a study history with gaps to find", "[demo][study]")
{
    TemporaryWorkspace temp;
    const DemoSummary summary = DemoGenerator(temp.workspace()).generate({300, 2026});
    Database &db = temp.workspace().database();
    CHECK(summary.sessions > 100);
    CHECK(summary.sessions == temp.workspace().studySessions().count());
    CHECK(summary.attendance > summary.sessions);
    CHECK(summary.attendance == scalar(db, QStringLiteral("SELECT count(*) FROM attendance")).toInt());
    // From January two years ago to today, and next month's theme day planned already.
    CHECK(scalar(db, QStringLiteral("SELECT min(session_date) FROM study_session")).toString() >=
          QStringLiteral("2024-01-01"));
    CHECK(scalar(db, QStringLiteral("SELECT max(session_date) FROM study_session WHERE state = 'held'"))
              .toString() <= QStringLiteral("2026-11-24"));
    CHECK(scalar(db, QStringLiteral("SELECT count(*) FROM study_session WHERE state = 'planned' AND "
                                    "session_date LIKE '2026-12-%'"))
              .toInt() == summary.branches);
    CHECK(scalar(db, QStringLiteral("SELECT count(DISTINCT branch_id) FROM study_session")).toInt() ==
          summary.branches + summary.committees); // every branch, and every committee's 中心组

    // Senior cadres' five-year windows reach before the history: some have opening hours for it.
    CHECK(summary.openingHours > 0);
    CHECK(scalar(db, QStringLiteral("SELECT count(*) FROM opening_hours")).toInt() == summary.openingHours);

    // Cadres who left are on the roll calls from before they left, and only those; newcomers on
    // those from their hire on.
    CHECK(
        scalar(db, QStringLiteral("SELECT count(*) FROM cadre WHERE employment_status IN ('left', 'retired') "
                                  "AND left_on IS NOT NULL"))
            .toInt() > 0);
    CHECK(scalar(db, QStringLiteral("SELECT count(*) FROM attendance a JOIN cadre c ON c.id = a.cadre_id "
                                    "WHERE c.employment_status IN ('left', 'retired')"))
              .toInt() > 0);
    CHECK(scalar(db, QStringLiteral(
                         "SELECT count(*) FROM attendance a JOIN study_session s ON s.id = a.session_id "
                         "JOIN cadre c ON c.id = a.cadre_id WHERE s.session_date >= c.left_on "
                         "OR s.session_date < c.hired_on"))
              .toInt() == 0);
    CHECK(scalar(db, QStringLiteral("SELECT count(*) FROM cadre WHERE hired_on > '2025-12-01'")).toInt() > 0);

    // Each party committee keeps a study group with one head, and hosts its 中心组学习 with them.
    CHECK(scalar(db, QStringLiteral("SELECT count(DISTINCT branch_id) FROM study_group_member")).toInt() ==
          summary.committees);
    CHECK(scalar(db, QStringLiteral("SELECT count(*) FROM study_group_member WHERE role = 'head'")).toInt() ==
          summary.committees);
    CHECK(scalar(db, QStringLiteral("SELECT count(*) FROM study_session s JOIN organization o ON o.id = "
                                    "s.branch_id WHERE o.kind = 'committee'"))
              .toInt() > summary.committees * 10);
    CHECK(scalar(db,
                 QStringLiteral("SELECT count(*) FROM attendance a JOIN study_session s ON s.id = "
                                "a.session_id WHERE a.branch_id <> s.branch_id OR a.cadre_id NOT IN "
                                "(SELECT cadre_id FROM study_group_member g WHERE g.branch_id = s.branch_id) "
                                "AND s.branch_id IN (SELECT id FROM organization WHERE kind = 'committee')"))
              .toInt() == 0);

    // Some branch has missed a required meeting this year, but not every meeting is missed.
    const QList<OverdueMeeting> overdue = MeetingCalendar(db, temp.clock()).overdue(2026);
    const auto missed = std::count_if(overdue.begin(), overdue.end(),
                                      [](const OverdueMeeting &m) { return m.state == PeriodState::Missed; });
    CHECK(missed > 0);
    CHECK(missed < summary.branches * 30);

    // Some cadres are far behind on their hours, most are not.
    const QList<ComplianceRow> rows = HourCompliance(db, temp.clock()).compute(2026);
    CHECK(rows.size() > 250);
    const auto farBehind = std::count_if(rows.begin(), rows.end(), [](const ComplianceRow &r) {
        return r.level == ComplianceLevel::FarBehind;
    });
    const auto onTrack = std::count_if(
        rows.begin(), rows.end(), [](const ComplianceRow &r) { return r.level == ComplianceLevel::OnTrack; });
    CHECK(farBehind > 0);
    CHECK(onTrack > farBehind);
}
