#pragma once

#include "history/RecordHistory.h"

#include <QCoreApplication>
#include <QDate>
#include <QSet>

#include <optional>
#include <vector>

namespace rongpei {

class AccessPolicy;
class Database;

/// Which changes the audit view lists.
struct AuditFilter
{
    /// The signed-in user who made them; all when empty.
    QString user;
    /// Made on these days (local time), both included; open when invalid.
    QDate from;
    QDate to;
    /// Of this record kind's code (Workspace::recordKinds()), with its parts; all when empty.
    QString kind;
    /// Of records of these units; all when nullopt.
    std::optional<QSet<qint64>> units;
    /// The newest this many changes.
    int limit = 5000;
};

/// One field of one change, with what and whose record it concerned.
struct AuditLine
{
    HistoryLine change;
    QString user;
    QString kind;
    QString record;
    qint64 unitId = 0;
};

/// The audit trail (审计): every change anyone made, from the change journal, newest first. There
/// is no way to change it here or anywhere in RongPei; AuditChain proves nobody did outside it.
class AuditTrail final
{
    Q_DECLARE_TR_FUNCTIONS(rongpei::AuditTrail)

public:
    /// What `filter` selects of what `access` may read; `truncated` tells whether the limit cut it.
    static std::vector<AuditLine> lines(const Database &database, const AuditFilter &filter,
                                        const AccessPolicy &access, bool *truncated = nullptr);
    /// Everyone who ever changed something, for the filter.
    static QStringList users(const Database &database);
};

} // namespace rongpei
