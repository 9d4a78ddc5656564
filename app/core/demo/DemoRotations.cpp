#include "demo/DemoRotations.h"

#include "Workspace.h"
#include "common/Clock.h"
#include "demo/DemoRandom.h"
#include "organization/OrganizationRepository.h"
#include "roster/CadreRepository.h"
#include "roster/PostHistoryRepository.h"
#include "rotation/HostPost.h"
#include "rotation/RotationRepository.h"

#include <QSqlQuery>

#include <array>

namespace rongpei {

namespace {

constexpr std::array earlierPosts{u"技术员", u"见习生", u"调度员", u"团委干事",
                                  u"办事员", u"班组长", u"专责"};
constexpr std::array outsideUnits{u"省电力设计院", u"市化工机械厂", u"华远能源集团驻外办事处", u"县供电公司"};
constexpr std::array operationsHostPosts{u"生产技术部副经理", u"车间副主任", u"项目经理助理",
                                         u"供应链管理部副经理", u"安全环保部副经理"};
constexpr std::array partyHostPosts{u"党群工作部副主任", u"党建工作专员", u"纪检监察专员", u"党支部组织委员"};
constexpr std::array goals{u"熟悉生产经营管理流程，提升解决实际问题的能力",
                           u"了解基层党建工作方法，增强党性修养和政治能力",
                           u"参与重点项目攻关，推动党建与业务深度融合", u"学习先进管理经验，带回本单位推广"};
constexpr std::array comments{u"工作积极主动，能较快适应新岗位，完成了交办的各项任务。",
                              u"政治站位高，业务学习扎实，在项目推进中发挥了骨干作用。",
                              u"作风务实，团结同志，能够把党建要求融入生产经营工作。",
                              u"适应期较长，后期进步明显，建议继续加强业务学习。"};

/// A grade and ratings that agree with it.
RotationEvaluation evaluation(QDate on, DemoRandom &random)
{
    RotationEvaluation e;
    e.evaluatedOn = on;
    const int roll = random.below(100);
    e.grade = roll < 30   ? EvaluationGrade::Excellent
              : roll < 92 ? EvaluationGrade::Competent
              : roll < 98 ? EvaluationGrade::BasicallyCompetent
                          : EvaluationGrade::Incompetent;
    const int base = e.grade == EvaluationGrade::Excellent   ? 5
                     : e.grade == EvaluationGrade::Competent ? 4
                                                             : 3;
    for (int *rating : {&e.integrity, &e.ability, &e.diligence, &e.performance, &e.probity})
        *rating = qBound(1, base - random.below(2), 5);
    e.hostComments = random.pick(comments);
    e.homeOpinion = QStringLiteral("同意派驻单位鉴定意见。");
    return e;
}

} // namespace

DemoRotations::DemoRotations(Workspace &workspace, DemoRandom &random)
    : m_workspace(workspace)
    , m_random(random)
{}

int DemoRotations::addPostHistories()
{
    const QDate today = m_workspace.clock().today();
    const QList<Organization> units = m_workspace.organizations().all();
    QList<qint64> branches;
    for (const Organization &unit : units)
        if (unit.kind == OrganizationKind::Branch)
            branches.append(unit.id);
    QList<PostRecord> posts;
    for (const Cadre &cadre : m_workspace.cadres().all()) {
        // The levels an exchange rule concerns all have their history; a third of the others.
        if (!isEmployed(cadre.employmentStatus) || !cadre.hiredOn.isValid() ||
            (cadre.level == CadreLevel::Grassroots && !m_random.chance(0.3)))
            continue;
        // The current post since some day after the hire; a few senior and middle cadres for over
        // ten years, the exchange rule's figure.
        const qint64 serviceDays = cadre.hiredOn.daysTo(today);
        const bool longInPost =
            cadre.level != CadreLevel::Grassroots && m_random.chance(0.15) && serviceDays > 11 * 365;
        // Others moved to their post in the last eight years, as exchanges keep posts turning over.
        const QDate since = longInPost ? today.addYears(-10).addDays(-m_random.below(1500))
                                       : qMax(cadre.hiredOn.addDays(serviceDays / 3),
                                              today.addDays(-60 - m_random.below(8 * 365)));
        if (since <= cadre.hiredOn.addDays(30) || since > today)
            continue;
        PostRecord first;
        first.cadreId = cadre.id;
        first.effectiveOn = cadre.hiredOn;
        first.post = m_random.pick(earlierPosts);
        first.level = CadreLevel::Grassroots;
        if (m_random.chance(0.2))
            first.unitName = m_random.pick(outsideUnits);
        else
            first.heldBranchId = branches.at(m_random.below(static_cast<int>(branches.size())));
        first.notes = first.unitName.isEmpty() ? QString() : QStringLiteral("据干部人事档案补录");
        posts.append(first);
        PostRecord current = currentPostOf(cadre);
        current.effectiveOn = since;
        posts.append(current);
    }
    int written = static_cast<int>(m_workspace.postHistory().addAll(posts).size());
    // Roster edits of this year, written to the history as a clerk's edit writes them.
    const QList<Cadre> cadres = m_workspace.cadres().all();
    for (int i = 0; i < cadres.size(); i += 53) {
        Cadre moved = cadres.at(i);
        if (!isEmployed(moved.employmentStatus) || moved.partyRole != PartyRole::None ||
            !m_workspace.postHistory().of(moved.id).isEmpty())
            continue;
        const QDate on = QDate(today.year(), 1, 1)
                             .addDays(m_random.below(qMax(1, QDate(today.year(), 1, 1).daysTo(today))));
        if (moved.hiredOn.isValid() && on <= moved.hiredOn)
            continue;
        moved.post =
            moved.track == Track::Party ? QStringLiteral("党群工作部副主任") : QStringLiteral("部门副经理");
        if (moved.post == cadres.at(i).post)
            continue;
        m_workspace.cadres().update(moved, PostChange{on, PostSource::Roster, 0});
        written += 2;
    }
    return written;
}

int DemoRotations::addRotations(QDate since)
{
    const QDate today = m_workspace.clock().today();
    const QList<Organization> units = m_workspace.organizations().all();
    QList<Organization> hosts;
    for (const Organization &unit : units)
        if (unit.kind == OrganizationKind::Department)
            hosts.append(unit);
    if (hosts.isEmpty())
        return 0;
    QHash<qint64, QList<qint64>> cadresOfBranch;
    const QList<Cadre> cadres = m_workspace.cadres().all();
    for (const Cadre &cadre : cadres)
        if (isEmployed(cadre.employmentStatus))
            cadresOfBranch[cadre.branchId].append(cadre.id);
    int added = 0;
    int index = 0;
    bool cancelledOne = false;
    for (const Cadre &cadre : cadres) {
        if (!isEmployed(cadre.employmentStatus) || cadre.leftOn.isValid() ||
            cadre.level == CadreLevel::Senior || !m_random.chance(0.05))
            continue;
        ++index;
        const Organization &host = hosts.at(m_random.below(static_cast<int>(hosts.size())));
        if (host.branchId == cadre.branchId)
            continue;
        Rotation r;
        const int kindRoll = m_random.below(100);
        r.kind = kindRoll < 40   ? RotationKind::Secondment
                 : kindRoll < 70 ? RotationKind::Rotation
                 : kindRoll < 85 ? RotationKind::CrossPost
                                 : RotationKind::Shadowing;
        r.cadreId = cadre.id;
        r.fromUnitId = cadre.departmentId > 0 ? cadre.departmentId : cadre.branchId;
        r.fromPost = cadre.post;
        r.toUnitId = host.id;
        // Most rotations cross the tracks, the point of 融合培养; one in eight stays within.
        const bool cross = m_random.below(8) > 0;
        const bool toOperations = (cadre.track == Track::Party) == cross;
        r.toPost = toOperations ? m_random.pick(operationsHostPosts) : m_random.pick(partyHostPosts);
        if (r.kind == RotationKind::CrossPost)
            r.toPost =
                toOperations ? QStringLiteral("兼任生产技术部副经理") : QStringLiteral("兼任党支部组织委员");
        const int months = r.kind == RotationKind::Shadowing   ? 3
                           : r.kind == RotationKind::CrossPost ? 24
                                                               : 12;
        const qint64 span = since.daysTo(today.addMonths(4));
        r.plannedStart = since.addDays(m_random.below(static_cast<int>(span)));
        r.plannedStart = QDate(r.plannedStart.year(), r.plannedStart.month(), 1);
        r.plannedEnd = r.plannedStart.addMonths(months).addDays(-1);
        if (cadre.hiredOn.isValid() && r.plannedStart <= cadre.hiredOn)
            continue;
        r.goals = m_random.pick(goals);
        r.approvalNumber =
            QStringLiteral("华远党组〔%1〕%2号").arg(r.plannedStart.year()).arg(10 + index % 80);
        const QList<qint64> hostPeople = cadresOfBranch.value(host.branchId);
        if (!hostPeople.isEmpty() && m_random.chance(0.8))
            r.mentorId = hostPeople.at(m_random.below(static_cast<int>(hostPeople.size())));
        if (r.plannedStart <= today)
            r.actualStart = r.plannedStart;
        const int fate = m_random.below(100);
        if (r.plannedEnd < today) {
            r.actualEnd = r.plannedEnd;
            if (fate < 8) // called back early
                r.actualEnd = r.plannedStart.addDays(r.plannedStart.daysTo(r.plannedEnd) / 2);
            else if (fate < 14 && r.plannedEnd.addMonths(3) < today) { // extended by three months
                r.extendedTo = r.plannedEnd.addMonths(3);
                r.extensionReference =
                    QStringLiteral("华远党组〔%1〕%2号").arg(r.plannedEnd.year()).arg(90 + index % 9);
                r.actualEnd = r.extendedTo;
            }
            // Most have their final evaluation; the rest are overdue for it.
            if (fate >= 20 || r.actualEnd.addDays(Rotation::finalEvaluationGraceDays) >= today)
                r.finalEvaluation =
                    evaluation(qMin(today, r.actualEnd.addDays(7 + m_random.below(14))), m_random);
            r.selfSummary =
                QStringLiteral("挂职期间，认真学习新岗位业务知识，主动融入派驻单位工作，"
                               "在%1方面有了明显提升。")
                    .arg(toOperations ? QStringLiteral("生产经营管理") : QStringLiteral("党建工作"));
        }
        const qint64 days = r.firstDay().daysTo(r.scheduledEnd()) + 1;
        const QDate midpoint = r.firstDay().addDays(days / 2);
        if (days >= Rotation::midTermMinimumDays && midpoint < today && fate % 3 != 0)
            r.midTermEvaluation = evaluation(midpoint.addDays(m_random.below(10)), m_random);
        if (!cancelledOne && r.plannedStart > today) {
            r.cancelled = true;
            r.actualStart = {};
            r.notes = QStringLiteral("因生产任务调整，本次挂职取消。");
            cancelledOne = true;
        }
        r.id = m_workspace.rotations().add(r);
        ++added;
        // A job rotation that ended leaves the cadre in the host post; a member of the branch
        // committee stays on it.
        if (r.kind == RotationKind::Rotation && r.actualEnd.isValid() && r.actualEnd < today &&
            r.actualEnd == r.scheduledEnd() && cadre.partyRole == PartyRole::None) {
            const std::optional<Cadre> current = m_workspace.cadres().find(cadre.id);
            const QList<PostRecord> history = m_workspace.postHistory().of(cadre.id);
            const QDate latest = history.isEmpty() ? QDate() : history.last().effectiveOn;
            if (current && (!latest.isValid() || latest <= HostPost::takenOn(r, today)))
                m_workspace.cadres().update(
                    HostPost::movedTo(*current, r, host),
                    PostChange{HostPost::takenOn(r, today), PostSource::Rotation, r.id});
        }
    }
    return added;
}

} // namespace rongpei
