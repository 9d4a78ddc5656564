#pragma once

#include "roster/Cadre.h"
#include "training/TrainingClass.h"

#include <QCoreApplication>

namespace rongpei {

/// The enterprise's rules for classes (training_rule): a setting each, the regulation's figure by
/// default.
struct TrainingRules
{
    /// Leave and absence above this share of an off-the-job class's hours: not completed
    /// (《干部教育培训工作条例》（2023年修订）第十五条: 1/7).
    int absenceNumerator = 1;
    int absenceDenominator = 7;
    /// A joint class warns when a track has less than this share of its cohort.
    int jointMinPercent = 30;
    /// Days after the end of an off-the-job class when its follow-up (行为层) evaluation is due.
    int followUpDays = 90;

    bool operator==(const TrainingRules &) const = default;
};

/// Where a participant stands in a class.
enum class CompletionState
{
    Ongoing,        // the class has not ended
    Completed,      // 结业
    TooMuchAbsence, // leave and absence over the limit of an off-the-job class
    Failed,         // scored below the pass mark
    AwaitingMarks,  // the class ended with days not marked
    AwaitingScore   // the class ended and is assessed, but the score is not in
};

template <>
struct EnumTraits<CompletionState>
{
    static constexpr std::array<EnumEntry<CompletionState>, 6> entries{{
        {CompletionState::Ongoing, u"ongoing", QT_TRANSLATE_NOOP("Labels", "In progress")},
        {CompletionState::Completed, u"completed", QT_TRANSLATE_NOOP("Labels", "Completed")},
        {CompletionState::TooMuchAbsence, u"too_much_absence",
         QT_TRANSLATE_NOOP("Labels", "Not completed: too much leave and absence")},
        {CompletionState::Failed, u"failed",
         QT_TRANSLATE_NOOP("Labels", "Not completed: failed the assessment")},
        {CompletionState::AwaitingMarks, u"awaiting_marks",
         QT_TRANSLATE_NOOP("Labels", "Roll call incomplete")},
        {CompletionState::AwaitingScore, u"awaiting_score", QT_TRANSLATE_NOOP("Labels", "Awaiting score")},
    }};
};

/// A participant's hours and completion, computed from the class's days and their marks.
struct ParticipantOutcome
{
    double classHours = 0;    // the class's 学时
    double missedHours = 0;   // on leave or absent
    double attendedHours = 0; // marked days less the missed hours
    double hoursEarned = 0;   // 学时 credited: the attended hours once completed, else none
    CompletionState state = CompletionState::Ongoing;

    bool completed() const { return state == CompletionState::Completed; }
    /// Whether the outcome is final: completed or not, no longer pending.
    bool decided() const
    {
        return state == CompletionState::Completed || state == CompletionState::TooMuchAbsence ||
               state == CompletionState::Failed;
    }
};

/// How many of each track a cohort holds.
struct TrackMix
{
    int party = 0;
    int operations = 0;

    int total() const { return party + operations; }
    /// The share of `track`, 0–100.
    double percent(Track track) const;
    /// Whether a track has less than `minPercent` of a cohort that is not empty.
    bool oneSided(int minPercent) const;
};

/// The rules that judge a class and its participants: completion, hours, the track mix.
class ClassCompletion final
{
    Q_DECLARE_TR_FUNCTIONS(rongpei::ClassCompletion)

public:
    static ParticipantOutcome outcome(const TrainingClass &trainingClass, const Enrollment &participant,
                                      const TrainingRules &rules, QDate today);
    /// Whether `missedHours` of `classHours` is over the absence limit (exactly the limit is not).
    static bool overAbsenceLimit(double missedHours, double classHours, const TrainingRules &rules);
    /// The longest leave and absence an off-the-job class of `classHours` allows.
    static double absenceLimitHours(double classHours, const TrainingRules &rules);
    /// The participant's line of the class page in words: their state and why.
    static QString explanation(const TrainingClass &trainingClass, const ParticipantOutcome &outcome,
                               const std::optional<double> &score, const TrainingRules &rules);
    /// The warning for a joint class whose cohort is one-sided; empty if none.
    static QString mixWarning(const TrainingClass &trainingClass, const TrackMix &mix,
                              const TrainingRules &rules);
};

} // namespace rongpei
