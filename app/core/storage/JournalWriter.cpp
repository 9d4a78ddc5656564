#include "storage/JournalWriter.h"

#include "storage/Database.h"
#include "storage/SqlValue.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QSysInfo>

namespace rongpei {

JournalAuthor JournalAuthor::ofThisProcess()
{
    QString login = qEnvironmentVariable("USER");
    if (login.isEmpty())
        login = qEnvironmentVariable("USERNAME");
    const QString host = QSysInfo::machineHostName();
    // The executable's name tells the window (rongpei) from the command line (rongpei-cli).
    const QString program = QFileInfo(QCoreApplication::applicationFilePath()).completeBaseName();
    return {login.isEmpty() ? host : login + u'@' + host, QString(),
            program.isEmpty() ? QCoreApplication::applicationName() : program};
}

JournalWriter::JournalWriter(Database &database)
    : m_database(database)
    , m_author(JournalAuthor::ofThisProcess())
    , m_now([] { return QDateTime::currentDateTimeUtc(); })
{}

void JournalWriter::begin()
{
    m_transaction = 0;
    if (!m_enabled)
        return;
    const QString at = m_now().toUTC().toString(Qt::ISODateWithMs);
    QSqlQuery insert = m_database.prepare(
        QStringLiteral("INSERT INTO journal_transaction (at, device, user, program) VALUES (?, ?, ?, ?)"));
    insert.addBindValue(at);
    insert.addBindValue(SqlValue::text(m_author.device));
    insert.addBindValue(SqlValue::text(m_author.user));
    insert.addBindValue(m_author.program.isEmpty() ? QStringLiteral("rongpei") : m_author.program);
    m_database.exec(insert);
    m_transaction = insert.lastInsertId().toLongLong();
    QSqlQuery writer = m_database.prepare(QStringLiteral("UPDATE journal_writer SET txn = ?, at = ?"));
    writer.addBindValue(m_transaction);
    writer.addBindValue(at);
    m_database.exec(writer);
    QSqlQuery last = m_database.prepare(QStringLiteral("SELECT coalesce(max(seq), 0) FROM journal"));
    m_lastSequenceBefore = m_database.scalar(last).toLongLong();
}

void JournalWriter::finish()
{
    if (m_bulk)
        throw DatabaseError(DatabaseError::Kind::Other,
                            Database::tr("A bulk write was not finished, so nothing was saved."));
    if (m_transaction == 0)
        return;
    QSqlQuery clear = m_database.prepare(QStringLiteral("UPDATE journal_writer SET txn = NULL, at = NULL"));
    m_database.exec(clear);
    QSqlQuery last = m_database.prepare(QStringLiteral("SELECT coalesce(max(seq), 0) FROM journal"));
    const bool changed = m_database.scalar(last).toLongLong() > m_lastSequenceBefore;
    if (!changed) {
        QSqlQuery unused = m_database.prepare(QStringLiteral("DELETE FROM journal_transaction WHERE id = ?"));
        unused.addBindValue(m_transaction);
        m_database.exec(unused);
        m_pending = m_transaction = 0;
        return;
    }
    if (m_guard)
        m_guard(m_lastSequenceBefore);
    if (m_sealing) {
        AuditChain::seal(m_database, m_lastSequenceBefore);
        m_head = AuditChain::head(m_database);
    }
    m_pending = m_transaction;
    m_transaction = 0;
}

void JournalWriter::committed()
{
    if (m_pending != 0 && m_watched)
        m_committed.push_back(m_pending);
    m_pending = 0;
    if (!m_head.isEmpty() && m_sealedListener)
        m_sealedListener(m_head);
    m_head = {};
}

} // namespace rongpei
