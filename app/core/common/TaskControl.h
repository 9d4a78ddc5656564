#pragma once

#include <exception>
#include <functional>

namespace rongpei {

/// Thrown by a computation that stopped early because it was asked to.
class TaskCanceled final : public std::exception
{
public:
    const char *what() const noexcept override { return "canceled"; }
};

/// What a long computation in core is handed so it can report progress and stop early;
/// core knows nothing of threads. The default reports nowhere and never stops.
struct TaskControl
{
    std::function<bool()> canceled = [] { return false; };
    std::function<void(int done, int total)> progress = [](int, int) {};

    /// Throws TaskCanceled if the computation should stop.
    void checkpoint() const
    {
        if (canceled())
            throw TaskCanceled();
    }
};

} // namespace rongpei
