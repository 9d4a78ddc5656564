#pragma once

#include <QCoreApplication>

namespace rongpei {

struct CommandContext;
class Workspace;

/// Asks who is working when a file has users, as the window does: RONGPEI_USER and
/// RONGPEI_PASSWORD for scripts, or else a prompt on the terminal with the password not shown.
class CliSignIn final
{
    Q_DECLARE_TR_FUNCTIONS(rongpei::CliSignIn)

public:
    /// Signs in unless the file has no users; throws SignInError (a DatabaseError) when refused.
    static void signIn(Workspace &workspace, CommandContext &context);
};

} // namespace rongpei
