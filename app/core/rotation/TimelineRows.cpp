#include "rotation/TimelineRows.h"

#include <QCollator>
#include <QLocale>

#include <algorithm>

namespace rongpei {

QList<TimelineRow> timelineRows(const QList<Rotation> &rotations, const QHash<qint64, Cadre> &cadres,
                                const QHash<qint64, QString> &branchNames)
{
    QHash<qint64, qsizetype> rowOf;
    QList<TimelineRow> rows;
    for (const Rotation &rotation : rotations) {
        auto it = rowOf.constFind(rotation.cadreId);
        if (it == rowOf.cend()) {
            const Cadre cadre = cadres.value(rotation.cadreId);
            it = rowOf.insert(rotation.cadreId, rows.size());
            rows.append({rotation.cadreId, cadre.name, branchNames.value(cadre.branchId), {}});
        }
        rows[*it].rotations.append(rotation);
    }
    QCollator collator(QLocale(QLocale::Chinese, QLocale::China));
    std::stable_sort(rows.begin(), rows.end(), [&collator](const TimelineRow &a, const TimelineRow &b) {
        if (a.branchName != b.branchName)
            return collator.compare(a.branchName, b.branchName) < 0;
        return collator.compare(a.name, b.name) < 0;
    });
    for (TimelineRow &row : rows)
        std::stable_sort(row.rotations.begin(), row.rotations.end(),
                         [](const Rotation &a, const Rotation &b) { return a.firstDay() < b.firstDay(); });
    return rows;
}

} // namespace rongpei
