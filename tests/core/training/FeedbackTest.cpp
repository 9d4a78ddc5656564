#include "AccountTestSupport.h"
#include "TrainingFixture.h"
#include "training/FeedbackRepository.h"
#include "training/FeedbackSummary.h"
#include "training/FollowUpRepository.h"

#include <QSqlQuery>

#include <catch2/catch.hpp>

using namespace rongpei;
using namespace rongpei::test;

namespace {

/// The ids of the default form's questions, in order.
QList<qint64> questionIds(FeedbackRepository &feedback)
{
    QList<qint64> ids;
    for (const FeedbackQuestion &question : feedback.questions(true))
        ids.append(question.id);
    return ids;
}

FeedbackForm formOf(qint64 cadreId, const QList<qint64> &questions, const QList<int> &ratings,
                    const QString &comments = {})
{
    FeedbackForm form;
    form.cadreId = cadreId;
    form.anonymous = cadreId == 0;
    for (int i = 0; i < ratings.size(); ++i)
        if (ratings.at(i) != 0)
            form.ratings.insert(questions.at(i), ratings.at(i));
    form.comments = comments;
    return form;
}

} // namespace

TEST_CASE("The default reaction form asks five questions, each rated 1 to 5", "[training][feedback]")
{
    TrainingFixture f;
    const QList<FeedbackQuestion> questions = f.workspace().feedback().questions();
    REQUIRE(questions.size() == 5);
    QStringList codes;
    for (const FeedbackQuestion &question : questions)
        codes.append(question.code);
    CHECK(codes == QStringList{QStringLiteral("content"), QStringLiteral("relevance"),
                               QStringLiteral("teaching"), QStringLiteral("organisation"),
                               QStringLiteral("overall")});
}

TEST_CASE("Forms are saved with their ratings, and the summary counts them", "[training][feedback]")
{
    TrainingFixture f;
    FeedbackRepository &feedback = f.workspace().feedback();
    const qint64 classId = f.classes().add(f.sampleClass(f.everyone()));
    const QList<qint64> q = questionIds(feedback);
    const QList<FeedbackForm> forms{
        formOf(f.party.at(0), q, {5, 4, 5, 4, 5}, QStringLiteral("案例贴近实际")),
        formOf(f.operations.at(0), q, {3, 3, 4, 0, 4}), // the fourth left blank
        formOf(0, q, {2, 5, 4, 3, 4}, QStringLiteral("希望增加现场教学")),
    };
    feedback.saveForms(classId, forms);

    const QList<FeedbackForm> saved = feedback.forms(classId);
    REQUIRE(saved.size() == 3);
    CHECK(saved.at(0).cadreId == f.party.at(0));
    CHECK(saved.at(0).comments == QStringLiteral("案例贴近实际"));
    CHECK(saved.at(1).ratings.size() == 4);
    CHECK(saved.at(2).anonymous);
    CHECK(saved.at(2).cadreId == 0);

    const FeedbackSummary summary = FeedbackSummaries::ofClass(f.workspace().database(), classId);
    CHECK(summary.forms == 3);
    CHECK(summary.anonymousForms == 1);
    CHECK(summary.participants == 10);
    CHECK(*summary.responsePercent() == Approx(30));
    // 14 ratings: 5+4+5+4+5 + 3+3+4+4 + 2+5+4+3+4 = 55
    CHECK(*summary.mean() == Approx(55.0 / 14));
    CHECK(summary.distribution == std::array<int, 5>{0, 1, 3, 6, 4});
    REQUIRE(summary.questions.size() == 5);
    CHECK(*summary.questions.at(0).mean() == Approx(10.0 / 3)); // content: 5, 3, 2
    CHECK(summary.questions.at(3).count() == 2);
    const ClassFeedback line = FeedbackSummaries::byClass(f.workspace().database(), {classId}).value(classId);
    CHECK(line.forms == 3);
    CHECK(*line.mean == Approx(55.0 / 14));

    // Saving the same forms again writes nothing; a change rewrites only the form changed.
    const QVariant before = scalar(f.workspace().database(), QStringLiteral("SELECT max(seq) FROM journal"));
    feedback.saveForms(classId, saved);
    CHECK(scalar(f.workspace().database(), QStringLiteral("SELECT max(seq) FROM journal")) == before);
    QList<FeedbackForm> edited = saved;
    edited[1].ratings[q.at(3)] = 2;
    edited.removeAt(2);
    feedback.saveForms(classId, edited);
    CHECK(feedback.forms(classId) == edited);
}

