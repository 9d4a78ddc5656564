// The audit trail: a scripted sequence of edits gives exactly the expected lines, by whom, and a
// clerk reads only their units' part of it.
#include "history/AuditTrail.h"

#include "AccountTestSupport.h"
#include "organization/OrganizationRepository.h"
#include "roster/CadreRepository.h"

using namespace rongpei;
using namespace rongpei::test;

namespace {

QStringList summary(const std::vector<AuditLine> &lines)
{
    QStringList out;
    for (const AuditLine &line : lines)
        out.append(line.user + u'|' + line.change.operation + u'|' + line.record + u'|' + line.change.field +
                   u'|' + line.change.before + u'|' + line.change.after);
    return out;
}

} // namespace

TEST_CASE("Each edit of a scripted sequence is in the audit, by its user, newest first", "[audit]")
{
    TeamFile team;
    Workspace &workspace = team.workspace();
    team.temp.clock().set(QDateTime(QDate(2026, 3, 2), QTime(9, 0)));
    team.signIn(QStringLiteral("clerk"));
    const qint64 id = workspace.cadres().add(
        sampleCadre(team.org.firstBranch, QStringLiteral("A001"), QStringLiteral("张敏")));
    Cadre cadre = *workspace.cadres().find(id);
    cadre.phone = QStringLiteral("13900000000");
    workspace.cadres().update(cadre);
    workspace.cadres().remove(id);
    team.signIn(QStringLiteral("admin"));
    workspace.organizations().rename(team.org.secondBranch, QStringLiteral("第二支部"));

    AuditFilter filter;
    filter.from = QDate(2026, 3, 1);
    filter.to = QDate(2026, 3, 31);
    filter.user = QStringLiteral("clerk");
    const std::vector<AuditLine> clerk = AuditTrail::lines(workspace.database(), filter, workspace.access());
    REQUIRE(clerk.size() >= 4);
    const QStringList lines = summary(clerk);
    CHECK(lines[0] == QStringLiteral("clerk|Deleted|张敏|||"));
    CHECK(lines[1].startsWith(QStringLiteral("clerk|Changed|张敏|")));
    CHECK(lines[1].endsWith(QStringLiteral("|13900000000")));
    for (qsizetype i = 2; i < lines.size(); ++i) // the insert: one line per field it was given
        CHECK(lines[i].startsWith(QStringLiteral("clerk|Created|张敏|")));
    CHECK(lines.filter(QStringLiteral("|A001")).size() == 1);

    filter.user = QStringLiteral("admin");
    const QStringList admin = summary(AuditTrail::lines(workspace.database(), filter, workspace.access()));
    REQUIRE(admin.size() == 1);
    CHECK(admin[0].startsWith(QStringLiteral("admin|Changed|第二支部|")));
    CHECK(admin[0].endsWith(QStringLiteral("|第二党支部|第二支部")));

    // Outside the period, and of another kind, nothing.
    filter.user.clear();
    filter.kind = QStringLiteral("session");
    CHECK(AuditTrail::lines(workspace.database(), filter, workspace.access()).empty());
    filter.kind.clear();
    filter.from = filter.to = QDate(2026, 4, 1);
    CHECK(AuditTrail::lines(workspace.database(), filter, workspace.access()).empty());
    CHECK(AuditTrail::users(workspace.database()).contains(QStringLiteral("clerk")));
}

TEST_CASE("A clerk reads the audit of their own units only", "[audit][permissions]")
{
    TeamFile team;
    Workspace &workspace = team.workspace();
    team.signIn(QStringLiteral("admin"));
    workspace.cadres().add(
        sampleCadre(team.org.secondBranch, QStringLiteral("B001"), QStringLiteral("陈静")));
    workspace.cadres().add(sampleCadre(team.org.firstBranch, QStringLiteral("A001"), QStringLiteral("王伟")));
    team.signIn(QStringLiteral("clerk"));
    AuditFilter filter;
    filter.kind = QStringLiteral("cadre");
    const QStringList lines = summary(AuditTrail::lines(workspace.database(), filter, workspace.access()));
    CHECK_FALSE(lines.filter(QStringLiteral("王伟")).isEmpty());
    CHECK(lines.filter(QStringLiteral("陈静")).isEmpty());
    team.signIn(QStringLiteral("manager"));
    CHECK_FALSE(summary(AuditTrail::lines(workspace.database(), filter, workspace.access()))
                    .filter(QStringLiteral("陈静"))
                    .isEmpty());
}
