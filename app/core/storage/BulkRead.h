#pragma once

#include <QByteArrayView>
#include <QDate>
#include <QDateTime>
#include <QString>

struct sqlite3_stmt;

namespace rongpei {

class Database;

/// A SELECT read straight from SQLite on a Database's own connection, for lists of thousands of
/// records: QSqlQuery turns every value into a QVariant first (and SQLite every text into
/// UTF-16), which is most of the time a 20,000-cadre roster takes to read. Columns are read by
/// index, typed; failures throw DatabaseError as Database::exec does.
class BulkRead final
{
public:
    BulkRead(const Database &database, const QString &sql);
    ~BulkRead();
    BulkRead(const BulkRead &) = delete;
    BulkRead &operator=(const BulkRead &) = delete;

    /// Binds parameter `index` (from 1, as SQLite counts) before the first next().
    void bind(int index, qint64 value);
    void bind(int index, const QString &value);

    /// Steps to the next row; false after the last.
    bool next();

    /// SQLite's storage classes, as a value is held.
    enum class Storage
    {
        Integer = 1,
        Real = 2,
        Text = 3,
        Blob = 4,
        Null = 5
    };
    Storage storage(int column) const;
    /// A text's UTF-8 or a blob's bytes as SQLite holds them, valid until the next step.
    QByteArrayView bytes(int column) const;

    bool isNull(int column) const;
    qint64 integer(int column) const;
    double real(int column) const;
    QString text(int column) const;
    /// A `yyyy-MM-dd` date; invalid for NULL or anything else.
    QDate date(int column) const;
    /// An ISO 8601 date and time as the repositories write it.
    QDateTime dateTime(int column) const;

private:
    const Database &m_database;
    sqlite3_stmt *m_statement = nullptr;
};

} // namespace rongpei
