#include "storage/BulkRead.h"

#include "storage/Database.h"

#include <QSqlDriver>

#include <sqlite3.h>

namespace rongpei {

static_assert(SQLITE_INTEGER == int(BulkRead::Storage::Integer) &&
              SQLITE_FLOAT == int(BulkRead::Storage::Real) && SQLITE_TEXT == int(BulkRead::Storage::Text) &&
              SQLITE_BLOB == int(BulkRead::Storage::Blob) && SQLITE_NULL == int(BulkRead::Storage::Null));

namespace {

sqlite3 *connectionOf(const QSqlDatabase &database)
{
    // Qt's driver hands out its sqlite3 handle; it links the same libsqlite3 as RongPei.
    const QVariant handle = database.driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(handle.constData());
}

int digits(const char *text, int count)
{
    int value = 0;
    for (int i = 0; i < count; ++i) {
        if (text[i] < '0' || text[i] > '9')
            return -1;
        value = value * 10 + (text[i] - '0');
    }
    return value;
}

/// `yyyy-MM-dd` without QDate::fromString's general parser; invalid if it is anything else.
QDate isoDate(const char *text, int length)
{
    if (length < 10 || text[4] != '-' || text[7] != '-')
        return {};
    const int year = digits(text, 4);
    const int month = digits(text + 5, 2);
    const int day = digits(text + 8, 2);
    if (year < 0 || month < 0 || day < 0)
        return {};
    return QDate(year, month, day);
}

} // namespace

BulkRead::BulkRead(const Database &database, const QString &sql)
    : m_database(database)
{
    sqlite3 *connection = connectionOf(QSqlDatabase::database(database.m_connectionName, false));
    if (!connection)
        throw DatabaseError(DatabaseError::Kind::Other,
                            Database::tr("Working with the database %1 failed.").arg(database.path()),
                            QStringLiteral("no SQLite handle behind the connection"));
    const QByteArray utf8 = sql.toUtf8();
    const int code =
        sqlite3_prepare_v2(connection, utf8.constData(), int(utf8.size()), &m_statement, nullptr);
    if (code != SQLITE_OK) {
        const QString detail = QString::fromUtf8(sqlite3_errmsg(connection));
        sqlite3_finalize(m_statement);
        throw DatabaseError::fromSqliteCode(code, detail, database.path());
    }
}

BulkRead::~BulkRead()
{
    sqlite3_finalize(m_statement);
}

void BulkRead::bind(int index, qint64 value)
{
    sqlite3_bind_int64(m_statement, index, value);
}

void BulkRead::bind(int index, const QString &value)
{
    const QByteArray utf8 = value.toUtf8();
    sqlite3_bind_text(m_statement, index, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
}

bool BulkRead::next()
{
    const int code = sqlite3_step(m_statement);
    if (code == SQLITE_ROW)
        return true;
    if (code == SQLITE_DONE)
        return false;
    throw DatabaseError::fromSqliteCode(sqlite3_extended_errcode(sqlite3_db_handle(m_statement)),
                                        QString::fromUtf8(sqlite3_errmsg(sqlite3_db_handle(m_statement))),
                                        m_database.path());
}

BulkRead::Storage BulkRead::storage(int column) const
{
    // SQLite's own codes, SQLITE_INTEGER … SQLITE_NULL, are 1 … 5.
    return static_cast<Storage>(sqlite3_column_type(m_statement, column));
}

QByteArrayView BulkRead::bytes(int column) const
{
    const auto *data = static_cast<const char *>(sqlite3_column_blob(m_statement, column));
    return data ? QByteArrayView(data, sqlite3_column_bytes(m_statement, column)) : QByteArrayView();
}

bool BulkRead::isNull(int column) const
{
    return sqlite3_column_type(m_statement, column) == SQLITE_NULL;
}

qint64 BulkRead::integer(int column) const
{
    return sqlite3_column_int64(m_statement, column);
}

double BulkRead::real(int column) const
{
    return sqlite3_column_double(m_statement, column);
}

QString BulkRead::text(int column) const
{
    const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(m_statement, column));
    return text ? QString::fromUtf8(text, sqlite3_column_bytes(m_statement, column)) : QString();
}

QDate BulkRead::date(int column) const
{
    const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(m_statement, column));
    return text && sqlite3_column_bytes(m_statement, column) == 10 ? isoDate(text, 10) : QDate();
}

QDateTime BulkRead::dateTime(int column) const
{
    const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(m_statement, column));
    if (!text)
        return {};
    const int length = sqlite3_column_bytes(m_statement, column);
    // The repositories write yyyy-MM-ddTHH:mm:ssZ (Clock::timestamp); anything else goes to
    // Qt's full parser.
    const bool utc = length == 20 && text[19] == 'Z';
    if ((utc || length == 19) && text[10] == 'T' && text[13] == ':' && text[16] == ':') {
        const QDate day = isoDate(text, 10);
        const int hour = digits(text + 11, 2);
        const int minute = digits(text + 14, 2);
        const int second = digits(text + 17, 2);
        if (day.isValid() && hour >= 0 && minute >= 0 && second >= 0)
            return QDateTime(day, QTime(hour, minute, second), utc ? Qt::UTC : Qt::LocalTime);
    }
    return QDateTime::fromString(QString::fromUtf8(text, length), Qt::ISODate);
}

} // namespace rongpei
