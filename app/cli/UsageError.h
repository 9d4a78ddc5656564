#pragma once

#include <QString>

#include <stdexcept>

namespace rongpei {

/// A command line that does not say what to do, e.g. `--format xml`: rongpei-cli prints the
/// message and the command's help on stderr and exits with ExitCode::Usage.
class UsageError final : public std::runtime_error
{
public:
    explicit UsageError(const QString &message)
        : std::runtime_error(message.toStdString())
        , m_message(message)
    {}

    const QString &message() const noexcept { return m_message; }

private:
    QString m_message;
};

} // namespace rongpei
