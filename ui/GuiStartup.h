#pragma once

class QApplication;

namespace rongpei {

/// Everything the GUI does before its event loop: language, fonts, command line,
/// first-run choice, opening the database. Returns the process exit code.
int runRongPei(QApplication &application);

/// Prefers Simplified Chinese font families for CJK text, so it never falls back to
/// the Japanese glyph variants.
void applyChineseFontFallbacks(QApplication &application);

} // namespace rongpei
