#include "history/PersonalDataPurge.h"

#include "accounts/AccessPolicy.h"
#include "common/ValidationError.h"
#include "storage/AuditChain.h"
#include "storage/BulkRead.h"
#include "storage/Database.h"

#include <QSettings>
#include <QSqlQuery>

#include <vector>

namespace rongpei {

namespace {

const QString retentionKey = QStringLiteral("privacy/journalRetentionYears");

// What stays: where the record belonged (the audit's scope and permissions) and when it changed.
const QString keptFields =
    QStringLiteral("('branch_id', 'department_id', 'cadre_id', 'created_at', 'updated_at')");

} // namespace

int PersonalDataPurge::retentionYears()
{
    return QSettings().value(retentionKey, defaultRetentionYears).toInt();
}

void PersonalDataPurge::setRetentionYears(int years)
{
    QSettings().setValue(retentionKey, qMax(0, years));
}

int PersonalDataPurge::purgeCadre(Database &database, const AccessPolicy &access, const QString &uuid,
                                  int retentionYears, const QDateTime &now)
{
    access.require(Permission::PurgePersonalData);
    QSqlQuery last =
        database.prepare(QStringLiteral("SELECT operation, at FROM journal WHERE table_name = 'cadre' AND "
                                        "record_uuid = ? ORDER BY seq DESC LIMIT 1"));
    last.addBindValue(uuid);
    database.exec(last);
    if (!last.next() || last.value(0).toString() != QLatin1String("delete"))
        throw ValidationError(tr("Only a deleted cadre's data can be purged: delete the cadre first."));
    const QDateTime deletedAt = QDateTime::fromString(last.value(1).toString(), Qt::ISODateWithMs);
    last.finish(); // no read left open: the checkpoint below must be able to empty the log
    if (deletedAt.addYears(retentionYears) > now)
        throw ValidationError(
            tr("This cadre was deleted on %1; their data is kept for %n year(s) after that.", nullptr,
               retentionYears)
                .arg(deletedAt.toLocalTime().date().toString(Qt::ISODate)));

    QSqlQuery record = database.prepare(QStringLiteral(
        "SELECT record_id FROM journal WHERE table_name = 'cadre' AND record_uuid = ? LIMIT 1"));
    record.addBindValue(uuid);
    const qint64 cadreId = database.scalar(record).toLongLong();

    Transaction transaction(database);
    std::vector<std::tuple<qint64, QString, QByteArray>> purged;
    QStringList files; // the digests of the cadre's attached files
    {
        // The cadre's own rows, and those of every file ever attached to them.
        BulkRead fields(
            database,
            QStringLiteral("SELECT f.seq, f.field, f.before, f.after FROM journal_field f JOIN journal j "
                           "ON j.seq = f.seq WHERE ((j.table_name = 'cadre' AND j.record_uuid = ?1) OR "
                           "(j.table_name = 'attachment' AND j.record_uuid IN (SELECT a.record_uuid FROM "
                           "journal a JOIN journal_field af ON af.seq = a.seq WHERE a.table_name = "
                           "'attachment' AND af.field = 'cadre_id' AND coalesce(af.before, af.after) = ?2))) "
                           "AND f.purged IS NULL AND f.field NOT IN %1 ORDER BY f.seq, f.field")
                .arg(keptFields));
        fields.bind(1, uuid);
        fields.bind(2, cadreId);
        while (fields.next()) {
            if (fields.text(1) == QLatin1String("sha256"))
                files.append(fields.text(fields.isNull(2) ? 3 : 2));
            purged.emplace_back(fields.integer(0), fields.text(1),
                                AuditChain::fieldDigest(fields, 2) + AuditChain::fieldDigest(fields, 3));
        }
    }
    QSqlQuery update = database.prepare(QStringLiteral(
        "UPDATE journal_field SET before = NULL, after = NULL, purged = ? WHERE seq = ? AND field = ?"));
    for (const auto &[seq, field, digests] : purged) {
        update.bindValue(0, digests);
        update.bindValue(1, seq);
        update.bindValue(2, field);
        database.exec(update);
    }
    // Their bytes too, unless a record that stays holds the same file.
    QSqlQuery dropFile = database.prepare(
        QStringLiteral("DELETE FROM attachment_content WHERE sha256 = ? AND NOT EXISTS (SELECT 1 FROM "
                       "attachment WHERE sha256 = ?)"));
    for (const QString &sha256 : std::as_const(files)) {
        dropFile.bindValue(0, sha256);
        dropFile.bindValue(1, sha256);
        database.exec(dropFile);
    }
    transaction.commit();
    // The old values may still be in the write-ahead log's frames: write them into the file (where
    // secure_delete has zeroed them) and empty the log.
    try {
        database.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    } catch (const DatabaseError &error) {
        // Another program reading the file holds the log: SQLite checkpoints it later by itself.
        if (error.kind() != DatabaseError::Kind::Busy)
            throw;
    }
    return static_cast<int>(purged.size());
}

} // namespace rongpei
