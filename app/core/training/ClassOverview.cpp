#include "training/ClassOverview.h"

#include "storage/Database.h"
#include "storage/SqlList.h"
#include "training/FeedbackSummary.h"
#include "training/TrainingClassRepository.h"

#include <QSet>
#include <QSqlQuery>

namespace rongpei {

QHash<qint64, Track> ClassOverview::tracksOf(const Database &database, const QList<TrainingClass> &classes)
{
    QSet<qint64> ids;
    for (const TrainingClass &c : classes)
        for (const Enrollment &participant : c.enrollments)
            ids.insert(participant.cadreId);
    QHash<qint64, Track> tracks;
    if (ids.isEmpty())
        return tracks;
    QSqlQuery query =
        database.prepare(QStringLiteral("SELECT id, track FROM cadre WHERE id IN ") + SqlList::values());
    query.addBindValue(SqlList::bound(QList<qint64>(ids.cbegin(), ids.cend())));
    query.setForwardOnly(true);
    database.exec(query);
    while (query.next())
        tracks.insert(query.value(0).toLongLong(),
                      enumFromCode<Track>(query.value(1).toString()).value_or(Track::Operations));
    return tracks;
}

TrackMix ClassOverview::mixOf(const TrainingClass &trainingClass, const QHash<qint64, Track> &tracks)
{
    TrackMix mix;
    for (const Enrollment &participant : trainingClass.enrollments) {
        const auto track = tracks.constFind(participant.cadreId);
        if (track == tracks.cend())
            continue;
        if (*track == Track::Party)
            ++mix.party;
        else
            ++mix.operations;
    }
    return mix;
}

ClassFigures ClassOverview::figures(const TrainingClass &trainingClass, const QHash<qint64, Track> &tracks,
                                    const TrainingRules &rules, QDate today)
{
    ClassFigures f;
    f.trainingClass = trainingClass;
    f.hours = trainingClass.hours();
    f.mix = mixOf(trainingClass, tracks);
    f.oneSided = trainingClass.joint && f.mix.oneSided(rules.jointMinPercent);
    double scores = 0;
    for (const Enrollment &participant : trainingClass.enrollments) {
        const ParticipantOutcome outcome = ClassCompletion::outcome(trainingClass, participant, rules, today);
        f.decided += outcome.decided() ? 1 : 0;
        f.completed += outcome.completed() ? 1 : 0;
        if (participant.score) {
            ++f.scored;
            scores += *participant.score;
        }
    }
    f.meanScore = f.scored > 0 ? scores / f.scored : 0;
    return f;
}

QList<ClassFigures> ClassOverview::ofYear(const Database &database, int year, QDate today)
{
    return between(database, QDate(year, 1, 1), QDate(year, 12, 31), today);
}

QList<ParticipantLine> ClassOverview::participants(const Database &database,
                                                   const TrainingClass &trainingClass, QDate today)
{
    QList<qint64> ids;
    for (const Enrollment &participant : trainingClass.enrollments)
        ids.append(participant.cadreId);
    QHash<qint64, ParticipantLine> who;
    if (!ids.isEmpty()) {
        QSqlQuery query = database.prepare(
            QStringLiteral("SELECT c.id, c.name, c.employee_number, o.name, c.track FROM cadre c "
                           "JOIN organization o ON o.id = c.branch_id WHERE c.id IN ") +
            SqlList::values());
        query.addBindValue(SqlList::bound(ids));
        query.setForwardOnly(true);
        database.exec(query);
        while (query.next()) {
            ParticipantLine &line = who[query.value(0).toLongLong()];
            line.name = query.value(1).toString();
            line.employeeNumber = query.value(2).toString();
            line.branchName = query.value(3).toString();
            line.track = enumFromCode<Track>(query.value(4).toString()).value_or(Track::Operations);
        }
    }
    const TrainingRules rules = TrainingClassRepository::rules(database);
    QList<ParticipantLine> lines;
    for (const Enrollment &participant : trainingClass.enrollments) {
        ParticipantLine line = who.value(participant.cadreId);
        line.enrollment = participant;
        line.outcome = ClassCompletion::outcome(trainingClass, participant, rules, today);
        line.explanation =
            ClassCompletion::explanation(trainingClass, line.outcome, participant.score, rules);
        lines.append(line);
    }
    return lines;
}

QList<ClassFigures> ClassOverview::between(const Database &database, QDate from, QDate to, QDate today)
{
    const QList<TrainingClass> classes = TrainingClassRepository::startingBetween(database, from, to);
    const QHash<qint64, Track> tracks = tracksOf(database, classes);
    const TrainingRules rules = TrainingClassRepository::rules(database);
    QList<qint64> ids;
    for (const TrainingClass &c : classes)
        ids.append(c.id);
    const QHash<qint64, ClassFeedback> feedback = FeedbackSummaries::byClass(database, ids);
    QList<ClassFigures> result;
    for (const TrainingClass &c : classes) {
        ClassFigures line = figures(c, tracks, rules, today);
        const ClassFeedback forms = feedback.value(c.id);
        line.feedbackForms = forms.forms;
        line.meanFeedback = forms.mean;
        result.append(line);
    }
    return result;
}

} // namespace rongpei
