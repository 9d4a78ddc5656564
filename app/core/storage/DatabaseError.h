#pragma once

#include <QCoreApplication>
#include <QString>

#include <stdexcept>

class QSqlError;

namespace rongpei {

/// A storage failure, with a message meant for the user: what is wrong and what to do, in
/// the user's language. SQLite's own words and check results go to details(), for a
/// "details" button or a log, never into the message.
class DatabaseError : public std::runtime_error
{
    Q_DECLARE_TR_FUNCTIONS(rongpei::DatabaseError)

public:
    enum class Kind
    {
        NotFound,
        CannotOpen,
        NotSqlite,
        ForeignApplication,
        /// RongPei's mark, but not the tables, views and triggers its schema version defines.
        SchemaMismatch,
        /// A `-journal` or `-wal` beside the file that would damage it if applied.
        StrayJournal,
        NewerSchema,
        Corrupt,
        NeedsRecovery,
        Busy,
        ReadOnly,
        DiskFull,
        Constraint,
        /// The signed-in user may not read or change this; nothing was saved.
        Permission,
        Other,
    };

    DatabaseError(Kind kind, const QString &message, const QString &details = {});

    Kind kind() const noexcept { return m_kind; }
    const QString &message() const noexcept { return m_message; }
    /// What SQLite or a check said, untranslated; empty when the message says it all.
    const QString &details() const noexcept { return m_details; }

    /// Translates an SQLite error into a kind and a plain-language message.
    static DatabaseError fromSqlError(const QSqlError &error, const QString &path);
    /// The same from SQLite's own result code and message.
    static DatabaseError fromSqliteCode(int code, const QString &detail, const QString &path);

private:
    Kind m_kind;
    QString m_message;
    QString m_details;
};

} // namespace rongpei
