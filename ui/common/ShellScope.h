#pragma once

#include "common/Period.h"

#include <QSet>
#include <QString>

#include <optional>

namespace rongpei {

/// The scope and period chosen at the top of the main window, which every page follows.
struct ShellScope
{
    qint64 unitId = 0; // 0: every unit of the enterprise
    QString unitName;
    /// The branches in scope; std::nullopt for every branch.
    std::optional<QSet<qint64>> branches;
    /// The branches and committees in scope, which host study sessions; std::nullopt for all.
    std::optional<QSet<qint64>> hosts;
    Period period = Period::year(2000);

    /// The single branch in scope, or 0: where a new record starts.
    qint64 singleBranch() const { return branches && branches->size() == 1 ? *branches->begin() : 0; }
    /// "第一党支部 · 2026年第3季度": heads printed tables and exports.
    QString caption() const { return unitName + QStringLiteral(" · ") + period.label(); }
};

} // namespace rongpei