TEST_CASE("An anonymous form stores no cadre, in its table or in the journal", "[training][feedback]")
{
    TrainingFixture f;
    FeedbackRepository &feedback = f.workspace().feedback();
    const qint64 classId = f.classes().add(f.sampleClass(f.everyone()));
    const QList<qint64> q = questionIds(feedback);
    feedback.saveForms(classId, {formOf(0, q, {4, 4, 4, 4, 4}, QStringLiteral("匿名意见"))});

    Database &db = f.workspace().database();
    CHECK(
        scalar(db, QStringLiteral("SELECT count(*) FROM feedback_form WHERE cadre_id IS NOT NULL")).toInt() ==
        0);
    CHECK(scalar(db, QStringLiteral("SELECT count(*) FROM journal_field jf JOIN journal j ON j.seq = jf.seq "
                                    "WHERE j.table_name = 'feedback_form' AND jf.field = 'cadre_id'"))
              .toInt() == 0);
    // Nor can the file be made to hold one by another program.
    QSqlQuery named =
        f.workspace().database().prepare(QStringLiteral("UPDATE feedback_form SET cadre_id = ?"));
    named.addBindValue(f.party.at(0));
    CHECK_THROWS(f.workspace().database().exec(named));
}

TEST_CASE("Bad feedback is refused on its field and nothing is saved", "[training][feedback]")
{
    TrainingFixture f;
    FeedbackRepository &feedback = f.workspace().feedback();
    TrainingClass c = f.sampleClass({f.party.at(0), f.operations.at(0)});
    const qint64 classId = f.classes().add(c);
    const QList<qint64> q = questionIds(feedback);
    feedback.saveForms(classId, {formOf(f.party.at(0), q, {4, 4, 4, 4, 4})});
    const QVariant before = scalar(f.workspace().database(), QStringLiteral("SELECT max(seq) FROM journal"));
    const auto refusedOn = [&](const QList<FeedbackForm> &forms, const QString &field, const QString &says) {
        const ValidationError refusal = refusalOf([&] { feedback.saveForms(classId, forms); });
        INFO(refusal.message().toStdString());
        CHECK(refusal.message().contains(says));
        return refusal.hasErrorFor(field);
    };

    const FeedbackForm good = formOf(f.operations.at(0), q, {3, 3, 3, 3, 3});
    CHECK(refusedOn({good, formOf(f.party.at(0), q, {6, 4, 4, 4, 4})}, FeedbackField::rating,
                    QStringLiteral("Form 2")));
    CHECK(refusedOn({formOf(f.party.at(0), q, {0, 0, 0, 0, 0})}, FeedbackField::rating,
                    QStringLiteral("empty")));
    FeedbackForm anonymousNamed = formOf(f.party.at(0), q, {4, 4, 4, 4, 4});
    anonymousNamed.anonymous = true;
    CHECK(refusedOn({anonymousNamed}, FeedbackField::participant, QStringLiteral("anonymous")));
    FeedbackForm nobody = formOf(0, q, {4, 4, 4, 4, 4});
    nobody.anonymous = false;
    CHECK(refusedOn({nobody}, FeedbackField::participant, QStringLiteral("names no participant")));
    CHECK(refusedOn({formOf(f.party.at(1), q, {4, 4, 4, 4, 4})}, FeedbackField::participant,
                    QStringLiteral("not a participant")));
    CHECK(refusedOn({good, formOf(f.operations.at(0), q, {4, 4, 4, 4, 4})}, FeedbackField::participant,
                    QStringLiteral("Forms 1 and 2")));

    CHECK(scalar(f.workspace().database(), QStringLiteral("SELECT max(seq) FROM journal")) == before);
    CHECK(feedback.forms(classId).size() == 1);
}

TEST_CASE("A participant moves from one form to another in one save", "[training][feedback]")
{
    TrainingFixture f;
    FeedbackRepository &feedback = f.workspace().feedback();
    const qint64 classId = f.classes().add(f.sampleClass({f.party.at(0), f.operations.at(0)}));
    const QList<qint64> q = questionIds(feedback);
    feedback.saveForms(classId, {formOf(f.party.at(0), q, {4, 4, 4, 4, 4}), formOf(0, q, {2, 2, 2, 2, 2})});
    QList<FeedbackForm> swapped = feedback.forms(classId);
    swapped[0].cadreId = f.operations.at(0);
    swapped[1].cadreId = f.party.at(0);
    swapped[1].anonymous = false;
    feedback.saveForms(classId, swapped);
    CHECK(feedback.forms(classId) == swapped);
}

TEST_CASE("An administrator adds and retires questions, but a rated one cannot be deleted",
          "[training][feedback]")
{
    TrainingFixture f;
    FeedbackRepository &feedback = f.workspace().feedback();
    const qint64 added = feedback.addQuestion(QStringLiteral("  教材 质量 "));
    CHECK(feedback.questions().last().text == QStringLiteral("教材 质量"));
    CHECK(refusalOf([&] {
              feedback.addQuestion(QStringLiteral("培训内容"));
          }).hasErrorFor(FeedbackField::question));
    const qint64 classId = f.classes().add(f.sampleClass({f.party.at(0)}));
    FeedbackForm form = formOf(f.party.at(0), {added}, {5});
    feedback.saveForms(classId, {form});
    CHECK_THROWS_AS(feedback.removeQuestion(added), ValidationError);
    FeedbackQuestion retired = feedback.questions().last();
    retired.active = false;
    feedback.updateQuestion(retired);
    CHECK(feedback.questions(true).size() == 5);
    // Its ratings still count in the class's summary.
    const FeedbackSummary summary = FeedbackSummaries::ofClass(f.workspace().database(), classId);
    CHECK(summary.questions.last().text == QStringLiteral("教材 质量"));
    CHECK(summary.questions.last().count() == 1);
    const qint64 unused = feedback.addQuestion(QStringLiteral("场地"));
    feedback.removeQuestion(unused);
    CHECK(feedback.questions().size() == 6);
}

