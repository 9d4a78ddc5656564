#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <map>
#include <optional>
#include <vector>

namespace rongpei {

class Database;

/// One field of a journal row: before and after as SQLite held them (an absent side is null).
struct FieldChange
{
    QString field;
    QVariant before;
    QVariant after;
};

enum class JournalOperation
{
    Insert,
    Update,
    Delete,
    /// The records a table held when the journal began.
    Baseline,
    /// Records written in bulk (the demo), one row for all of them.
    Bulk
};

/// A row of the change journal: one insert, update or delete of one record.
struct JournalEntry
{
    qint64 sequence = 0;
    /// The journal_transaction that wrote it; 0 if another program wrote it.
    qint64 transaction = 0;
    QDateTime at;
    QString table;
    qint64 recordId = 0;
    QString recordUuid;
    JournalOperation operation = JournalOperation::Insert;
    qint64 branchId = 0;
    QDate datedOn;
    QString device;
    QString user;
    QString program;
    std::vector<FieldChange> fields;

    const FieldChange *field(const QString &name) const;
    /// The record's value of `name` as this change left it (before a delete: its last state).
    QVariant value(const QString &name) const;
};

/// Which journal rows changesSince() returns.
struct JournalFilter
{
    /// Only rows of these tables; all when empty.
    QStringList tables;
    /// Only rows of records of these branches; all when empty.
    QList<qint64> branchIds;
    /// At most this many rows, the oldest first; all when 0.
    int limit = 0;
};

/// Reads the change journal, which the triggers of storage/ChangeJournalTriggers write: what
/// live refresh, a record's history, the recycle bin, exchange packages and the audit trail use.
class ChangeJournal final
{
    Q_DECLARE_TR_FUNCTIONS(rongpei::ChangeJournal)

public:
    /// The sequence number of the newest journal row, 0 when there is none.
    static qint64 lastSequence(const Database &database);
    /// The rows after `sequence`, oldest first.
    static std::vector<JournalEntry> changesSince(const Database &database, qint64 sequence,
                                                  const JournalFilter &filter = {});
    /// Every change of one record, oldest first.
    static std::vector<JournalEntry> history(const Database &database, const QString &table,
                                             const QString &uuid);
    /// Whether a record of `tables` dated within [from, to] — before or after the change — was
    /// inserted, changed or deleted after `sequence`: has a finalised period's data moved?
    static bool changedWithin(const Database &database, const QStringList &tables, QDate from, QDate to,
                              qint64 sequence);
    /// The rows of these sequence numbers, oldest first.
    static std::vector<JournalEntry> entries(const Database &database, const QList<qint64> &sequences);
    /// The tables the journal covers.
    static QStringList journalledTables(const Database &database);
    /// Human words for an operation, for history lists.
    static QString operationLabel(JournalOperation operation);
    static QString operationCode(JournalOperation operation);
    static std::optional<JournalOperation> operationFromCode(const QString &code);
};

/// Inside an open transaction, takes the journal's triggers off while a great many records are
/// written at once (the demo generator); finish() puts them back and writes one 'bulk' row per
/// table that grew, with how many rows and which ids. The transaction cannot commit before
/// finish(). Nothing else is exempt: imports are journalled.
class BulkJournal final
{
public:
    explicit BulkJournal(Database &database);
    ~BulkJournal();
    Q_DISABLE_COPY_MOVE(BulkJournal)

    void finish();

private:
    void restoreTriggers();

    Database &m_database;
    std::map<QString, qint64> m_lastIds;
    bool m_finished = false;
};

} // namespace rongpei
