#pragma once

#include "training/PlanProgress.h"

#include <QCoreApplication>

namespace rongpei {

/// Development plans' progress as `rongpei-cli plans` prints it.
class PlanText final
{
    Q_DECLARE_TR_FUNCTIONS(rongpei::PlanText)

public:
    /// A fixed English header, in every language; `courseTitles` names the courses by id.
    static QString csv(const QList<PlanProgressLine> &lines, const QHash<qint64, QString> &courseTitles);
    static QString table(const QList<PlanProgressLine> &lines, const QHash<qint64, QString> &courseTitles);
};

} // namespace rongpei
