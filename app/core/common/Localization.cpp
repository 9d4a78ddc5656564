#include "common/Localization.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QRegularExpression>
#include <QSettings>
#include <QTranslator>

namespace rongpei {

QString uiLanguageCode(UiLanguage language)
{
    switch (language) {
    case UiLanguage::Chinese:
        return QStringLiteral("zh_CN");
    case UiLanguage::English:
        return QStringLiteral("en");
    case UiLanguage::System:
        break;
    }
    return QStringLiteral("system");
}

UiLanguage uiLanguageFromCode(const QString &code)
{
    if (code == QStringLiteral("zh_CN"))
        return UiLanguage::Chinese;
    if (code == QStringLiteral("en"))
        return UiLanguage::English;
    return UiLanguage::System;
}

UiLanguage savedUiLanguage()
{
    return uiLanguageFromCode(QSettings().value(QStringLiteral("ui/language")).toString());
}

QLocale uiLocale(UiLanguage language, const QLocale &system)
{
    const QLocale chinese(QLocale::Chinese, QLocale::SimplifiedHanScript, QLocale::China);
    switch (language) {
    case UiLanguage::Chinese:
        return chinese;
    case UiLanguage::English:
        return QLocale(QLocale::English, QLocale::UnitedStates);
    case UiLanguage::System:
        break;
    }
    return system.language() == QLocale::Chinese ? chinese : QLocale(QLocale::English, QLocale::UnitedStates);
}

bool installTranslations(QCoreApplication &application, const QLocale &locale)
{
    QLocale::setDefault(locale);
    if (locale.language() != QLocale::Chinese)
        return true;
    auto qtTranslator = std::make_unique<QTranslator>(&application);
    if (qtTranslator->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                           QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qtTranslator.release());
    auto ownTranslator = std::make_unique<QTranslator>(&application);
    if (!ownTranslator->load(locale, QStringLiteral("rongpei"), QStringLiteral("_"),
                             QStringLiteral(":/i18n")))
        return false;
    QCoreApplication::installTranslator(ownTranslator.release());
    return true;
}

QString displayDateFormat(const QLocale &locale)
{
    QString format = locale.dateFormat(QLocale::ShortFormat);
    // Two-digit years ("M/d/yy") are ambiguous in records that span generations of cadres.
    static const QRegularExpression shortYear(QStringLiteral("(?<!y)yy(?!y)"));
    format.replace(shortYear, QStringLiteral("yyyy"));
    return format;
}

QString displayDate(QDate date, const QLocale &locale)
{
    return date.isValid() ? locale.toString(date, displayDateFormat(locale)) : QString();
}

} // namespace rongpei
