#pragma once

#include "history/RecordKind.h"

#include <QCoreApplication>
#include <QDateTime>

#include <optional>
#include <vector>

namespace rongpei {

class AccessPolicy;
class Database;
struct JournalEntry;

/// One line of a record's history: one field of one change, in words.
struct HistoryLine
{
    qint64 sequence = 0;
    QDateTime at;
    /// Who wrote it: the device and program (later the signed-in user).
    QString author;
    QString operation;
    /// What the change concerned when not the record itself: "点名 张敏" for a roll-call line.
    QString subject;
    QString field;
    QString before;
    QString after;
};

/// A record's history from the change journal, as the History tab and `rongpei-cli history` show it.
class RecordHistory final
{
    Q_DECLARE_TR_FUNCTIONS(rongpei::RecordHistory)

public:
    /// The lines of journal rows of any tables, in words: for the audit trail.
    static std::vector<HistoryLine> describe(const Database &database,
                                             const std::vector<JournalEntry> &entries);

    /// Every change of the record with `uuid` and of its children, oldest first. Throws
    /// DatabaseError (Kind::Permission) if the record ever belonged to a unit `access` may not read.
    static std::vector<HistoryLine> lines(const Database &database, const RecordKind &kind,
                                          const QString &uuid, const AccessPolicy &access);
    /// The newest journal row of the record or of one of its children: what an open edit compares
    /// with before saving, to notice a change made meanwhile by another window or program.
    static std::optional<JournalEntry> lastChange(const Database &database, const RecordKind &kind,
                                                  const QString &uuid);
    /// How the record `id` of `table` is named: by its kind's first field (a course by its title),
    /// else by its name; from its tombstone once deleted; "#id" if neither.
    static QString referenceName(const Database &database, const QString &table, qint64 id);
    /// Who wrote a journal row, in words: user, device and program, or "another program".
    static QString authorOf(const JournalEntry &entry);

    /// The uuid of the record that `idOrKey` names: its uuid, or its key column's value (a cadre's
    /// employee number), also for a deleted record; nullopt if none.
    static std::optional<QString> findUuid(const Database &database, const RecordKind &kind,
                                           const QString &idOrKey);
};

} // namespace rongpei
