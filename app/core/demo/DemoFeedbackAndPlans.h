#pragma once

#include <QDate>

namespace rongpei {

class Clock;
class DemoRandom;
class Workspace;

/// The demo's feedback and plans: paper feedback forms for most participants of the classes that
/// ended (some anonymous), supervisors' follow-up ratings of most follow-ups that fell due, and
/// each cadre's development plan for last year and this one, as the suggestions propose them.
class DemoFeedbackAndPlans final
{
public:
    DemoFeedbackAndPlans(Workspace &workspace, DemoRandom &random);

    /// Adds the forms of the classes that ended from `from` to today; returns how many.
    int addFeedback(QDate from);
    /// Rates most of the follow-ups due by today; returns how many.
    int addFollowUps(QDate from);
    /// Adds the suggested plan of every cadre at work for `year`; returns how many.
    int addPlans(int year);

private:
    Workspace &m_workspace;
    DemoRandom &m_random;
    QDate m_today;
};

} // namespace rongpei
