#pragma once

#include <QLocale>
#include <QString>

class QCoreApplication;

namespace rongpei {

/// The language chosen in the settings; System follows the operating system.
enum class UiLanguage
{
    System,
    Chinese,
    English
};

QString uiLanguageCode(UiLanguage language);
UiLanguage uiLanguageFromCode(const QString &code);

/// The language saved in RongPei's settings (QSettings key "ui/language", as the settings
/// dialog writes it), for programs that must not link the widgets layer, such as rongpei-cli.
UiLanguage savedUiLanguage();

/// Simplified Chinese when chosen, or when the system locale is Chinese; English otherwise.
QLocale uiLocale(UiLanguage language, const QLocale &system = QLocale::system());

/// Installs RongPei's and Qt's own translations for the locale (none for English).
/// Returns false if RongPei's translation for a Chinese locale is missing.
bool installTranslations(QCoreApplication &application, const QLocale &locale);

} // namespace rongpei
