#include "CommandLine.h"
#include "CommandRegistry.h"
#include "GlobalOptions.h"
#include "common/Clock.h"
#include "common/Localization.h"

#include <QCoreApplication>
#include <QTextStream>

int main(int argc, char *argv[])
{
    QCoreApplication application(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("RongPei"));
    QCoreApplication::setApplicationName(QStringLiteral("rongpei"));
    QCoreApplication::setApplicationVersion(QStringLiteral(RONGPEI_VERSION));
    const QStringList arguments = QCoreApplication::arguments();
    rongpei::installTranslations(application,
                                 rongpei::uiLocale(rongpei::GlobalOptions::chosenLanguage(arguments)));

    QTextStream out(stdout);
    QTextStream err(stderr);
    const rongpei::SystemClock clock;
    const rongpei::CommandRegistry registry = rongpei::CommandRegistry::standard();
    return rongpei::CommandLine(registry, {out, err, clock}).run(arguments);
}
