#include "rotation/RotationValidator.h"

#include <QLocale>

namespace rongpei {

namespace {

void trim(std::optional<RotationEvaluation> &evaluation)
{
    if (evaluation) {
        evaluation->hostComments = evaluation->hostComments.trimmed();
        evaluation->homeOpinion = evaluation->homeOpinion.trimmed();
    }
}

QString day(QDate date)
{
    return QLocale().toString(date, QLocale::ShortFormat);
}

} // namespace

Rotation RotationValidator::normalized(Rotation rotation)
{
    rotation.fromPost = rotation.fromPost.simplified();
    rotation.toPost = rotation.toPost.simplified();
    rotation.extensionReference = rotation.extensionReference.simplified();
    rotation.approvalNumber = rotation.approvalNumber.simplified();
    rotation.goals = rotation.goals.trimmed();
    rotation.selfSummary = rotation.selfSummary.trimmed();
    rotation.notes = rotation.notes.trimmed();
    if (!rotation.extendedTo.isValid())
        rotation.extensionReference.clear();
    trim(rotation.midTermEvaluation);
    trim(rotation.finalEvaluation);
    return rotation;
}

QList<FieldError> RotationValidator::validate(const Rotation &r)
{
    QList<FieldError> errors;
    if (r.cadreId <= 0)
        errors.append({RotationField::cadre, tr("Choose the cadre who rotates.")});
    if (r.toUnitId <= 0)
        errors.append({RotationField::toUnit, tr("Choose the host unit.")});
    if (r.toPost.isEmpty())
        errors.append({RotationField::toPost, tr("Enter the post the cadre takes up.")});
    else if (r.toPost.size() > maxPostLength || r.fromPost.size() > maxPostLength)
        errors.append(
            {RotationField::toPost, tr("A post is longer than %n characters.", nullptr, maxPostLength)});
    else if (r.fromUnitId == r.toUnitId && r.fromPost == r.toPost)
        errors.append({RotationField::toPost,
                       tr("The cadre would rotate from a post to the same post in the same unit: choose "
                          "another host unit or post.")});
    if (!r.plannedStart.isValid())
        errors.append({RotationField::plannedStart, tr("Enter the planned first day.")});
    if (!r.plannedEnd.isValid())
        errors.append({RotationField::plannedEnd, tr("Enter the planned last day.")});
    else if (r.plannedStart.isValid() && r.plannedEnd < r.plannedStart)
        errors.append({RotationField::plannedEnd, tr("The planned last day %1 is before the first day %2.")
                                                      .arg(day(r.plannedEnd), day(r.plannedStart))});
    if (r.actualEnd.isValid() && !r.actualStart.isValid())
        errors.append({RotationField::actualStart, tr("Enter the day the rotation actually began.")});
    else if (r.actualEnd.isValid() && r.actualEnd < r.actualStart)
        errors.append(
            {RotationField::actualEnd, tr("The actual last day %1 is before the actual first day %2.")
                                           .arg(day(r.actualEnd), day(r.actualStart))});
    else if (r.actualStart.isValid() && !r.actualEnd.isValid() && r.plannedEnd.isValid() &&
             r.actualStart > r.scheduledEnd())
        errors.append(
            {RotationField::actualStart,
             tr("The rotation began on %1, after its planned last day %2: correct the planned dates, "
                "or enter the actual last day.")
                 .arg(day(r.actualStart), day(r.scheduledEnd()))});
    if (r.extendedTo.isValid() && r.plannedEnd.isValid() && r.extendedTo <= r.plannedEnd)
        errors.append({RotationField::extendedTo,
                       tr("An extension must end after the planned last day %1.").arg(day(r.plannedEnd))});
    if (r.mentorId > 0 && r.mentorId == r.cadreId)
        errors.append(
            {RotationField::mentor, tr("The mentor must be another cadre than the one who rotates.")});
    if (r.extensionReference.size() > maxReferenceLength || r.approvalNumber.size() > maxReferenceLength)
        errors.append({RotationField::text,
                       tr("A document number is longer than %n characters.", nullptr, maxReferenceLength)});
    for (const QString *text : {&r.goals, &r.selfSummary, &r.notes})
        if (text->size() > maxTextLength) {
            errors.append(
                {RotationField::text, tr("A text may hold at most %n characters.", nullptr, maxTextLength)});
            break;
        }
    validateEvaluation(r, EvaluationStage::MidTerm, errors);
    validateEvaluation(r, EvaluationStage::Final, errors);
    return errors;
}

void RotationValidator::validateEvaluation(const Rotation &r, EvaluationStage stage,
                                           QList<FieldError> &errors)
{
    const std::optional<RotationEvaluation> &evaluation = r.evaluation(stage);
    if (!evaluation)
        return;
    const QString field =
        stage == EvaluationStage::MidTerm ? RotationField::midTermEvaluation : RotationField::finalEvaluation;
    const QString what = enumLabel(stage);
    if (!evaluation->evaluatedOn.isValid())
        errors.append({field, tr("%1: enter the day of the evaluation.").arg(what)});
    else if (r.plannedStart.isValid() && evaluation->evaluatedOn < r.firstDay())
        errors.append({field, tr("%1: the evaluation on %2 is before the rotation began.")
                                  .arg(what, day(evaluation->evaluatedOn))});
    for (const int rating : {evaluation->integrity, evaluation->ability, evaluation->diligence,
                             evaluation->performance, evaluation->probity})
        if (rating < 1 || rating > 5) {
            errors.append({field, tr("%1: each rating is from 1 to 5.").arg(what)});
            break;
        }
    if (evaluation->hostComments.size() > maxTextLength || evaluation->homeOpinion.size() > maxTextLength)
        errors.append(
            {field, tr("%1: a text may hold at most %n characters.", nullptr, maxTextLength).arg(what)});
}

} // namespace rongpei
