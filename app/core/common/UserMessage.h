#pragma once

#include <QString>

#include <exception>

namespace rongpei {

/// The plain-language message of a RongPei error (ValidationError, DatabaseError), or
/// the raw text of any other exception.
QString userMessage(const std::exception &error);

/// What a RongPei error knows beyond its message (SQLite's words, a check's findings), for a
/// "details" button or a log; empty when there is nothing more.
QString userDetails(const std::exception &error);

} // namespace rongpei
