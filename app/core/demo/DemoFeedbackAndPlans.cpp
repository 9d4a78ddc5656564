#include "demo/DemoFeedbackAndPlans.h"

#include "Workspace.h"
#include "common/Clock.h"
#include "demo/DemoRandom.h"
#include "organization/OrganizationRepository.h"
#include "training/DevelopmentPlanRepository.h"
#include "training/FeedbackRepository.h"
#include "training/FollowUpRepository.h"
#include "training/PlanSuggestion.h"
#include "training/TrainingClassRepository.h"

#include <QCoreApplication>
#include <QLocale>
#include <QTranslator>

#include <array>

namespace rongpei {

namespace {

constexpr std::array<const char16_t *, 8> comments{u"案例贴近生产实际，收获很大",     u"希望增加现场教学环节",
                                                   u"课时安排偏紧，建议延长",         u"讲师讲解深入浅出",
                                                   u"党务和经营干部同班交流很有启发", u"教材可以再更新一些",
                                                   u"建议多安排跨部门实践",           u"组织服务周到"};
constexpr std::array<const char16_t *, 5> supervisors{u"王主任", u"李经理", u"张书记", u"刘部长", u"陈厂长"};

} // namespace

DemoFeedbackAndPlans::DemoFeedbackAndPlans(Workspace &workspace, DemoRandom &random)
    : m_workspace(workspace)
    , m_random(random)
    , m_today(workspace.clock().today())
{}

int DemoFeedbackAndPlans::addFeedback(QDate from)
{
    QList<qint64> questions;
    for (const FeedbackQuestion &question : m_workspace.feedback().questions(true))
        questions.append(question.id);
    int forms = 0;
    for (const TrainingClass &c :
         TrainingClassRepository::endingBetween(m_workspace.database(), from, m_today.addDays(-1))) {
        // A class leaves a mood: most rate it well, a few classes less so.
        const int base = m_random.chance(0.2) ? 3 : 4;
        const bool anonymousClass = m_random.chance(0.3);
        QList<FeedbackForm> classForms;
        for (const Enrollment &participant : c.enrollments) {
            if (!m_random.chance(0.75))
                continue;
            FeedbackForm form;
            form.anonymous = anonymousClass || m_random.chance(0.1);
            form.cadreId = form.anonymous ? 0 : participant.cadreId;
            for (const qint64 question : std::as_const(questions))
                form.ratings.insert(question, qBound(1, base + m_random.below(3) - m_random.below(2), 5));
            if (m_random.chance(0.3))
                form.comments = m_random.pick(comments);
            classForms.append(form);
        }
        if (classForms.isEmpty())
            continue;
        m_workspace.feedback().saveForms(c.id, classForms);
        forms += static_cast<int>(classForms.size());
    }
    return forms;
}

int DemoFeedbackAndPlans::addFollowUps(QDate from)
{
    int rated = 0;
    for (const FollowUpLine &line :
         FollowUpRepository::lines(m_workspace.database(), from, m_today, m_today)) {
        if (line.dueOn > m_today || !m_random.chance(0.8))
            continue;
        FollowUp followUp;
        followUp.classId = line.classId;
        followUp.cadreId = line.cadreId;
        followUp.rating = qBound(1, 3 + m_random.below(3) - m_random.below(2), 5);
        followUp.ratedOn = std::min(m_today, line.dueOn.addDays(m_random.below(30)));
        followUp.ratedBy = m_random.pick(supervisors);
        m_workspace.followUps().rate(followUp);
        ++rated;
    }
    return rated;
}

namespace {

/// While it lives, what RongPei writes in words is Chinese, as the rest of the demo's data is, in
/// whatever language the generator runs (a suggestion's reasons are stored with the plan).
class ChineseWords final
{
public:
    ChineseWords()
        : m_locale(QLocale())
    {
        if (m_locale.language() == QLocale::Chinese ||
            !m_translator.load(QStringLiteral(":/i18n/rongpei_zh_CN")))
            return;
        QLocale::setDefault(QLocale(QLocale::Chinese, QLocale::SimplifiedHanScript, QLocale::China));
        m_installed = QCoreApplication::installTranslator(&m_translator);
    }
    ~ChineseWords()
    {
        if (!m_installed)
            return;
        QCoreApplication::removeTranslator(&m_translator);
        QLocale::setDefault(m_locale);
    }
    Q_DISABLE_COPY_MOVE(ChineseWords)

private:
    QLocale m_locale;
    QTranslator m_translator;
    bool m_installed = false;
};

} // namespace

int DemoFeedbackAndPlans::addPlans(int year)
{
    const ChineseWords chinese;
    QSet<qint64> branches;
    for (const Organization &unit : m_workspace.organizations().all())
        if (unit.kind == OrganizationKind::Branch)
            branches.insert(unit.id);
    QList<DevelopmentPlan> plans;
    for (const SuggestedPlan &suggestion :
         PlanSuggestion::forBranches(m_workspace.database(), m_workspace.clock(), branches, year)) {
        DevelopmentPlan plan = suggestion.plan;
        if (m_random.chance(0.2))
            plan.goals = QStringLiteral("熟悉本单位经营指标，能用财务数据分析党建工作成效");
        plans.append(plan);
    }
    return static_cast<int>(m_workspace.developmentPlans().addAll(plans).size());
}

} // namespace rongpei
