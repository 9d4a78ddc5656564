#pragma once

#include "common/TaskControl.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace rongpei {

class BulkRead;
class Database;

/// The last sealed row of a journal: what a PC's settings, a backup's or a package's manifest keep,
/// so a history recomputed from scratch no longer matches what was seen before.
struct ChainHead
{
    qint64 seq = 0;
    QByteArray seal;

    bool isEmpty() const { return seq == 0; }
    bool operator==(const ChainHead &) const = default;
    /// "seq:hex", as the settings keep it.
    QString toText() const;
    static ChainHead fromText(const QString &text);
};

/// What verifying the chain found: intact, or the first row that is not as it was sealed.
struct ChainVerdict
{
    enum class Problem
    {
        None,
        /// A row's fields, transaction or seal differ from what was sealed.
        Altered,
        /// Rows are missing: seq jumps.
        Removed,
        /// A row that RongPei never sealed: written by another program, or inserted.
        Unsealed,
        /// The anchor kept outside the file names a row the file no longer has as it was.
        Rewritten,
        /// The file ends before the row the anchor names: an older copy (a backup), or its last
        /// changes were removed.
        Behind,
    };

    Problem problem = Problem::None;
    qint64 rows = 0;
    /// The first bad row (for Removed, the first missing seq).
    qint64 badSeq = 0;
    ChainHead head;

    bool isIntact() const { return problem == Problem::None; }
    /// Whether the chain in the file itself is broken, as against only behind what was seen.
    bool isBroken() const { return problem != Problem::None && problem != Problem::Behind; }
    /// In the user's language: what is wrong, where, and what to do.
    QString message() const;
};

/// The audit trail's tamper evidence: every journal row carries a seal, SHA-256 over the previous
/// row's seal and this row with its transaction and fields, set in C++ as RongPei commits. A row
/// altered, removed or inserted breaks it at that row; rewriting the whole chain is caught by the
/// head kept outside the file (ChainHead).
class AuditChain final
{
    Q_DECLARE_TR_FUNCTIONS(rongpei::AuditChain)

public:
    /// Whether the file's journal has seals (schema 17 adds them).
    static bool isSealed(const Database &database);

    /// Seals the rows after `afterSeq`, in seq order, inside the caller's transaction.
    static void seal(const Database &database, qint64 afterSeq);

    /// The last row and its seal.
    static ChainHead head(const Database &database);

    /// Recomputes every seal in seq order; with `anchor`, also checks that the row it names still
    /// carries its seal.
    static ChainVerdict verify(const Database &database, const ChainHead &anchor = {},
                               const TaskControl &control = {});

    /// The digest a field value enters the chain with, as journal_field.purged keeps it.
    static QByteArray fieldDigest(const BulkRead &row, int column);
};

} // namespace rongpei
