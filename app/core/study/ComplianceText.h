#pragma once

#include "study/HourCompliance.h"

#include <QCoreApplication>

namespace rongpei {

/// Compliance rows as text: CSV for scripts and spreadsheets, an aligned table for a terminal.
class ComplianceText final
{
    Q_DECLARE_TR_FUNCTIONS(rongpei::ComplianceText)

public:
    /// RFC 4180 CSV with a fixed English header and codes, hours with one decimal; no BOM.
    static QString csv(const QList<ComplianceRow> &rows);
    /// A table with translated headings, padded for a monospaced terminal (CJK counts double).
    static QString table(const QList<ComplianceRow> &rows);
};

} // namespace rongpei
