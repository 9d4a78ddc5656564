#include "demo/DemoStudyHistory.h"

#include "Workspace.h"
#include "common/Clock.h"
#include "demo/DemoRandom.h"
#include "study/RollCall.h"
#include "study/StudyRuleRepository.h"
#include "study/StudySessionRepository.h"

#include <array>

namespace rongpei {

namespace {

constexpr std::array topics{u"学习贯彻党的二十大精神",
                            u"深入学习贯彻党的二十届三中全会精神",
                            u"学习《习近平新时代中国特色社会主义思想学习纲要》",
                            u"学习《中国共产党纪律处分条例》",
                            u"学习《中国共产党支部工作条例（试行）》",
                            u"党风廉政建设和反腐败工作专题学习",
                            u"安全生产专题学习与警示教育",
                            u"弘扬劳模精神、劳动精神、工匠精神",
                            u"以高质量党建引领企业高质量发展",
                            u"学习新时代国有企业改革深化提升行动",
                            u"意识形态工作专题学习",
                            u"学习党史，赓续红色血脉"};

constexpr std::array caseTopics{u"典型违纪案例剖析", u"安全生产事故案例复盘", u"设备检修管理案例研讨",
                                u"基层党建创新案例交流"};

constexpr std::array trainingTopics{u"基层党务干部培训班", u"中青年干部综合能力提升培训班",
                                    u"精益管理与安全生产专题培训班", u"党务与生产经营干部联合培训班"};

constexpr std::array locations{u"党员活动室", u"第一会议室", u"职工培训中心", u"红色教育基地"};

struct Plan
{
    const char16_t *kind;
    int minute;   // start, minutes after midnight
    int duration; // minutes
};

} // namespace

DemoStudyHistory::DemoStudyHistory(Workspace &workspace, DemoRandom &random)
    : m_workspace(workspace)
    , m_random(random)
    , m_today(workspace.clock().today())
{
    const QList<HourConversion> conversions = workspace.studyRules().conversions();
    for (const StudyKind &kind : workspace.studyRules().kinds()) {
        if (!kind.code.isEmpty())
            m_kinds.insert(kind.code, kind.id);
        if (const HourConversion conversion = conversionFor(kind, conversions);
            conversion.method == ConversionMethod::Fixed)
            m_fixedHours.insert(kind.id, conversion.hours);
    }
}

int DemoStudyHistory::addBranch(qint64 branchId, const QList<DemoMember> &members, const QString &secretary,
                                QDate since)
{
    // Most branches keep to the rules; some are lax. Some cadres often stay away.
    const int diligenceRoll = m_random.below(100);
    const double missChance = diligenceRoll < 80 ? 0.03 : diligenceRoll < 95 ? 0.25 : 0.5;
    QHash<qint64, bool> laggard;
    for (const DemoMember &member : members)
        laggard.insert(member.id, m_random.chance(0.12));

    QList<StudySession> sessions;
    int lines = 0;
    const auto add = [&](const QString &kind, QDate date, int minute, int duration, SessionState state,
                         const QString &topic, const QString &speaker, bool membersOnly, bool committeeOnly,
                         int group) {
        if (date < since)
            return; // before the branch's records start
        StudySession session;
        session.kindId = m_kinds.value(kind);
        session.state = state;
        session.branchId = branchId;
        session.date = date;
        session.startTime = QTime(0, 0).addSecs(minute * 60);
        session.endTime = session.startTime.addSecs(duration * 60);
        session.hours = m_fixedHours.value(session.kindId, duration / 60.0); // as the kind converts
        session.topic = topic;
        session.speaker = speaker;
        session.location = m_random.pick(locations);
        int index = 0;
        for (const DemoMember &member : members) {
            if ((membersOnly && !member.partyMember) || (committeeOnly && !member.committee))
                continue;
            if ((member.hiredOn.isValid() && date < member.hiredOn) ||
                (member.leftOn.isValid() && date >= member.leftOn))
                continue; // not yet hired, or gone by then
            if (group >= 0 && index++ % 3 != group)
                continue;
            Attendance line;
            line.cadreId = member.id;
            const int roll = m_random.below(100);
            if (laggard.value(member.id))
                line.status = roll < 50   ? AttendanceStatus::Present
                              : roll < 55 ? AttendanceStatus::Late
                              : roll < 70 ? AttendanceStatus::Excused
                                          : AttendanceStatus::Absent;
            else
                line.status = roll < 92   ? AttendanceStatus::Present
                              : roll < 96 ? AttendanceStatus::Late
                              : roll < 99 ? AttendanceStatus::Excused
                                          : AttendanceStatus::Absent;
            if (state == SessionState::Planned) // leave asked for ahead; the rest is not taken yet
                line.status = line.status == AttendanceStatus::Excused ? AttendanceStatus::Excused
                                                                       : RollCall::initialMark(state);
            if (line.status == AttendanceStatus::Excused)
                line.excuse = m_random.chance(0.5) ? QStringLiteral("因公出差") : QStringLiteral("病假");
            session.attendance.append(line);
        }
        if (session.attendance.isEmpty())
            return;
        lines += static_cast<int>(session.attendance.size());
        sessions.append(session);
    };

    const QString theme = QStringLiteral("主题党日：");
    for (int year = m_today.year() - 2; year <= m_today.year(); ++year) {
        for (int month = 1; month <= 12; ++month) {
            const QDate first(year, month, 1);
            if (first > m_today)
                break;
            const auto dayIn = [&](int from, int to) {
                return first.addDays(from - 1 + m_random.below(to - from + 1));
            };
            const bool quarterMiddle = month % 3 == 2;
            QList<std::pair<Plan, QDate>> plans{
                {{u"committee_meeting", 9 * 60, 90}, dayIn(1, 8)},
                {{u"theme_day", 14 * 60 + 30, 120}, dayIn(10, 20)},
                {{u"group_meeting", 16 * 60, 60}, dayIn(5, 25)},
            };
            if (quarterMiddle) {
                plans.append({{u"member_assembly", 14 * 60 + 30, 120}, dayIn(3, 22)});
                plans.append({{u"party_lecture", 9 * 60, 120}, dayIn(1, 20)});
                plans.append({{m_random.chance(0.5) ? u"seminar"
                                                    : (m_random.chance(0.5) ? u"case_study" : u"simulation"),
                               14 * 60, 180},
                              dayIn(2, 26)});
            }
            // The enterprise's online courses (网络学院), a half day of 集中学习 every other month,
            // and a three-day 脱产培训 class each half year, 08:30–17:00 with lunch, counted as 8 学时 a day.
            plans.append({{u"online_study", 19 * 60, 150}, dayIn(1, 28)});
            if (month % 2 == 0)
                plans.append({{u"concentrated_study", 8 * 60 + 30, 180}, dayIn(1, 28)});
            QString classTopic; // both days of a class share its name
            if (month == 4 || month == 10) {
                classTopic = m_random.pick(trainingTopics);
                const QDate classStart = dayIn(6, 20);
                for (int day = 0; day < 3; ++day)
                    plans.append({{u"full_time_training", 8 * 60 + 30, 510}, classStart.addDays(day)});
            }
            if (month == 1) {
                plans.append({{u"life_meeting", 14 * 60, 180}, dayIn(12, 26)});
                plans.append({{u"member_review", 9 * 60, 150}, dayIn(12, 26)});
            }
            for (const auto &[plan, date] : plans) {
                const QString kind = QString::fromUtf16(plan.kind);
                if (date > m_today || m_random.chance(missChance))
                    continue;
                const bool lecture = kind == QStringLiteral("party_lecture");
                const bool caseLike =
                    kind == QStringLiteral("case_study") || kind == QStringLiteral("simulation");
                const QString topic = kind == QStringLiteral("full_time_training") ? classTopic
                                      : caseLike                                   ? m_random.pick(caseTopics)
                                                 : (kind == QStringLiteral("theme_day") ? theme : QString()) +
                                                       m_random.pick(topics);
                const bool membersOnly =
                    kind != QStringLiteral("party_lecture") && kind != QStringLiteral("seminar") &&
                    !caseLike && kind != QStringLiteral("concentrated_study") &&
                    kind != QStringLiteral("online_study") && kind != QStringLiteral("full_time_training");
                add(kind, date, plan.minute, plan.duration, SessionState::Held, topic,
                    lecture ? secretary : QString(), membersOnly, kind == QStringLiteral("committee_meeting"),
                    kind == QStringLiteral("group_meeting") ? month % 3 : -1);
            }
        }
    }
    // Next month's theme day is planned already, so its sign-in sheet can be printed.
    const QDate next = QDate(m_today.year(), m_today.month(), 1).addMonths(1).addDays(9 + m_random.below(10));
    add(QStringLiteral("theme_day"), next, 14 * 60 + 30, 120, SessionState::Planned,
        theme + m_random.pick(topics), QString(), true, false, -1);

    m_pending.append(sessions);
    m_pendingLines += lines;
    if (m_pendingLines >= 200000)
        flush();
    return lines;
}

int DemoStudyHistory::addCommittee(qint64 committeeId, const QList<DemoMember> &group, QDate since)
{
    int lines = 0;
    for (int year = m_today.year() - 2; year <= m_today.year(); ++year) {
        for (int month = 1; month <= 12; ++month) {
            if (month == 2 || month == 8) // the Spring Festival and the summer break
                continue;
            const QDate date(year, month, 8 + m_random.below(15));
            if (date > m_today || date < since)
                continue;
            StudySession session;
            session.kindId = m_kinds.value(QStringLiteral("central_group_study"));
            session.state = SessionState::Held;
            session.branchId = committeeId;
            session.date = date;
            session.startTime = QTime(9, 0);
            session.endTime = QTime(12, 0);
            session.hours = m_fixedHours.value(session.kindId, 3);
            session.topic = QStringLiteral("中心组学习：") + m_random.pick(topics);
            session.location = QStringLiteral("党委会议室");
            for (const DemoMember &member : group) {
                if ((member.hiredOn.isValid() && date < member.hiredOn) ||
                    (member.leftOn.isValid() && date >= member.leftOn))
                    continue;
                Attendance line;
                line.cadreId = member.id;
                line.status = m_random.chance(0.9) ? AttendanceStatus::Present : AttendanceStatus::Excused;
                if (line.status == AttendanceStatus::Excused)
                    line.excuse = QStringLiteral("因公出差");
                session.attendance.append(line);
            }
            if (session.attendance.isEmpty())
                continue;
            lines += static_cast<int>(session.attendance.size());
            m_pending.append(session);
        }
    }
    m_pendingLines += lines;
    return lines;
}

void DemoStudyHistory::flush()
{
    m_workspace.studySessions().addAll(m_pending);
    m_pending.clear();
    m_pendingLines = 0;
}

} // namespace rongpei
