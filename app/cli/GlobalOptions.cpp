#include "GlobalOptions.h"

namespace rongpei {

namespace {
const QString languageName = QStringLiteral("lang");
}

QCommandLineOption GlobalOptions::help()
{
    return QCommandLineOption({QStringLiteral("h"), QStringLiteral("help")},
                              tr("Show this help; with a command, the command's options."));
}

QCommandLineOption GlobalOptions::helpAliases()
{
    QCommandLineOption aliases({QStringLiteral("?"), QStringLiteral("help-all")}, QString());
    aliases.setFlags(QCommandLineOption::HiddenFromHelp);
    return aliases;
}

QCommandLineOption GlobalOptions::version()
{
    return QCommandLineOption({QStringLiteral("v"), QStringLiteral("version")},
                              tr("Show the version of rongpei-cli."));
}

QCommandLineOption GlobalOptions::language()
{
    return QCommandLineOption(languageName,
                              tr("The language of messages and tables: zh_CN or en (default: the "
                                 "language chosen in RongPei's settings). CSV stays in English."),
                              tr("language"));
}

QCommandLineOption GlobalOptions::details()
{
    return QCommandLineOption(QStringLiteral("details"),
                              tr("On failure, also print what the check found, in the words of the storage "
                                 "engine (English), for whoever supports RongPei."));
}

QList<QCommandLineOption> GlobalOptions::all()
{
    return {help(), helpAliases(), version(), language(), details()};
}

std::optional<UiLanguage> GlobalOptions::languageFrom(const QString &code)
{
    if (code == uiLanguageCode(UiLanguage::Chinese))
        return UiLanguage::Chinese;
    if (code == uiLanguageCode(UiLanguage::English))
        return UiLanguage::English;
    return std::nullopt;
}

UiLanguage GlobalOptions::chosenLanguage(const QStringList &arguments)
{
    const QString option = QStringLiteral("--") + languageName;
    const QString withValue = option + u'=';
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        std::optional<UiLanguage> chosen;
        if (arguments.at(i) == option && i + 1 < arguments.size())
            chosen = languageFrom(arguments.at(i + 1));
        else if (arguments.at(i).startsWith(withValue))
            chosen = languageFrom(arguments.at(i).mid(withValue.size()));
        else
            continue;
        // The first --lang counts; a bad or repeated one is reported once the line is parsed.
        return chosen.value_or(savedUiLanguage());
    }
    return savedUiLanguage();
}

} // namespace rongpei
