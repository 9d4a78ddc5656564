#pragma once

#include <QString>

namespace rongpei {

class Clock;

/// Slows guessing: after a few wrong passwords for a user of a file, the next attempt must wait,
/// longer each time. Counted in this computer's settings, not in the database, so a read-only
/// command still writes nothing to the file.
class SignInThrottle final
{
public:
    SignInThrottle(QString fileId, const Clock &clock);

    /// Wrong passwords allowed before attempts must wait.
    static constexpr int freeAttempts = 3;
    static constexpr int longestWaitSeconds = 300;

    /// How long until `name` may try again; 0 when now.
    int secondsToWait(const QString &name) const;
    void failed(const QString &name);
    void succeeded(const QString &name);

private:
    QString key(const QString &name) const;

    QString m_fileId;
    const Clock &m_clock;
};

} // namespace rongpei
