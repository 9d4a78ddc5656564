#pragma once

#include "rotation/Rotation.h"

#include <QHash>

namespace rongpei {

/// One row of the rotation timeline: a cadre and their rotations, the earliest first.
struct TimelineRow
{
    qint64 cadreId = 0;
    QString name;
    QString branchName;
    QList<Rotation> rotations;
};

/// The timeline's rows: one per cadre who has a rotation among `rotations`, by branch and then
/// name in Chinese collation (pinyin order).
QList<TimelineRow> timelineRows(const QList<Rotation> &rotations, const QHash<qint64, Cadre> &cadres,
                                const QHash<qint64, QString> &branchNames);

} // namespace rongpei
