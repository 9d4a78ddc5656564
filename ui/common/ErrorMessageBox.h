#pragma once

#include <QString>

#include <exception>

class QWidget;

namespace rongpei {

/// Shows an error to the user: its plain message, and behind a "Show Details…" button what
/// SQLite or a check found, so support can read it without the clerk having to.
void showErrorMessage(QWidget *parent, const QString &title, const std::exception &error,
                      const QString &messageFormat = QStringLiteral("%1"));

} // namespace rongpei
