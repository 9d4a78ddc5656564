#include "storage/AuditChain.h"

#include "storage/BulkRead.h"
#include "storage/Database.h"

#include <QCryptographicHash>
#include <QSqlQuery>
#include <QtEndian>

#include <cstring>
#include <limits>
#include <vector>

namespace rongpei {

namespace {

constexpr auto algorithm = QCryptographicHash::Sha256;

void feedInteger(QCryptographicHash &hash, qint64 value)
{
    const qint64 little = qToLittleEndian(value);
    hash.addData(QByteArrayView(reinterpret_cast<const char *>(&little), sizeof little));
}

/// A value with its storage class and length, so that no two values feed the same bytes.
void feedValue(QCryptographicHash &hash, const BulkRead &row, int column)
{
    const BulkRead::Storage storage = row.storage(column);
    const char tag = char('0' + int(storage));
    hash.addData(QByteArrayView(&tag, 1));
    switch (storage) {
    case BulkRead::Storage::Null:
        return;
    case BulkRead::Storage::Integer:
        feedInteger(hash, row.integer(column));
        return;
    case BulkRead::Storage::Real: {
        const double value = row.real(column);
        qint64 bits = 0;
        static_assert(sizeof bits == sizeof value);
        std::memcpy(&bits, &value, sizeof bits);
        feedInteger(hash, bits);
        return;
    }
    case BulkRead::Storage::Text:
    case BulkRead::Storage::Blob: {
        const QByteArrayView bytes = row.bytes(column);
        feedInteger(hash, bytes.size());
        hash.addData(bytes);
        return;
    }
    }
}

QByteArray digestOf(const BulkRead &row, int column)
{
    QCryptographicHash hash(algorithm);
    feedValue(hash, row, column);
    return hash.result();
}

// The columns of a row that the seal covers, its transaction's among them: who and when.
const QString rowsSql =
    QStringLiteral("SELECT j.seq, j.txn, t.at, t.device, t.user, t.program, j.at, j.table_name, j.record_id, "
                   "j.record_uuid, j.operation, j.branch_id, j.dated_on, j.seal FROM journal j "
                   "LEFT JOIN journal_transaction t ON t.id = j.txn WHERE j.seq > ?1 ORDER BY j.seq");
constexpr int sealedColumns = 13;
constexpr int sealColumn = 13;
const QString fieldsSql = QStringLiteral(
    "SELECT seq, field, before, after, purged FROM journal_field WHERE seq > ?1 ORDER BY seq, field");

/// Walks the journal rows after a seq with their fields, computing each row's seal from the seal
/// stored on the row before it.
class ChainWalk
{
public:
    ChainWalk(const Database &database, qint64 afterSeq)
        : m_rows(database, rowsSql)
        , m_fields(database, fieldsSql)
    {
        m_rows.bind(1, afterSeq);
        m_fields.bind(1, afterSeq);
        m_haveField = m_fields.next();
        QSqlQuery previous = database.prepare(
            QStringLiteral("SELECT seal FROM journal WHERE seq <= ? ORDER BY seq DESC LIMIT 1"));
        previous.addBindValue(afterSeq);
        m_previous = database.scalar(previous).toByteArray();
    }

    bool next()
    {
        if (!m_rows.next())
            return false;
        const qint64 seq = m_rows.integer(0);
        QCryptographicHash hash(algorithm);
        feedInteger(hash, m_previous.size());
        hash.addData(m_previous);
        for (int column = 0; column < sealedColumns; ++column)
            feedValue(hash, m_rows, column);
        while (m_haveField && m_fields.integer(0) < seq)
            m_haveField = m_fields.next(); // a field without its row: the row's removal shows it
        while (m_haveField && m_fields.integer(0) == seq) {
            feedValue(hash, m_fields, 1);
            if (m_fields.isNull(4)) {
                hash.addData(digestOf(m_fields, 2));
                hash.addData(digestOf(m_fields, 3));
            } else {
                hash.addData(m_fields.bytes(4));
            }
            m_haveField = m_fields.next();
        }
        m_computed = hash.result();
        m_stored = m_rows.isNull(sealColumn) ? QByteArray() : m_rows.bytes(sealColumn).toByteArray();
        m_previous = m_stored;
        return true;
    }

