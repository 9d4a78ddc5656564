#include "demo/DemoTraining.h"

#include "Workspace.h"
#include "common/Clock.h"
#include "demo/DemoRandom.h"
#include "study/StudyRuleRepository.h"
#include "training/CourseRepository.h"
#include "training/TrainingClassRepository.h"

#include <algorithm>
#include <array>

namespace rongpei {

namespace {

struct DemoCourse
{
    const char16_t *title;
    const char16_t *categoryCode;
    TrainingSide side;
    TeachingMode mode;
    double hours;
    CourseProvider provider;
    const char16_t *description;
};

constexpr std::array<DemoCourse, 18> catalogue{{
    {u"精益生产与现场改善", u"lean_management", TrainingSide::Management, TeachingMode::OnSite, 7,
     CourseProvider::InHouse, u"价值流分析、5S与标准作业，在检修车间现场演练"},
    {u"精益管理工具实务", u"lean_management", TrainingSide::Management, TeachingMode::CaseStudy, 7,
     CourseProvider::External, u"看板、快速换模与持续改进案例"},
    {u"供应链协同与库存控制", u"supply_chain", TrainingSide::Management, TeachingMode::CaseStudy, 7,
     CourseProvider::External, u"需求预测、安全库存与供应商协同"},
    {u"物资采购合规管理", u"supply_chain", TrainingSide::Management, TeachingMode::Lecture, 3.5,
     CourseProvider::InHouse, u"招标采购流程与廉洁风险防控"},
    {u"财务报表分析", u"financial_analysis", TrainingSide::Management, TeachingMode::CaseStudy, 7,
     CourseProvider::PartySchool, u"三张报表的勾稽关系与经营分析"},
    {u"非财务人员的财务管理", u"financial_analysis", TrainingSide::Management, TeachingMode::Lecture, 7,
     CourseProvider::External, u"预算、成本与投资回报，面向党务干部"},
    {u"全面预算与成本管控", u"financial_analysis", TrainingSide::Management, TeachingMode::Simulation, 7,
     CourseProvider::InHouse, u"以车间为单位的预算编制模拟"},
    {u"企业战略与年度经营计划", u"strategy", TrainingSide::Management, TeachingMode::Lecture, 7,
     CourseProvider::PartySchool, u"从战略到年度目标的分解"},
    {u"国有企业改革深化提升", u"strategy", TrainingSide::Management, TeachingMode::Lecture, 3.5,
     CourseProvider::PartySchool, u"国企改革政策解读"},
    {u"合规与内控风险管理", u"risk_control", TrainingSide::Management, TeachingMode::CaseStudy, 7,
     CourseProvider::External, u"内控体系与典型违规案例"},
    {u"市场营销与客户服务", u"marketing", TrainingSide::Management, TeachingMode::Simulation, 7,
     CourseProvider::External, u"大客户营销与服务情景模拟"},
    {u"安全生产责任与应急处置", u"work_safety", TrainingSide::Management, TeachingMode::Simulation, 7,
     CourseProvider::InHouse, u"安全生产法与应急演练"},
    {u"跨部门项目管理实践", u"strategy", TrainingSide::Management, TeachingMode::CrossDepartment, 14,
     CourseProvider::InHouse, u"党务与业务干部组队完成一项改善课题"},
    {u"习近平新时代中国特色社会主义思想专题", u"party_theory", TrainingSide::Theory, TeachingMode::Lecture, 7,
     CourseProvider::PartySchool, u"原著导读与专题辅导"},
    {u"党的二十大精神专题辅导", u"party_theory", TrainingSide::Theory, TeachingMode::Lecture, 3.5,
     CourseProvider::PartySchool, u"报告精神解读"},
    {u"党建与生产经营深度融合案例", u"party_theory", TrainingSide::Theory, TeachingMode::CaseStudy, 7,
     CourseProvider::InHouse, u"\u201c党建+\u201d项目与融合案例研讨"},
    {u"基层党务工作实务", u"party_theory", TrainingSide::Theory, TeachingMode::Lecture, 7,
     CourseProvider::InHouse, u"三会一课、发展党员与组织生活"},
    {u"网络学习：廉洁从业警示教育", u"party_theory", TrainingSide::Theory, TeachingMode::Online, 4,
     CourseProvider::External, u"网络课程"},
}};

constexpr std::array<const char16_t *, 4> jointThemes{{
    u"经营管理能力联合培训班",
    u"党务干部经营管理能力提升班",
    u"中层干部融合培养示范班",
    u"青年干部党建业务融合培训班",
}};

constexpr std::array<const char16_t *, 3> specialistThemes{{
    u"精益管理专题培训班",
    u"财务与风险管理专题班",
    u"安全生产管理专题班",
}};

constexpr std::array<const char16_t *, 5> locations{{
    u"集团党校一号教室",
    u"培训中心报告厅",
    u"检修基地实训室",
    u"分公司三楼会议室",
    u"市委党校",
}};

constexpr std::array<const char16_t *, 4> excuses{{u"病假", u"事假", u"公出", u"抢修任务"}};

} // namespace

DemoTraining::DemoTraining(Workspace &workspace, DemoRandom &random)
    : m_workspace(workspace)
    , m_random(random)
    , m_today(workspace.clock().today())
{}

int DemoTraining::addCatalogue()
{
    QHash<QString, qint64> categories;
    for (const CourseCategory &category : m_workspace.courses().categories())
        categories.insert(category.code, category.id);
    for (const DemoCourse &d : catalogue) {
        Course course;
        course.title = QString::fromUtf16(d.title);
        course.categoryId = categories.value(QString::fromUtf16(d.categoryCode));
        course.side = d.side;
        course.teachingMode = d.mode;
        course.hours = d.hours;
        course.provider = d.provider;
        course.description = QString::fromUtf16(d.description);
        const qint64 id = m_workspace.courses().add(course);
        (d.side == TrainingSide::Theory ? m_theoryCourses : m_managementCourses).append(id);
    }
    return static_cast<int>(catalogue.size());
}

int DemoTraining::addClasses(const QMap<qint64, QList<Cadre>> &cadres, int firstYear)
{
    qint64 fullTime = 0;
    for (const StudyKind &kind : m_workspace.studyRules().kinds())
        if (kind.code == QStringLiteral("full_time_training"))
            fullTime = kind.id;
    QList<TrainingClass> classes;
    for (auto committee = cadres.cbegin(); committee != cadres.cend(); ++committee) {
        const QList<Cadre> &pool = committee.value();
        const int perYear = qBound(1, static_cast<int>(pool.size()) / 150, 4);
        for (int year = firstYear; year <= m_today.year(); ++year)
            for (int n = 0; n < perYear; ++n) {
                TrainingClass c;
                c.kindId = fullTime;
                c.branchId = committee.key();
                c.joint = m_random.chance(0.7);
                c.offTheJob = m_random.chance(0.85);
                c.name = QStringLiteral("%1年%2（第%3期）")
                             .arg(year)
                             .arg(c.joint ? m_random.pick(jointThemes) : m_random.pick(specialistThemes))
                             .arg(n + 1);
                c.location = m_random.pick(locations);
                // Spread from March to November; the first weekday on or after the day drawn.
                QDate start(year, 3 + (n * 8 / perYear) + m_random.below(2), 1 + m_random.below(20));
                while (start.dayOfWeek() > 5)
                    start = start.addDays(1);
                const int dayCount = 3 + m_random.below(3);
                for (QDate d = start; c.days.size() < dayCount; d = d.addDays(1))
                    if (d.dayOfWeek() <= 5)
                        c.days.append({QString(), d, m_random.chance(0.15) ? 3.5 : 7});
                c.startsOn = start;
                c.endsOn = c.days.last().date;
                c.passMark = m_random.chance(0.8) ? std::optional<double>(60) : std::nullopt;
                c.courseIds.append(
                    m_managementCourses.at(m_random.below(static_cast<int>(m_managementCourses.size()))));
                c.courseIds.append(
                    m_theoryCourses.at(m_random.below(static_cast<int>(m_theoryCourses.size()))));
                if (m_random.chance(0.5)) {
                    const qint64 more =
                        m_managementCourses.at(m_random.below(static_cast<int>(m_managementCourses.size())));
                    if (!c.courseIds.contains(more))
                        c.courseIds.append(more);
                }

                // The cohort: a joint class draws both tracks about evenly, one in six of them
                // lopsided; a class not meant to be joint draws mostly operations cadres.
                const int size = qMin(static_cast<int>(pool.size()), 18 + m_random.below(28));
                const bool lopsided = c.joint && m_random.chance(1.0 / 6);
                const double partyShare = !c.joint ? 0.1 : lopsided ? 0.1 : 0.5;
                QList<const Cadre *> party;
                QList<const Cadre *> operations;
                for (const Cadre &cadre : pool)
                    if (isEmployedOn(cadre, start))
                        (cadre.track == Track::Party ? party : operations).append(&cadre);
                QSet<qint64> taken;
                const auto draw = [&](QList<const Cadre *> &from) -> const Cadre * {
                    for (int tries = 0; tries < 20 && !from.isEmpty(); ++tries) {
                        const Cadre *cadre = from.at(m_random.below(static_cast<int>(from.size())));
                        if (!taken.contains(cadre->id))
                            return cadre;
                    }
                    return nullptr;
                };
                for (int i = 0; i < size; ++i) {
                    QList<const Cadre *> &from = m_random.chance(partyShare) ? party : operations;
                    const Cadre *cadre = draw(from.isEmpty() ? (party.isEmpty() ? operations : party) : from);
                    if (!cadre)
                        continue;
                    taken.insert(cadre->id);
                    Enrollment participant;
                    participant.cadreId = cadre->id;
                    const bool oftenAway = m_random.chance(0.05);
                    for (const ClassDay &day : std::as_const(c.days)) {
                        if (day.date > m_today)
                            break;
                        const int roll = m_random.below(100);
                        DayMark mark;
                        if (oftenAway ? roll < 40 : roll < 1) {
                            mark.status = AttendanceStatus::Absent;
                            mark.missedHours = day.hours;
                        } else if (roll < (oftenAway ? 60 : 5)) {
                            mark.status = AttendanceStatus::Excused;
                            mark.missedHours = m_random.chance(0.75) ? day.hours / 2 : day.hours;
                            mark.excuse = m_random.pick(excuses);
                        } else if (roll < 8) {
                            mark.status = AttendanceStatus::Late;
                        }
                        participant.marks.insert(day.date, mark);
                    }
                    // Scored once the class is over; the latest class waits for a few scores.
                    if (c.passMark && c.endsOn < m_today &&
                        (c.endsOn.daysTo(m_today) > 20 || m_random.chance(0.6)))
                        participant.score = qBound(35, 78 + m_random.below(21) - m_random.below(14), 100);
                    c.enrollments.append(participant);
                }
                if (c.enrollments.isEmpty())
                    continue;
                c.capacity =
                    m_random.chance(0.5) ? 0 : static_cast<int>(c.enrollments.size()) + m_random.below(10);
                m_participants += static_cast<int>(c.enrollments.size());
                classes.append(c);
            }
    }
    m_workspace.trainingClasses().addAll(classes);
    return static_cast<int>(classes.size());
}

} // namespace rongpei
