#pragma once

#include <QCoreApplication>
#include <QString>

#include <stdexcept>

class QSqlError;

namespace rongpei {

/// A storage failure, with a message meant for the user.
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
        NewerSchema,
        Corrupt,
        NeedsRecovery,
        Busy,
        ReadOnly,
        DiskFull,
        Constraint,
        Other,
    };

    DatabaseError(Kind kind, const QString &message);

    Kind kind() const noexcept { return m_kind; }
    const QString &message() const noexcept { return m_message; }

    /// Translates an SQLite error into a kind and a plain-language message.
    static DatabaseError fromSqlError(const QSqlError &error, const QString &path);

private:
    Kind m_kind;
    QString m_message;
};

} // namespace rongpei
