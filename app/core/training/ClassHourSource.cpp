#include "training/ClassHourSource.h"

#include "organization/OrganizationRepository.h"
#include "study/StudyRuleRepository.h"
#include "training/TrainingClassRepository.h"
#include "training/TrainingRules.h"

#include <algorithm>

namespace rongpei {

QList<HourCredit> ClassHourSource::credits(const Database &database, QDate from, QDate to, QDate today) const
{
    const TrainingRules rules = TrainingClassRepository::rules(database);
    QList<HourCredit> credits;
    for (const TrainingClass &trainingClass : TrainingClassRepository::endingBetween(database, from, to))
        for (const Enrollment &participant : trainingClass.enrollments)
            if (const ParticipantOutcome outcome =
                    ClassCompletion::outcome(trainingClass, participant, rules, today);
                outcome.hoursEarned > 0)
                credits.append(
                    {participant.cadreId, trainingClass.kindId, trainingClass.endsOn, outcome.hoursEarned});
    return credits;
}

QList<HourRecord> ClassHourSource::recordsOf(const Database &database, qint64 cadreId, QDate today) const
{
    const TrainingRules rules = TrainingClassRepository::rules(database);
    QHash<qint64, QString> kinds;
    for (const StudyKind &kind : StudyRuleRepository::kindsIn(database))
        kinds.insert(kind.id, kind.name);
    QHash<qint64, QString> organisers;
    for (const Organization &organization : OrganizationRepository::readAll(database))
        organisers.insert(organization.id, organization.name);
    QList<HourRecord> records;
    for (const TrainingClass &trainingClass : TrainingClassRepository::ofCadre(database, cadreId))
        for (const Enrollment &participant : trainingClass.enrollments)
            if (participant.cadreId == cadreId) {
                const ParticipantOutcome outcome =
                    ClassCompletion::outcome(trainingClass, participant, rules, today);
                records.append({trainingClass.endsOn, kinds.value(trainingClass.kindId), trainingClass.name,
                                organisers.value(trainingClass.branchId), enumLabel(outcome.state),
                                outcome.hoursEarned});
            }
    std::sort(records.begin(), records.end(),
              [](const HourRecord &a, const HourRecord &b) { return a.date > b.date; });
    return records;
}

QString ClassHourSource::name() const
{
    return tr("Training class");
}

} // namespace rongpei
