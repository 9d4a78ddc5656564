#pragma once

#include <QDate>
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

/// The one way RongPei shows a date: the locale's short format with a four-digit year
/// (zh_CN 1988/8/31, en_US 8/31/1988), in tables, dialogs, messages and printouts alike.
QString displayDateFormat(const QLocale &locale = QLocale());
QString displayDate(QDate date, const QLocale &locale = QLocale());

/// Installs RongPei's and Qt's own translations for the locale (none for English).
/// Returns false if RongPei's translation for a Chinese locale is missing.
bool installTranslations(QCoreApplication &application, const QLocale &locale);

} // namespace rongpei
