#include "rotation/EvaluationFormData.h"

#include "common/ValidationError.h"
#include "roster/CadreRepository.h"
#include "rotation/RotationRepository.h"
#include "storage/Database.h"

#include <QHash>
#include <QLocale>
#include <QSqlQuery>

namespace rongpei {

namespace {

QString longDate(QDate date)
{
    return QLocale().toString(date, EvaluationFormData::tr("MMMM d, yyyy", "a date on the evaluation form"));
}

} // namespace

EvaluationFormData EvaluationFormData::of(const Database &database, qint64 rotationId)
{
    const std::optional<Rotation> rotation = RotationRepository::read(database, rotationId);
    if (!rotation)
        throw ValidationError(tr("This rotation no longer exists; it may have been deleted."));
    const QHash<qint64, Cadre> cadres =
        CadreRepository::employmentOf(database, {rotation->cadreId, rotation->mentorId});
    const std::optional<Cadre> cadre = CadreRepository::read(database, rotation->cadreId);
    QHash<qint64, std::pair<QString, qint64>> units; // name and branch of a department
    QSqlQuery unitQuery = database.prepare(
        QStringLiteral("SELECT id, name, CASE kind WHEN 'department' THEN branch_id END FROM "
                       "organization"));
    database.exec(unitQuery);
    while (unitQuery.next())
        units.insert(unitQuery.value(0).toLongLong(),
                     {unitQuery.value(1).toString(), unitQuery.value(2).toLongLong()});
    const auto unitName = [&units](qint64 id) {
        const auto [name, branch] = units.value(id);
        return branch > 0 ? units.value(branch).first + name : name;
    };
    const auto place = [](const QString &unit, const QString &post) {
        return post.isEmpty() ? unit : unit.isEmpty() ? post : tr("%1 %2", "unit and post").arg(unit, post);
    };
    EvaluationFormData form;
    if (cadre) {
        form.name = cadre->name;
        form.gender = enumLabel(cadre->gender);
        form.birthDate = cadre->birthDate;
        form.partyStatus = enumLabel(cadre->partyStatus);
        form.track = enumLabel(cadre->track);
        form.level = enumLabel(cadre->level);
        form.employeeNumber = cadre->employeeNumber;
    }
    form.homeUnit = place(unitName(rotation->fromUnitId), rotation->fromPost);
    form.hostUnit = place(unitName(rotation->toUnitId), rotation->toPost);
    form.kind = enumLabel(rotation->kind);
    form.direction = enumLabel(rotation->direction());
    form.period = tr("%1 to %2").arg(longDate(rotation->firstDay()), longDate(rotation->lastDay()));
    if (rotation->extendedTo.isValid())
        form.period +=
            tr(" (extended from %1%2)")
                .arg(longDate(rotation->plannedEnd), rotation->extensionReference.isEmpty()
                                                         ? QString()
                                                         : tr(", %1").arg(rotation->extensionReference));
    else if (rotation->actualEnd.isValid() && rotation->actualEnd < rotation->scheduledEnd())
        form.period += tr(" (planned to %1, ended early)").arg(longDate(rotation->scheduledEnd()));
    form.mentor = cadres.value(rotation->mentorId).name;
    form.approvalNumber = rotation->approvalNumber;
    form.goals = rotation->goals;
    form.selfSummary = rotation->selfSummary;
    form.midTermEvaluation = rotation->midTermEvaluation;
    form.finalEvaluation = rotation->finalEvaluation;
    form.hostUnitName = unitName(rotation->toUnitId);
    // The unit that sent the cadre: the home unit's branch, even once the cadre stayed in the host post.
    const qint64 homeBranch = units.value(rotation->fromUnitId).second > 0
                                  ? units.value(rotation->fromUnitId).second
                              : rotation->fromUnitId > 0 ? rotation->fromUnitId
                              : cadre                    ? cadre->branchId
                                                         : 0;
    form.homeUnitName = units.value(homeBranch).first;
    return form;
}

} // namespace rongpei
