#include "training/TrainingRules.h"

#include "common/Localization.h"

#include <QLocale>

#include <algorithm>

namespace rongpei {

namespace {

QString hoursText(double hours)
{
    return QLocale().toString(hours, 'g', 6);
}

} // namespace

double TrackMix::percent(Track track) const
{
    if (total() == 0)
        return 0;
    return 100.0 * (track == Track::Party ? party : operations) / total();
}

bool TrackMix::oneSided(int minPercent) const
{
    // In whole numbers: 30 % of 10 is 3, and 3 of 10 is not one-sided.
    return total() > 0 && std::min(party, operations) * 100 < minPercent * total();
}

bool ClassCompletion::overAbsenceLimit(double missedHours, double classHours, const TrainingRules &rules)
{
    // missed / class > numerator / denominator, without dividing: half hours stay exact.
    return missedHours * rules.absenceDenominator > classHours * rules.absenceNumerator + 1e-9;
}

double ClassCompletion::absenceLimitHours(double classHours, const TrainingRules &rules)
{
    return classHours * rules.absenceNumerator / rules.absenceDenominator;
}

ParticipantOutcome ClassCompletion::outcome(const TrainingClass &trainingClass, const Enrollment &participant,
                                            const TrainingRules &rules, QDate today)
{
    ParticipantOutcome result;
    bool unmarked = false;
    for (const ClassDay &day : trainingClass.days) {
        result.classHours += day.hours;
        const auto mark = participant.marks.constFind(day.date);
        if (mark == participant.marks.cend() || mark->status == AttendanceStatus::Unmarked) {
            unmarked = true;
            continue;
        }
        const double missed = std::clamp(mark->missedHours, 0.0, day.hours);
        result.missedHours += missed;
        result.attendedHours += day.hours - missed;
    }
    if (trainingClass.offTheJob && overAbsenceLimit(result.missedHours, result.classHours, rules))
        result.state = CompletionState::TooMuchAbsence;
    else if (!trainingClass.endsOn.isValid() || today < trainingClass.endsOn)
        result.state = CompletionState::Ongoing;
    else if (unmarked)
        result.state = CompletionState::AwaitingMarks;
    else if (trainingClass.passMark && !participant.score)
        result.state = CompletionState::AwaitingScore;
    else if (trainingClass.passMark && *participant.score < *trainingClass.passMark)
        result.state = CompletionState::Failed;
    else
        result.state = CompletionState::Completed;
    result.hoursEarned = result.completed() ? result.attendedHours : 0;
    return result;
}

QString ClassCompletion::explanation(const TrainingClass &trainingClass, const ParticipantOutcome &outcome,
                                     const std::optional<double> &score, const TrainingRules &rules)
{
    switch (outcome.state) {
    case CompletionState::TooMuchAbsence:
        return tr("Not completed: %1 of %2 hours on leave or absent, more than %3/%4 (%5 hours) of an "
                  "off-the-job class.")
            .arg(hoursText(outcome.missedHours), hoursText(outcome.classHours))
            .arg(rules.absenceNumerator)
            .arg(rules.absenceDenominator)
            .arg(hoursText(absenceLimitHours(outcome.classHours, rules)));
    case CompletionState::Failed:
        return tr("Not completed: scored %1, below the pass mark of %2.")
            .arg(hoursText(score.value_or(0)), hoursText(trainingClass.passMark.value_or(0)));
    case CompletionState::AwaitingMarks:
        return tr("The class has ended but some of its days are not marked.");
    case CompletionState::AwaitingScore:
        return tr("The class has ended; the assessment score is not entered yet.");
    case CompletionState::Ongoing:
        if (trainingClass.offTheJob && outcome.missedHours > 0)
            return tr("In progress: %1 hours on leave or absent so far, of %2 allowed.")
                .arg(hoursText(outcome.missedHours), hoursText(absenceLimitHours(outcome.classHours, rules)));
        return tr("In progress.");
    case CompletionState::Completed:
        return tr("Completed: %1 hours earned.").arg(hoursText(outcome.hoursEarned));
    }
    return {};
}

QString ClassCompletion::mixWarning(const TrainingClass &trainingClass, const TrackMix &mix,
                                    const TrainingRules &rules)
{
    if (!trainingClass.joint || !mix.oneSided(rules.jointMinPercent))
        return {};
    return tr("This class is meant to be joint, but its cohort is one-sided: %1 party-affairs and %2 "
              "operations cadres; each track should make up at least %3 %.")
        .arg(mix.party)
        .arg(mix.operations)
        .arg(rules.jointMinPercent);
}

} // namespace rongpei
