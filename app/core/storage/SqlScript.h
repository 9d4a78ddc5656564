#pragma once

#include <QStringList>

namespace rongpei {

/// Splits an SQL script into statements at semicolons outside quotes, comments and
/// CREATE TRIGGER bodies, because QSqlQuery executes one statement at a time.
QStringList splitSqlStatements(const QString &script);

} // namespace rongpei
