#include "training/PlanText.h"

#include "common/CsvFile.h"
#include "common/Localization.h"
#include "common/TextTable.h"

#include <QLocale>

namespace rongpei {

namespace {

QString number(double value)
{
    return QString::number(value, 'f', 1);
}

QString titles(const QList<qint64> &ids, const QHash<qint64, QString> &courseTitles, const QString &separator)
{
    QStringList names;
    for (const qint64 id : ids)
        names.append(courseTitles.value(id));
    return names.join(separator);
}

} // namespace

QString PlanText::csv(const QList<PlanProgressLine> &lines, const QHash<qint64, QString> &courseTitles)
{
    QString out = QStringLiteral("employee_number,name,branch,track,year,theory_target,theory_earned,"
                                 "management_target,management_earned,courses_required,courses_done,"
                                 "courses_open,progress_percent\r\n");
    for (const PlanProgressLine &line : lines)
        out += CsvFile::line({line.employeeNumber, line.name, line.branchName, enumCode(line.track),
                              QString::number(line.plan.year), number(line.plan.theoryHours),
                              number(line.earned.theoryHours), number(line.plan.managementHours),
                              number(line.earned.managementHours), QString::number(line.plan.courses.size()),
                              QString::number(line.coursesDone.size()),
                              titles(line.coursesOpen, courseTitles, QStringLiteral("; ")),
                              line.percent ? QString::number(*line.percent, 'f', 0) : QString()});
    return out;
}

QString PlanText::table(const QList<PlanProgressLine> &lines, const QHash<qint64, QString> &courseTitles)
{
    const QLocale locale;
    const auto hours = [&locale](double earned, double target) {
        return tr("%1 / %2").arg(locale.toString(earned, 'f', 1), locale.toString(target, 'f', 1));
    };
    QList<QStringList> cells{{tr("No."), tr("Name"), tr("Branch"), tr("Theory"), tr("Management"),
                              tr("Courses done"), tr("Courses open"), tr("Progress")}};
    double sum = 0;
    int counted = 0;
    for (const PlanProgressLine &line : lines) {
        if (line.percent) {
            sum += *line.percent;
            ++counted;
        }
        cells.append({line.employeeNumber, line.name, line.branchName,
                      hours(line.earned.theoryHours, line.plan.theoryHours),
                      hours(line.earned.managementHours, line.plan.managementHours),
                      tr("%1 of %2").arg(line.coursesDone.size()).arg(line.plan.courses.size()),
                      titles(line.coursesOpen, courseTitles, tr(", ")),
                      line.percent ? tr("%1 %").arg(locale.toString(*line.percent, 'f', 0)) : QString()});
    }
    QString out = TextTable::format(cells, {false, false, false, true, true, true, false, true});
    out += tr("%n plan(s)", nullptr, static_cast<int>(lines.size()));
    if (counted > 0)
        out += tr(", %1 % on average").arg(locale.toString(sum / counted, 'f', 0));
    out += u'\n';
    return out;
}

} // namespace rongpei
