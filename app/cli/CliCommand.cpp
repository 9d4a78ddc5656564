#include "CliCommand.h"

#include "common/UserMessage.h"

namespace rongpei {

int CommandContext::fail(const std::exception &error)
{
    err << userMessage(error) << '\n';
    if (const QString details = userDetails(error); showDetails && !details.isEmpty())
        err << details << '\n';
    return ExitCode::Failure;
}

} // namespace rongpei