    qint64 seq() const { return m_rows.integer(0); }
    const QByteArray &computed() const { return m_computed; }
    const QByteArray &stored() const { return m_stored; }
    /// Continues the chain from the seal just computed rather than the one stored (sealing).
    void adoptComputed() { m_previous = m_computed; }

private:
    BulkRead m_rows;
    BulkRead m_fields;
    bool m_haveField = false;
    QByteArray m_previous;
    QByteArray m_computed;
    QByteArray m_stored;
};

} // namespace

QString ChainHead::toText() const
{
    return QString::number(seq) + u':' + QString::fromLatin1(seal.toHex());
}

ChainHead ChainHead::fromText(const QString &text)
{
    const qsizetype colon = text.indexOf(u':');
    if (colon <= 0)
        return {};
    bool ok = false;
    const qint64 seq = text.left(colon).toLongLong(&ok);
    if (!ok || seq <= 0)
        return {};
    return {seq, QByteArray::fromHex(text.mid(colon + 1).toLatin1())};
}

QString ChainVerdict::message() const
{
    switch (problem) {
    case Problem::None:
        return AuditChain::tr("The audit trail is intact: %n change(s), each sealed to the one before.",
                              nullptr, int(qMin<qint64>(rows, std::numeric_limits<int>::max())));
    case Problem::Altered:
        return AuditChain::tr("The audit trail was altered: change %1 is not what was saved. Restore the "
                              "last backup made before it, and find out who changed the file.")
            .arg(badSeq);
    case Problem::Removed:
        return AuditChain::tr("The audit trail is missing changes from %1 on: they were deleted from the "
                              "file. Restore the last backup made before it, and find out who changed "
                              "the file.")
            .arg(badSeq);
    case Problem::Unsealed:
        return AuditChain::tr("Change %1 of the audit trail was not saved by RongPei: it was written into "
                              "the file by another program. Find out who changed the file.")
            .arg(badSeq);
    case Problem::Behind:
        return AuditChain::tr("The audit trail ends before change %1, which this computer saw saved: "
                              "this is an older copy of the file (a backup), or its last changes were "
                              "deleted.")
            .arg(badSeq);
    case Problem::Rewritten:
        return AuditChain::tr("The audit trail was rewritten: change %1, as this computer saw it, is no "
                              "longer in the file as it was. Restore a backup, and find out who changed "
                              "the file.")
            .arg(badSeq);
    }
    return {};
}

bool AuditChain::isSealed(const Database &database)
{
    QSqlQuery query =
        database.prepare(QStringLiteral("SELECT 1 FROM pragma_table_info('journal') WHERE name = 'seal'"));
    database.exec(query);
    return query.next();
}

void AuditChain::seal(const Database &database, qint64 afterSeq)
{
    std::vector<std::pair<qint64, QByteArray>> seals;
    {
        ChainWalk walk(database, afterSeq);
        while (walk.next()) {
            seals.emplace_back(walk.seq(), walk.computed());
            walk.adoptComputed();
        }
    }
    QSqlQuery update = database.prepare(QStringLiteral("UPDATE journal SET seal = ? WHERE seq = ?"));
    for (const auto &[seq, seal] : seals) {
        update.bindValue(0, seal);
        update.bindValue(1, seq);
        database.exec(update);
    }
}

ChainHead AuditChain::head(const Database &database)
{
    QSqlQuery query =
        database.prepare(QStringLiteral("SELECT seq, seal FROM journal ORDER BY seq DESC LIMIT 1"));
    database.exec(query);
    if (!query.next())
        return {};
    return {query.value(0).toLongLong(), query.value(1).toByteArray()};
}

ChainVerdict AuditChain::verify(const Database &database, const ChainHead &anchor, const TaskControl &control)
{
    ChainVerdict verdict;
    QSqlQuery count = database.prepare(QStringLiteral("SELECT count(*) FROM journal"));
    const qint64 total = database.scalar(count).toLongLong();
    const auto fail = [&verdict](ChainVerdict::Problem problem, qint64 seq) {
        verdict.problem = problem;
        verdict.badSeq = seq;
        return verdict;
    };
    bool anchorSeen = anchor.isEmpty();
    ChainWalk walk(database, 0);
    qint64 expectedSeq = 1;
    while (walk.next()) {
        if ((verdict.rows & 0xfff) == 0) {
            control.checkpoint();
            control.progress(int(verdict.rows * 1000 / qMax<qint64>(total, 1)), 1000);
        }
        ++verdict.rows;
        const qint64 seq = walk.seq();
        if (seq != expectedSeq)
            return fail(ChainVerdict::Problem::Removed, expectedSeq);
        expectedSeq = seq + 1;
        if (walk.stored().isEmpty())
            return fail(ChainVerdict::Problem::Unsealed, seq);
        if (walk.stored() != walk.computed())
            return fail(ChainVerdict::Problem::Altered, seq);
        if (seq == anchor.seq) {
            if (walk.stored() != anchor.seal)
                return fail(ChainVerdict::Problem::Rewritten, seq);
            anchorSeen = true;
        }
        verdict.head = {seq, walk.stored()};
    }
    if (!anchorSeen)
        return fail(verdict.head.seq < anchor.seq ? ChainVerdict::Problem::Behind
                                                  : ChainVerdict::Problem::Rewritten,
                    verdict.head.seq < anchor.seq ? verdict.head.seq + 1 : anchor.seq);
    return verdict;
}

QByteArray AuditChain::fieldDigest(const BulkRead &row, int column)
{
    return digestOf(row, column);
}

} // namespace rongpei
