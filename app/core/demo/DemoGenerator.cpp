#include "demo/DemoGenerator.h"

#include "Workspace.h"
#include "accounts/AccountRepository.h"
#include "common/Clock.h"
#include "demo/DemoAttachments.h"
#include "demo/DemoFeedbackAndPlans.h"
#include "demo/DemoRandom.h"
#include "demo/DemoRotations.h"
#include "demo/DemoStudyHistory.h"
#include "demo/DemoTraining.h"
#include "demo/DemoUnitPlans.h"
#include "organization/OrganizationRepository.h"
#include "roster/CadreRepository.h"
#include "roster/IdNumber.h"
#include "storage/ChangeJournal.h"
#include "study/OpeningHoursRepository.h"
#include "study/StudyGroupRepository.h"
#include "study/StudyRules.h"
#include "study/StudySessionRepository.h"

#include <array>
#include <vector>

namespace rongpei {

namespace {

// Common surnames, most frequent first; picked with a bias towards the front.
constexpr std::array surnames{
    u"王", u"李", u"张", u"刘", u"陈", u"杨", u"黄", u"赵", u"吴", u"周", u"徐", u"孙", u"马", u"朱", u"胡",
    u"郭", u"何", u"高", u"林", u"罗", u"郑", u"梁", u"谢", u"宋", u"唐", u"许", u"韩", u"冯", u"邓", u"曹",
    u"彭", u"曾", u"肖", u"田", u"董", u"袁", u"潘", u"于", u"蒋", u"蔡", u"余", u"杜", u"叶", u"程", u"苏",
    u"魏", u"吕", u"丁", u"任", u"沈", u"姚", u"卢", u"姜", u"崔", u"钟", u"谭", u"陆", u"汪", u"范", u"金",
    u"石", u"廖", u"贾", u"夏", u"韦", u"付", u"方", u"白", u"邹", u"孟", u"熊", u"秦", u"邱", u"江", u"尹",
    u"薛", u"闫", u"段", u"雷", u"侯", u"龙", u"史", u"陶", u"黎", u"贺", u"顾", u"毛", u"郝", u"龚", u"邵"};

constexpr std::array maleGiven{u"伟", u"强", u"磊", u"军", u"勇", u"杰", u"涛", u"斌", u"超", u"明", u"刚",
                               u"平", u"辉", u"鹏", u"华", u"飞", u"鑫", u"波", u"宁", u"健", u"浩", u"宇",
                               u"建", u"国", u"志", u"文", u"东", u"海", u"峰", u"林", u"俊", u"晨", u"凯"};

constexpr std::array femaleGiven{u"芳", u"娜", u"敏", u"静", u"丽", u"艳", u"娟", u"霞", u"燕", u"玲", u"婷",
                                 u"雪", u"慧", u"莉", u"琳", u"颖", u"倩", u"洁", u"红", u"梅", u"萍", u"欣",
                                 u"佳", u"悦", u"晓", u"文", u"雯", u"蕾", u"薇", u"月", u"秀", u"丹", u"宁"};

constexpr std::array subsidiaryCommittees{
    u"华北分公司党委", u"华东分公司党委", u"华南分公司党委", u"西南分公司党委", u"西北分公司党委",
    u"东北分公司党委", u"华中分公司党委", u"新能源公司党委", u"物流公司党委",   u"工程公司党委",
    u"检修公司党委",   u"销售公司党委",   u"研究院党委",     u"信息公司党委",   u"燃料公司党委"};

constexpr std::array branchUnits{u"机关第一",   u"机关第二",   u"生产技术部",   u"运行一值",
                                 u"运行二值",   u"检修车间",   u"燃料车间",     u"安全环保部",
                                 u"市场营销部", u"财务资产部", u"供应链管理部", u"工程管理部",
                                 u"质量管理部", u"人力资源部", u"信息中心",     u"物资供应站",
                                 u"化验中心",   u"调度中心",   u"综合服务中心", u"项目部"};

constexpr std::array departments{u"综合办公室", u"党群工作部", u"人力资源部",   u"财务部",     u"生产技术部",
                                 u"安全环保部", u"市场营销部", u"供应链管理部", u"质量管理部", u"运行部",
                                 u"检修部",     u"工程管理部", u"计划经营部",   u"审计部",     u"信息技术部"};

// Job posts of party-affairs cadres; the branch committee's roles (组织委员 …) are given apart.
constexpr std::array partyPosts{u"党务专员", u"党建干事",     u"党群工作部主任", u"党群工作部副主任",
                                u"工会干事", u"纪检监察专员", u"团委干事",       u"宣传干事"};

constexpr std::array operationsPosts{u"部门经理",   u"部门副经理", u"车间主任", u"值长",     u"生产主管",
                                     u"安全工程师", u"财务主管",   u"采购主管", u"销售经理", u"质量工程师",
                                     u"项目经理",   u"班组长",     u"技术主管", u"计划专员", u"设备工程师"};

QString text(const char16_t *s)
{
    return QString::fromUtf16(s);
}

struct BranchInfo
{
    qint64 id = 0;
    qint64 committee = 0;
    QList<qint64> departments;
    QDate recordsStart;
};

Organization node(OrganizationKind kind, qint64 parentId, const QString &name, DemoRandom &random)
{
    Organization o;
    o.kind = kind;
    o.parentId = parentId;
    o.name = name;
    o.uuid = random.uuid();
    return o;
}

Cadre makeCadre(int index, const BranchInfo &branch, bool secretary, QDate today, DemoRandom &random)
{
    Cadre c;
    c.uuid = random.uuid();
    c.gender = random.chance(0.62) ? Gender::Male : Gender::Female;
    c.name = random.pickSkewed(surnames) +
             (c.gender == Gender::Male ? random.pick(maleGiven) : random.pick(femaleGiven));
    if (random.chance(0.7))
        c.name += c.gender == Gender::Male ? random.pick(maleGiven) : random.pick(femaleGiven);
    c.employeeNumber = QStringLiteral("HY%1").arg(100001 + index);
    const int age = 24 + random.below(36);
    c.birthDate = today.addYears(-age).addDays(-random.below(365));
    c.branchId = branch.id;
    if (!branch.departments.isEmpty() && random.chance(0.9))
        c.departmentId = branch.departments.at(random.below(static_cast<int>(branch.departments.size())));

    c.track = secretary || random.chance(0.35) ? Track::Party : Track::Operations;
    c.post = secretary ? QStringLiteral("党支部书记")
                       : (c.track == Track::Party ? random.pick(partyPosts) : random.pick(operationsPosts));
    const int levelRoll = random.below(100);
    c.level = secretary || levelRoll < 25 ? CadreLevel::Middle
              : levelRoll < 30            ? CadreLevel::Senior
                                          : CadreLevel::Grassroots;

    const int statusRoll = random.below(100);
    if (secretary)
        c.partyStatus = PartyStatus::Member;
    else if (c.track == Track::Party)
        c.partyStatus = statusRoll < 96 ? PartyStatus::Member : PartyStatus::Probationary;
    else if (statusRoll < 62)
        c.partyStatus = PartyStatus::Member;
    else if (statusRoll < 67)
        c.partyStatus = PartyStatus::Probationary;
    else if (statusRoll < 98) // the young are still in the Youth League; some are on the way in
        c.partyStatus = age <= 28 ? PartyStatus::LeagueMember : PartyStatus::Masses;
    else // a senior engineer in a democratic party, or without one
        c.partyStatus = statusRoll < 99 ? PartyStatus::Jiusan : PartyStatus::Independent;
    if (!hasJoinedParty(c.partyStatus) && statusRoll < 98) {
        const int stageRoll = random.below(100);
        c.recruitmentStage = stageRoll < 10   ? RecruitmentStage::Candidate
                             : stageRoll < 35 ? RecruitmentStage::Activist
                             : stageRoll < 50 ? RecruitmentStage::Applicant
                                              : RecruitmentStage::None;
    }
    if (hasJoinedParty(c.partyStatus)) {
        const int joinAge =
            c.partyStatus == PartyStatus::Probationary ? age - 1 : 20 + random.below(qMax(1, age - 21));
        c.partyJoinedOn = c.birthDate.addYears(qMax(18, joinAge)).addDays(random.below(300));
        if (c.partyJoinedOn > today)
            c.partyJoinedOn = today.addDays(-30);
    }
    c.phone =
        QStringLiteral("1%1%2").arg(3 + random.below(6)).arg(random.below(1000000000), 9, 10, QChar(u'0'));
    const int employmentRoll = random.below(100);
    c.employmentStatus = secretary || employmentRoll < 94  ? EmploymentStatus::Active
                         : employmentRoll < 96             ? EmploymentStatus::Seconded
                         : employmentRoll < 98 || age < 55 ? EmploymentStatus::Left
                                                           : EmploymentStatus::Retired;
    // Hired after their studies; one in twenty-five this past year. Those who left or retired did so
    // within the last two years, so older roll calls still have them; a few retire in the coming months.
    c.hiredOn = random.chance(0.04) ? today.addDays(-random.below(360))
                                    : c.birthDate.addYears(22 + random.below(6)).addDays(random.below(200));
    if (c.hiredOn > today.addDays(-1))
        c.hiredOn = today.addDays(-1);
    if (!isEmployed(c.employmentStatus))
        c.leftOn = std::max(c.hiredOn.addDays(1), today.addDays(-random.below(720)));
    else if (age >= 59 && random.chance(0.3))
        c.leftOn = today.addDays(1 + random.below(90));
    // Nine in ten have their 身份证号 recorded: a region of the group's seats, the birth date, an
    // odd sequence for men and an even one for women, and the check digit.
    if (random.chance(0.9)) {
        static constexpr std::array<const char16_t *, 6> regions{u"110105", u"120103", u"130102",
                                                                 u"140105", u"370102", u"410105"};
        const int sequence = random.below(500) * 2 + (c.gender == Gender::Male ? 1 : 0);
        const QString first17 = random.pick(regions) + c.birthDate.toString(QStringLiteral("yyyyMMdd")) +
                                QStringLiteral("%1").arg(sequence, 3, 10, QChar(u'0'));
        c.idNumber = first17 + IdNumber::checkDigit(first17);
    }
    return c;
}

} // namespace

DemoGenerator::DemoGenerator(Workspace &workspace)
    : m_workspace(workspace)
{}

void DemoGenerator::addUsers(qint64 clerkBranch, DemoSummary &summary)
{
    AccountRepository &accounts = m_workspace.accounts();
    const auto account = [](const QString &name, const QString &displayName, AccountRole role) {
        Account a;
        a.name = name;
        a.displayName = displayName;
        a.role = role;
        return a;
    };
    summary.recoveryKey = accounts.createFirstAdministrator(
        account(QStringLiteral("admin"), QStringLiteral("系统管理员"), AccountRole::Administrator), password);
    accounts.add(account(QStringLiteral("manager"), QStringLiteral("党委组织部"), AccountRole::Manager),
                 password);
    Account clerk = account(QStringLiteral("clerk"), QStringLiteral("支部组织委员"), AccountRole::Clerk);
    clerk.units = {clerkBranch};
    accounts.add(clerk, password);
    summary.clerkBranch = m_workspace.organizations().find(clerkBranch)->name;
}

DemoSummary DemoGenerator::generate(const DemoOptions &options, const Progress &progress)
{
    if (options.cadres < 1 || options.cadres > maxCadres)
        throw ValidationError(tr("The number of demo cadres must be between 1 and %1.").arg(maxCadres));
    if (m_workspace.organizations().count() > 0 || m_workspace.cadres().count() > 0)
        throw ValidationError(tr("Demo data can only be loaded into an empty database."));

    DemoRandom random(options.seed);
    OrganizationRepository &organizations = m_workspace.organizations();
    CadreRepository &cadres = m_workspace.cadres();
    const QDate today = m_workspace.clock().today();
    DemoSummary summary;

    const Database::BulkWrite bulk(m_workspace.database());
    Transaction transaction(m_workspace.database());
    BulkJournal journal(m_workspace.database()); // one journal row per table, not one per record
    const qint64 enterprise = organizations.add(
        node(OrganizationKind::Enterprise, 0, QStringLiteral("华远能源集团有限公司"), random));
    const qint64 groupCommittee = organizations.add(
        node(OrganizationKind::Committee, enterprise, QStringLiteral("华远能源集团党委"), random));
    summary.committees = 1;

    const int branchCount = qMax(3, (options.cadres + 39) / 40);
    // Subsidiaries' branches carry the subsidiary's name, as "华北分公司检修车间党支部".
    QList<qint64> committees{groupCommittee};
    QHash<qint64, QString> branchPrefix{{groupCommittee, QString()}};
    for (int i = 0; i < qMax(1, branchCount / 10); ++i) {
        const QString name = i < static_cast<int>(subsidiaryCommittees.size())
                                 ? text(subsidiaryCommittees[static_cast<size_t>(i)])
                                 : QStringLiteral("第%1分公司党委").arg(i + 1);
        const qint64 id = organizations.add(node(OrganizationKind::Committee, groupCommittee, name, random));
        committees.append(id);
        branchPrefix.insert(id, QString(name).remove(QStringLiteral("党委")));
        ++summary.committees;
    }

    std::vector<BranchInfo> branches;
    QHash<qint64, int> branchesPerCommittee;
    for (int i = 0; i < branchCount; ++i) {
        const qint64 committee =
            i < 3 ? groupCommittee : committees.at(1 + (i - 3) % (committees.size() - 1));
        const int n = branchesPerCommittee[committee]++;
        const QString unit = n < static_cast<int>(branchUnits.size())
                                 ? text(branchUnits[static_cast<size_t>(n)])
                                 : QStringLiteral("第%1").arg(n + 1);
        BranchInfo branch;
        // Records kept from the start of the history; the last branch was founded this year.
        const bool foundedThisYear = branchCount > 1 && i == branchCount - 1;
        branch.recordsStart = foundedThisYear ? QDate(today.year(), qMax(1, today.month() - 4), 1)
                                              : QDate(today.year() - 2, 1, 1);
        Organization unitNode = node(OrganizationKind::Branch, committee,
                                     branchPrefix.value(committee) + unit + QStringLiteral("党支部"), random);
        unitNode.recordsStart = branch.recordsStart;
        branch.id = organizations.add(unitNode);
        branch.committee = committee;
        const int departmentCount = 2 + random.below(2);
        const int first = random.below(static_cast<int>(departments.size()));
        for (int d = 0; d < departmentCount; ++d) {
            const QString name = text(departments[static_cast<size_t>((first + d) % departments.size())]);
            branch.departments.append(
                organizations.add(node(OrganizationKind::Department, branch.id, name, random)));
        }
        summary.departments += departmentCount;
        branches.push_back(branch);
    }
    summary.branches = branchCount;

    // Every branch gets a secretary; their employee numbers are spread through the roster.
    const int secretaryStride = qMax(1, options.cadres / branchCount);
    const int progressStep = qMax(1, options.cadres / 100);
    const int total = options.cadres + branchCount; // cadres, then each branch's study history
    QHash<qint64, QList<DemoMember>> members;
    QMap<qint64, QList<std::pair<StudyGroupMember, DemoMember>>> studyGroups; // by committee
    QHash<qint64, QSet<PartyRole>> rolesTaken;                                // by branch
    QHash<qint64, QString> secretaries;
    QMap<qint64, QList<Cadre>> trainees; // by committee: who its classes draw from
    QSet<QString> usedIdNumbers;
    for (int i = 0; i < options.cadres; ++i) {
        const int secretaryOf = i % secretaryStride == 0 ? i / secretaryStride : branchCount;
        const bool secretary = secretaryOf < branchCount;
        const BranchInfo &branch =
            branches[static_cast<size_t>(secretary ? secretaryOf : random.below(branchCount))];
        Cadre cadre = makeCadre(i, branch, secretary, today, random);
        // Two cadres born on one day in one district take the next sequence of their gender; with
        // all 500 taken (never at a realistic size), the cadre's number is left unrecorded.
        for (int tries = 0; !cadre.idNumber.isEmpty() && usedIdNumbers.contains(cadre.idNumber); ++tries) {
            if (tries == 500) {
                cadre.idNumber.clear();
                break;
            }
            const int sequence = (cadre.idNumber.mid(14, 3).toInt() + 2) % 1000;
            const QString first17 =
                cadre.idNumber.left(14) + QStringLiteral("%1").arg(sequence, 3, 10, QChar(u'0'));
            cadre.idNumber = first17 + IdNumber::checkDigit(first17);
        }
        usedIdNumbers.insert(cadre.idNumber);
        // The branch committee: the secretary, then the first full members at work take its other roles.
        if (secretary)
            cadre.partyRole = PartyRole::Secretary;
        else if (cadre.partyStatus == PartyStatus::Member && isEmployed(cadre.employmentStatus)) {
            QSet<PartyRole> &taken = rolesTaken[branch.id];
            for (PartyRole role : {PartyRole::DeputySecretary, PartyRole::Organization, PartyRole::Propaganda,
                                   PartyRole::Discipline})
                if (!taken.contains(role) && (role != PartyRole::DeputySecretary || random.chance(0.3))) {
                    cadre.partyRole = role;
                    break;
                }
            if (cadre.partyRole != PartyRole::None)
                taken.insert(cadre.partyRole);
        }
        const qint64 id = cadres.add(cadre);
        cadre.id = id;
        trainees[branch.committee].append(cadre);
        const QList<CadreCategory> categories = categoriesOf(cadre);
        members[branch.id].append({id, categories.contains(CadreCategory::PartyMember),
                                   categories.contains(CadreCategory::BranchCommittee), cadre.hiredOn,
                                   cadre.leftOn});
        if (secretary)
            secretaries.insert(branch.id, cadre.name);
        // The committee's study group: its senior party members and its branches' secretaries.
        if ((secretary || cadre.level == CadreLevel::Senior) && hasJoinedParty(cadre.partyStatus) &&
            isEmployed(cadre.employmentStatus) && studyGroups[branch.committee].size() < 12)
            studyGroups[branch.committee].append(
                {{id, cadre.track == Track::Party ? StudyGroupRole::Head : StudyGroupRole::Member},
                 members[branch.id].last()});
        // The five-year rule reaches back before the demo's history: half the senior cadres have
        // opening hours for those years, from the paper records.
        if (cadre.level == CadreLevel::Senior && isEmployed(cadre.employmentStatus) && random.chance(0.5)) {
            for (int year = today.year() - 4; year <= today.year() - 3; ++year) {
                OpeningHours balance;
                balance.cadreId = id;
                balance.year = year;
                balance.hours = 60 + random.below(13) * 5;
                balance.note = QStringLiteral("%1年干部教育培训纸质台账").arg(year);
                m_workspace.openingHours().add(balance);
                ++summary.openingHours;
            }
        }
        if (progress && (i % progressStep == 0 || i + 1 == options.cadres) && !progress(i + 1, total))
            throw ValidationError(tr("Loading the demo data was cancelled; nothing was kept."));
    }
    summary.cadres = options.cadres;

    DemoStudyHistory history(m_workspace, random);
    for (int b = 0; b < branchCount; ++b) {
        const BranchInfo &branch = branches[static_cast<size_t>(b)];
        summary.attendance += history.addBranch(branch.id, members.value(branch.id),
                                                secretaries.value(branch.id), branch.recordsStart);
        if (progress && !progress(options.cadres + b + 1, total))
            throw ValidationError(tr("Loading the demo data was cancelled; nothing was kept."));
    }
    for (auto group = studyGroups.begin(); group != studyGroups.end(); ++group) {
        // One head, a party-affairs cadre if there is one; the next becomes the deputy.
        auto &list = group.value();
        std::stable_partition(list.begin(), list.end(),
                              [](const auto &entry) { return entry.first.role == StudyGroupRole::Head; });
        StudyGroup studyGroup;
        QList<DemoMember> attendees;
        for (qsizetype i = 0; i < list.size(); ++i) {
            studyGroup.append({list[i].first.cadreId, i == 0   ? StudyGroupRole::Head
                                                      : i == 1 ? StudyGroupRole::DeputyHead
                                                               : StudyGroupRole::Member});
            attendees.append(list[i].second);
        }
        m_workspace.studyGroups().setGroup(group.key(), studyGroup);
        summary.attendance += history.addCommittee(group.key(), attendees, QDate(today.year() - 2, 1, 1));
    }
    history.flush();
    summary.sessions = m_workspace.studySessions().count();
    DemoTraining training(m_workspace, random);
    summary.courses = training.addCatalogue();
    summary.classes = training.addClasses(trainees, today.year() - 2);
    summary.participants = training.participants();
    DemoFeedbackAndPlans feedback(m_workspace, random);
    summary.feedbackForms = feedback.addFeedback(QDate(today.year() - 2, 1, 1));
    summary.followUps = feedback.addFollowUps(QDate(today.year() - 2, 1, 1));
    summary.plans = feedback.addPlans(today.year() - 1) + feedback.addPlans(today.year());
    DemoUnitPlans unitPlans(m_workspace, random);
    summary.unitPlans = unitPlans.addPlans(today.year() - 1) + unitPlans.addPlans(today.year());
    DemoRotations rotations(m_workspace, random);
    summary.posts = rotations.addPostHistories();
    summary.rotations = rotations.addRotations(QDate(today.year() - 2, 1, 1));
    if (options.files != nullptr) {
        QList<qint64> withFiles; // the clerk's branch and two more
        for (size_t b = 0; b < branches.size() && b < 3; ++b)
            withFiles.append(branches[b].id);
        summary.attachments = DemoAttachments(m_workspace, *options.files, random).addTo(withFiles);
    }
    journal.finish();
    // The users come after the bulk rows, so the journal audits them like anything done later.
    addUsers(branches.front().id, summary);
    transaction.commit();
    m_workspace.signOut(); // from now on the file asks who is working
    return summary;
}

} // namespace rongpei
