#include "common/UserMessage.h"

#include "common/FileError.h"
#include "common/ValidationError.h"
#include "storage/DatabaseError.h"

namespace rongpei {

QString userMessage(const std::exception &error)
{
    if (const auto *invalid = dynamic_cast<const ValidationError *>(&error))
        return invalid->message();
    if (const auto *storage = dynamic_cast<const DatabaseError *>(&error))
        return storage->message();
    if (const auto *file = dynamic_cast<const FileError *>(&error))
        return file->message();
    return QString::fromLocal8Bit(error.what());
}

QString userDetails(const std::exception &error)
{
    if (const auto *storage = dynamic_cast<const DatabaseError *>(&error))
        return storage->details();
    return {};
}

} // namespace rongpei