TEST_CASE("A course's feedback is summed up by the year its classes ended", "[training][feedback]")
{
    TrainingFixture f;
    FeedbackRepository &feedback = f.workspace().feedback();
    const QList<qint64> q = questionIds(feedback);
    TrainingClass earlier = f.sampleClass({f.party.at(0), f.operations.at(0)});
    earlier.startsOn = QDate(2025, 5, 5);
    earlier.endsOn = QDate(2025, 5, 9);
    for (int d = 0; d < earlier.days.size(); ++d)
        earlier.days[d].date = earlier.startsOn.addDays(d);
    for (Enrollment &participant : earlier.enrollments) {
        participant.marks.clear();
        for (const ClassDay &day : earlier.days)
            participant.marks.insert(day.date, {AttendanceStatus::Present, 0, {}});
    }
    const qint64 first = f.classes().add(earlier);
    const qint64 second = f.classes().add(f.sampleClass({f.party.at(0)}));
    feedback.saveForms(first, {formOf(0, q, {2, 2, 2, 2, 2})});
    feedback.saveForms(second, {formOf(f.party.at(0), q, {4, 5, 4, 5, 4})});

    const QList<YearFeedback> years = FeedbackSummaries::ofCourse(f.workspace().database(), f.course);
    REQUIRE(years.size() == 2);
    CHECK(years.at(0).year == 2025);
    CHECK(*years.at(0).summary.mean() == Approx(2));
    CHECK(*years.at(0).summary.responsePercent() == Approx(50));
    CHECK(years.at(1).year == 2026);
    CHECK(*years.at(1).summary.mean() == Approx(22.0 / 5));
}

TEST_CASE("A follow-up falls due a set number of days after an off-the-job class", "[training][feedback]")
{
    TrainingFixture f;
    FollowUpRepository &followUps = f.workspace().followUps();
    TrainingClass c = f.sampleClass({f.party.at(0), f.operations.at(0), f.operations.at(1)});
    c.enrollments[1].score = 90;
    c.enrollments[0].score = 80;
    c.enrollments[2].score = 40; // failed: no follow-up
    const qint64 classId = f.classes().add(c);
    const QDate from(2026, 1, 1);
    const QDate to(2026, 12, 31);

    // Ended 2026-09-11; today 2026-11-24: due on 2026-12-10 by default, not yet pending.
    QList<FollowUpLine> lines = followUps.lines(from, to);
    REQUIRE(lines.size() == 2);
    CHECK(lines.at(0).dueOn == QDate(2026, 12, 10));
    CHECK_FALSE(lines.at(0).pending(QDate(2026, 11, 24)));

    TrainingRules rules = f.classes().rules();
    rules.followUpDays = 60;
    f.classes().updateRules(rules);
    lines = followUps.lines(from, to);
    CHECK(lines.at(0).dueOn == QDate(2026, 11, 10));
    CHECK(lines.at(0).pending(QDate(2026, 11, 24)));

    FollowUp rating;
    rating.classId = classId;
    rating.cadreId = f.party.at(0);
    rating.rating = 4;
    rating.ratedOn = QDate(2026, 11, 20);
    rating.ratedBy = QStringLiteral("王主任");
    const qint64 id = followUps.rate(rating);
    lines = followUps.lines(from, to);
    const auto rated = std::find_if(lines.cbegin(), lines.cend(),
                                    [&](const FollowUpLine &line) { return line.cadreId == f.party.at(0); });
    REQUIRE(rated->followUp);
    CHECK(rated->followUp->rating == 4);
    CHECK_FALSE(rated->pending(QDate(2026, 11, 24)));

    // Rated again, the rating is replaced; taken back, it is pending again.
    rating.rating = 5;
    CHECK(followUps.rate(rating) == id);
    const FollowUp removed = followUps.remove(id);
    CHECK(removed.rating == 5);
    CHECK(scalar(f.workspace().database(), QStringLiteral("SELECT count(*) FROM follow_up")).toInt() == 0);

    // Bad input.
    FollowUp bad = rating;
    bad.rating = 6;
    CHECK(refusalOf([&] { followUps.rate(bad); }).hasErrorFor(FeedbackField::rating));
    bad = rating;
    bad.ratedOn = QDate(2026, 12, 1);
    CHECK(refusalOf([&] { followUps.rate(bad); }).hasErrorFor(FeedbackField::ratedOn));
    bad = rating;
    bad.cadreId = f.operations.at(1); // failed the assessment
    CHECK(refusalOf([&] { followUps.rate(bad); }).hasErrorFor(FeedbackField::participant));
    CHECK(scalar(f.workspace().database(), QStringLiteral("SELECT count(*) FROM follow_up")).toInt() == 0);
}
