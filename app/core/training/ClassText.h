#pragma once

#include "training/ClassOverview.h"

#include <QCoreApplication>
#include <QHash>

namespace rongpei {

/// Class figures as text (`rongpei-cli classes`): CSV for scripts and spreadsheets, an aligned
/// table for a terminal.
class ClassText final
{
    Q_DECLARE_TR_FUNCTIONS(rongpei::ClassText)

public:
    /// RFC 4180 CSV with a fixed English header, dates in ISO 8601, shares in whole percent and
    /// scores with one decimal (empty where there is none); no BOM.
    static QString csv(const QList<ClassFigures> &classes, const QHash<qint64, QString> &organisers);
    /// A table with translated headings, padded for a monospaced terminal, and a line of totals.
    static QString table(const QList<ClassFigures> &classes, const QHash<qint64, QString> &organisers);
};

} // namespace rongpei
