#include "CliCommands.h"
#include "common/Clock.h"
#include "common/Localization.h"

#include <QCoreApplication>

int main(int argc, char *argv[])
{
    QCoreApplication application(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("RongPei"));
    QCoreApplication::setApplicationName(QStringLiteral("rongpei"));
    QCoreApplication::setApplicationVersion(QStringLiteral(RONGPEI_VERSION));
    rongpei::installTranslations(application, rongpei::uiLocale(rongpei::UiLanguage::System));

    QTextStream out(stdout);
    QTextStream err(stderr);
    rongpei::SystemClock clock;
    return rongpei::CliCommands(clock, out, err).run(QCoreApplication::arguments());
}
