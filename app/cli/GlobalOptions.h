#pragma once

#include "common/Localization.h"

#include <QCommandLineOption>
#include <QCoreApplication>
#include <QList>
#include <QStringList>

#include <optional>

namespace rongpei {

/// The options rongpei-cli accepts with every command, before or after it:
/// --lang, --details, --help and --version.
class GlobalOptions final
{
    Q_DECLARE_TR_FUNCTIONS(rongpei::GlobalOptions)

public:
    static QCommandLineOption help();
    /// -? and --help-all, which Qt's own help option used to accept; not listed.
    static QCommandLineOption helpAliases();
    static QCommandLineOption version();
    static QCommandLineOption language();
    static QCommandLineOption details();
    /// Every global option, for a parser.
    static QList<QCommandLineOption> all();

    /// The language a --lang value names: zh_CN or en, nothing else.
    static std::optional<UiLanguage> languageFrom(const QString &code);

    /// The language of the messages: the one --lang gives, else the one saved in RongPei's
    /// settings. Read before the command line is parsed, so that even its errors speak it.
    static UiLanguage chosenLanguage(const QStringList &arguments);
};

} // namespace rongpei
