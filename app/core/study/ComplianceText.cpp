#include "study/ComplianceText.h"

#include "common/CsvFile.h"
#include "common/TextTable.h"

#include <QStringList>

namespace rongpei {

namespace {

QString hours(double value)
{
    return QString::number(value, 'f', 1);
}

QString period(const ComplianceRow &row)
{
    return row.periodStart.year() == row.periodEnd.year()
               ? QString::number(row.periodEnd.year())
               : QStringLiteral("%1–%2").arg(row.periodStart.year()).arg(row.periodEnd.year());
}

} // namespace

QString ComplianceText::csv(const QList<ComplianceRow> &rows)
{
    QString out =
        QStringLiteral("employee_number,name,branch,category,period_start,period_end,required_hours,"
                       "expected_hours,earned_hours,status,session_hours,class_hours,opening_hours\r\n");
    for (const ComplianceRow &row : rows) {
        out +=
            CsvFile::line({row.employeeNumber, row.name, row.branchName, enumCode(row.requirement.category),
                           row.periodStart.toString(Qt::ISODate), row.periodEnd.toString(Qt::ISODate),
                           hours(row.required), hours(row.expected), hours(row.earned), enumCode(row.level),
                           hours(row.sessionHours), hours(row.classHours), hours(row.openingHours)});
    }
    return out;
}

QString ComplianceText::table(const QList<ComplianceRow> &rows)
{
    QList<QStringList> cells{{tr("Employee no."), tr("Name"), tr("Branch"), tr("Category"), tr("Period"),
                              tr("Required"), tr("Expected"), tr("Earned"), tr("Sessions"), tr("Classes"),
                              tr("Status")}};
    for (const ComplianceRow &row : rows)
        cells.append({row.employeeNumber, row.name, row.branchName, enumLabel(row.requirement.category),
                      period(row), hours(row.required), hours(row.expected), hours(row.earned),
                      hours(row.sessionHours), hours(row.classHours), enumLabel(row.level)});
    QString out =
        TextTable::format(cells, {false, false, false, false, false, true, true, true, true, true, false});
    int onTrack = 0;
    int behind = 0;
    int farBehind = 0;
    for (const ComplianceRow &row : rows)
        (row.level == ComplianceLevel::OnTrack  ? onTrack
         : row.level == ComplianceLevel::Behind ? behind
                                                : farBehind)++;
    out += tr("%n cadre(s): ", nullptr, static_cast<int>(rows.size())) +
           tr("%1 on track, %2 behind, %3 far behind.").arg(onTrack).arg(behind).arg(farBehind) + u'\n';
    return out;
}

} // namespace rongpei
