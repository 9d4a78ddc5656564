#pragma once

#include <QString>

#include <exception>

namespace rongpei {

/// The plain-language message of a RongPei error (ValidationError, DatabaseError), or
/// the raw text of any other exception.
QString userMessage(const std::exception &error);

} // namespace rongpei
