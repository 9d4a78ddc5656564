#pragma once

#include "storage/DatabaseError.h"

namespace rongpei {

/// Signing in was refused: a wrong name or password, a disabled user, or too many attempts. A
/// permission error like any other, so every place that shows errors shows it.
class SignInError final : public DatabaseError
{
public:
    explicit SignInError(const QString &message, int secondsToWait = 0)
        : DatabaseError(Kind::Permission, message)
        , m_secondsToWait(secondsToWait)
    {}

    /// How long before the next attempt is taken, after too many wrong passwords.
    int secondsToWait() const noexcept { return m_secondsToWait; }

private:
    int m_secondsToWait;
};

} // namespace rongpei
