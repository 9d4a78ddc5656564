#include "study/ComplianceText.h"

#include "common/CsvFile.h"

#include <QStringList>

namespace rongpei {

namespace {

QString hours(double value)
{
    return QString::number(value, 'f', 1);
}

/// Columns a terminal gives the text: East Asian wide characters take two.
int displayWidth(const QString &text)
{
    int width = 0;
    for (const QChar ch : text) {
        const char16_t c = ch.unicode();
        const bool wide = (c >= 0x1100 && c <= 0x115F) || (c >= 0x2E80 && c <= 0xA4CF) ||
                          (c >= 0xAC00 && c <= 0xD7A3) || (c >= 0xF900 && c <= 0xFAFF) ||
                          (c >= 0xFE30 && c <= 0xFE4F) || (c >= 0xFF00 && c <= 0xFF60) ||
                          (c >= 0xFFE0 && c <= 0xFFE6);
        width += wide ? 2 : 1;
    }
    return width;
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
                       "expected_hours,earned_hours,status\r\n");
    for (const ComplianceRow &row : rows) {
        out +=
            CsvFile::line({row.employeeNumber, row.name, row.branchName, enumCode(row.requirement.category),
                           row.periodStart.toString(Qt::ISODate), row.periodEnd.toString(Qt::ISODate),
                           hours(row.required), hours(row.expected), hours(row.earned), enumCode(row.level)});
    }
    return out;
}

QString ComplianceText::table(const QList<ComplianceRow> &rows)
{
    QList<QStringList> cells{{tr("Employee no."), tr("Name"), tr("Branch"), tr("Category"), tr("Period"),
                              tr("Required"), tr("Expected"), tr("Earned"), tr("Status")}};
    for (const ComplianceRow &row : rows)
        cells.append({row.employeeNumber, row.name, row.branchName, enumLabel(row.requirement.category),
                      period(row), hours(row.required), hours(row.expected), hours(row.earned),
                      enumLabel(row.level)});
    QList<int> widths(cells.first().size(), 0);
    for (const QStringList &line : std::as_const(cells))
        for (qsizetype c = 0; c < line.size(); ++c)
            widths[c] = qMax(widths[c], displayWidth(line.at(c)));
    const QList<bool> numeric{false, false, false, false, false, true, true, true, false};

    QString out;
    for (const QStringList &line : std::as_const(cells)) {
        QString text;
        for (qsizetype c = 0; c < line.size(); ++c) {
            const QString padding(widths.at(c) - displayWidth(line.at(c)), u' ');
            text += numeric.at(c) ? padding + line.at(c) : line.at(c) + padding;
            if (c + 1 < line.size())
                text += QStringLiteral("  ");
        }
        while (text.endsWith(u' ')) // the last column's padding
            text.chop(1);
        out += text + u'\n';
    }
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
