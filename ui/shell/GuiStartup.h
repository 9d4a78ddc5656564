#pragma once

#include <memory>

class QApplication;
class QString;

namespace rongpei {

class Clock;
class Workspace;

/// The first start at `path`: asks how to begin (create the organisation or load demo
/// data) until a workspace is ready, or returns nullptr if the user quits. Removes only a
/// file it created itself when filling it fails or is cancelled.
std::unique_ptr<Workspace> createWorkspace(const QString &path, const Clock &clock);

/// Opens the existing file at `path` with its checks run off the GUI thread, so a splash stays
/// painted meanwhile; nullptr if the file is blank (a first start that never finished). Throws
/// DatabaseError as Workspace does.
std::unique_ptr<Workspace> openWorkspace(const QString &path, const Clock &clock);

/// Asks who is working before the window opens: the administrator's account for a file without
/// users, a sign-in for one with. False if the user cancelled.
bool signInAtStart(Workspace &workspace);

/// Everything the GUI does before its event loop: language, fonts, command line,
/// first-run choice, opening the database. Returns the process exit code.
int runRongPei(QApplication &application);

/// Prefers Simplified Chinese font families for CJK text, so it never falls back to
/// the Japanese glyph variants.
void applyChineseFontFallbacks(QApplication &application);

} // namespace rongpei
