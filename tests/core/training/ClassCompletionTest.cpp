#include "TrainingFixture.h"
#include "training/ClassOverview.h"
#include "training/TrainingRules.h"

#include <catch2/catch.hpp>

using namespace rongpei;
using namespace rongpei::test;

namespace {

const QDate afterTheClass(2026, 11, 24);

/// A participant of `c` who missed `hours` on leave on its first day (and was present otherwise).
Enrollment onLeave(const TrainingClass &c, double hours, std::optional<double> score = 80)
{
    Enrollment participant = c.enrollments.first();
    participant.marks[c.days.first().date] = {AttendanceStatus::Excused, hours, QStringLiteral("病假")};
    participant.score = score;
    return participant;
}

} // namespace

TEST_CASE("Leave and absence of exactly one seventh of an off-the-job class still complete it, more does not",
          "[training]")
{
    TrainingFixture f;
    const TrainingClass c = f.sampleClass({f.party.first()}); // 5 days of 7 学时: 35, a seventh is 5
    const TrainingRules rules;

    const ParticipantOutcome edge = ClassCompletion::outcome(c, onLeave(c, 5), rules, afterTheClass);
    CHECK(edge.state == CompletionState::Completed);
    CHECK(edge.classHours == 35);
    CHECK(edge.missedHours == 5);
    CHECK(edge.hoursEarned == 30);

    const ParticipantOutcome over = ClassCompletion::outcome(c, onLeave(c, 5.5), rules, afterTheClass);
    CHECK(over.state == CompletionState::TooMuchAbsence);
    CHECK(over.hoursEarned == 0);
    CHECK(ClassCompletion::explanation(c, over, 80, rules).contains(QStringLiteral("1/7")));

    // The same absence on a class held on the job is no reason not to complete it.
    TrainingClass onTheJob = c;
    onTheJob.offTheJob = false;
    CHECK(ClassCompletion::outcome(onTheJob, onLeave(onTheJob, 5.5), rules, afterTheClass).state ==
          CompletionState::Completed);

    // The fraction is a setting: at 1/5 a whole day of 35 hours is allowed, at 1/6 it is not.
    TrainingRules fifth;
    fifth.absenceDenominator = 5;
    CHECK(ClassCompletion::outcome(c, onLeave(c, 7), fifth, afterTheClass).state ==
          CompletionState::Completed);
    TrainingRules sixth;
    sixth.absenceDenominator = 6;
    CHECK(ClassCompletion::outcome(c, onLeave(c, 7), sixth, afterTheClass).state ==
          CompletionState::TooMuchAbsence);
}

TEST_CASE("Leave is counted in hours: half a day's leave earns the other half", "[training]")
{
    TrainingFixture f;
    TrainingClass c = f.sampleClass({f.party.first()});
    c.offTheJob = false;
    const ParticipantOutcome half = ClassCompletion::outcome(c, onLeave(c, 3.5), {}, afterTheClass);
    CHECK(half.attendedHours == 31.5);
    CHECK(half.hoursEarned == 31.5);
}

TEST_CASE("A score below the pass mark fails the class, a missing score or mark leaves it pending",
          "[training]")
{
    TrainingFixture f;
    const TrainingClass c = f.sampleClass({f.party.first()});
    const TrainingRules rules;
    CHECK(ClassCompletion::outcome(c, onLeave(c, 0, 59.5), rules, afterTheClass).state ==
          CompletionState::Failed);
    CHECK(ClassCompletion::outcome(c, onLeave(c, 0, 60), rules, afterTheClass).state ==
          CompletionState::Completed);
    CHECK(ClassCompletion::outcome(c, onLeave(c, 0, std::nullopt), rules, afterTheClass).state ==
          CompletionState::AwaitingScore);

    Enrollment unmarked = onLeave(c, 0, 90);
    unmarked.marks.remove(c.days.last().date);
    CHECK(ClassCompletion::outcome(c, unmarked, rules, afterTheClass).state ==
          CompletionState::AwaitingMarks);

    // Before the last day, the class is in progress whatever the score.
    CHECK(ClassCompletion::outcome(c, onLeave(c, 0, 90), rules, c.endsOn.addDays(-1)).state ==
          CompletionState::Ongoing);

    // A class without an assessment is completed by attending.
    TrainingClass unassessed = c;
    unassessed.passMark.reset();
    CHECK(ClassCompletion::outcome(unassessed, onLeave(c, 0, std::nullopt), rules, afterTheClass).state ==
          CompletionState::Completed);
}

TEST_CASE("A joint class warns when a track has less than the rule's share of its cohort", "[training]")
{
    TrainingFixture f;
    const TrainingRules rules; // 30 %
    const qint64 seventh =
        f.workspace().cadres().add(sampleCadre(f.org.secondBranch, QStringLiteral("T100")));
    TrainingClass c = f.sampleClass({f.party.at(0), f.party.at(1), f.party.at(2), f.operations.at(0),
                                     f.operations.at(1), f.operations.at(2), f.operations.at(3),
                                     f.operations.at(4), f.operations.at(5), seventh}); // 3 of 10 is 30 %
    QHash<qint64, Track> tracks = ClassOverview::tracksOf(f.workspace().database(), {c});
    TrackMix mix = ClassOverview::mixOf(c, tracks);
    CHECK(mix.party == 3);
    CHECK(mix.operations == 7);
    CHECK_FALSE(mix.oneSided(rules.jointMinPercent));
    CHECK(ClassCompletion::mixWarning(c, mix, rules).isEmpty());

    c.enrollments.removeFirst(); // 2 of 9
    mix = ClassOverview::mixOf(c, tracks);
    CHECK(mix.oneSided(rules.jointMinPercent));
    CHECK(mix.percent(Track::Party) == Approx(22.2222).epsilon(0.001));
    CHECK(ClassCompletion::mixWarning(c, mix, rules).contains(QStringLiteral("30")));

    c.joint = false; // one-sided by design is no fault
    CHECK(ClassCompletion::mixWarning(c, mix, rules).isEmpty());
}

TEST_CASE("A class's figures count completed, decided and scored participants", "[training]")
{
    TrainingFixture f;
    TrainingClass c = f.sampleClass({f.party.at(0), f.party.at(1), f.operations.at(0), f.operations.at(1)});
    c.enrollments[0].score = 90;
    c.enrollments[1].score = 50; // failed
    c.enrollments[2].score = 70;
    c.enrollments[3].marks[c.days.first().date] = {AttendanceStatus::Absent, 7, {}}; // over 1/7
    c.enrollments[3].score = 80;
    const qint64 id = f.classes().add(c);
    const QList<ClassFigures> year = ClassOverview::ofYear(f.workspace().database(), 2026, afterTheClass);
    REQUIRE(year.size() == 1);
    const ClassFigures &figures = year.first();
    CHECK(figures.trainingClass.id == id);
    CHECK(figures.hours == 35);
    CHECK(figures.decided == 4);
    CHECK(figures.completed == 2);
    CHECK(figures.completionPercent() == 50);
    CHECK(figures.scored == 4);
    CHECK(figures.meanScore == 72.5);
    CHECK_FALSE(figures.oneSided);
    CHECK(ClassOverview::ofYear(f.workspace().database(), 2025, afterTheClass).isEmpty());
}
