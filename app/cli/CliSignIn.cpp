#include "CliSignIn.h"

#include "CliCommand.h"
#include "Workspace.h"

#include <QTextStream>

#include <cstdio>

#ifdef Q_OS_WIN
#include <io.h>
#include <windows.h>
#else
#include <termios.h>
#include <unistd.h>
#endif

namespace rongpei {

namespace {

bool onTerminal()
{
#ifdef Q_OS_WIN
    return _isatty(_fileno(stdin)) != 0;
#else
    return isatty(STDIN_FILENO) != 0;
#endif
}

/// Reads a line from the terminal, without echoing it when `hidden`.
QString readLine(bool hidden)
{
#ifdef Q_OS_WIN
    HANDLE input = GetStdHandle(STD_INPUT_HANDLE);
    DWORD mode = 0;
    GetConsoleMode(input, &mode);
    if (hidden)
        SetConsoleMode(input, mode & ~ENABLE_ECHO_INPUT);
#else
    termios saved{};
    const bool restore = hidden && tcgetattr(STDIN_FILENO, &saved) == 0;
    if (restore) {
        termios quiet = saved;
        quiet.c_lflag &= ~tcflag_t(ECHO);
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet);
    }
#endif
    QTextStream in(stdin);
    const QString line = in.readLine();
#ifdef Q_OS_WIN
    if (hidden)
        SetConsoleMode(input, mode);
#else
    if (restore)
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &saved);
#endif
    return line;
}

} // namespace

void CliSignIn::signIn(Workspace &workspace, CommandContext &context)
{
    if (!workspace.needsSignIn())
        return;
    QString name = qEnvironmentVariable("RONGPEI_USER");
    QString password = qEnvironmentVariable("RONGPEI_PASSWORD");
    if ((name.isEmpty() || password.isEmpty()) && !onTerminal())
        throw SignInError(tr("This database has users: say who is working with RONGPEI_USER and "
                             "RONGPEI_PASSWORD, or run the command in a terminal to be asked."));
    if (name.isEmpty()) {
        context.err << tr("User name: ") << Qt::flush;
        name = readLine(false);
    }
    if (password.isEmpty()) {
        context.err << tr("Password for %1: ").arg(name.trimmed()) << Qt::flush;
        password = readLine(true);
        context.err << '\n' << Qt::flush;
    }
    workspace.signIn(name, password);
}

} // namespace rongpei
