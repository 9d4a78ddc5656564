#include "rotation/RotationText.h"

#include "common/CsvFile.h"
#include "common/TextTable.h"

#include <QLocale>

namespace rongpei {

namespace {

QString isoDate(QDate date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}

QString gradeCode(const std::optional<RotationEvaluation> &evaluation)
{
    return evaluation ? enumCode(evaluation->grade) : QString();
}

} // namespace

QString RotationText::csv(const QList<Rotation> &rotations, const Names &names, QDate today)
{
    QString out = QStringLiteral(
        "employee_number,name,branch,kind,direction,from_unit,from_post,to_unit,to_post,planned_start,"
        "planned_end,actual_start,actual_end,extended_to,status,mid_term_grade,final_grade,evaluation_"
        "overdue,"
        "mentor\r\n");
    for (const Rotation &r : rotations) {
        const Cadre cadre = names.cadres.value(r.cadreId);
        const bool overdue = r.evaluationOverdue(EvaluationStage::MidTerm, today) ||
                             r.evaluationOverdue(EvaluationStage::Final, today);
        out += CsvFile::line({cadre.employeeNumber, cadre.name, names.units.value(cadre.branchId),
                              enumCode(r.kind), enumCode(r.direction()), names.units.value(r.fromUnitId),
                              r.fromPost, names.units.value(r.toUnitId), r.toPost, isoDate(r.plannedStart),
                              isoDate(r.plannedEnd), isoDate(r.actualStart), isoDate(r.actualEnd),
                              isoDate(r.extendedTo), enumCode(r.status(today)),
                              gradeCode(r.midTermEvaluation), gradeCode(r.finalEvaluation),
                              overdue ? QStringLiteral("yes") : QStringLiteral("no"),
                              r.mentorId > 0 ? names.cadres.value(r.mentorId).name : QString()});
    }
    return out;
}

QString RotationText::table(const QList<Rotation> &rotations, const Names &names, QDate today)
{
    const QLocale locale;
    QList<QStringList> cells{{tr("Name"), tr("Branch"), tr("Kind"), tr("Direction"), tr("To"),
                              tr("First day"), tr("Last day"), tr("Status"), tr("Evaluation")}};
    int crossing = 0;
    int overdue = 0;
    for (const Rotation &r : rotations) {
        const Cadre cadre = names.cadres.value(r.cadreId);
        QString evaluation;
        if (r.finalEvaluation)
            evaluation = enumLabel(r.finalEvaluation->grade);
        else if (r.evaluationOverdue(EvaluationStage::Final, today) ||
                 r.evaluationOverdue(EvaluationStage::MidTerm, today)) {
            evaluation = tr("overdue");
            ++overdue;
        } else if (r.midTermEvaluation)
            evaluation = tr("mid-term: %1").arg(enumLabel(r.midTermEvaluation->grade));
        if (r.crossesTracks() && !r.cancelled)
            ++crossing;
        cells.append({cadre.name, names.units.value(cadre.branchId), enumLabel(r.kind),
                      enumLabel(r.direction()), tr("%1, %2").arg(names.units.value(r.toUnitId), r.toPost),
                      locale.toString(r.firstDay(), QLocale::ShortFormat),
                      locale.toString(r.lastDay(), QLocale::ShortFormat), enumLabel(r.status(today)),
                      evaluation});
    }
    QString out = TextTable::format(cells, {false, false, false, false, false, false, false, false, false});
    out += tr("%n rotation(s)", nullptr, static_cast<int>(rotations.size()));
    out += tr(", %n across the tracks", nullptr, crossing);
    out += tr(", %n with an evaluation overdue", nullptr, overdue);
    out += u'\n';
    return out;
}

} // namespace rongpei
