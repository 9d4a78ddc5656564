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
    // RONGPEI_FIXED_NOW (ISO 8601, e.g. 2026-11-24T10:00:00) stops the clock: for tests and for
    // reproducing a figure as it was on a given day.
    const QDateTime fixedNow = QDateTime::fromString(qEnvironmentVariable("RONGPEI_FIXED_NOW"), Qt::ISODate);
    const rongpei::SystemClock systemClock;
    const rongpei::StoppedClock stoppedClock(fixedNow);
    const rongpei::Clock &clock =
        fixedNow.isValid() ? static_cast<const rongpei::Clock &>(stoppedClock) : systemClock;
    const rongpei::CommandRegistry registry = rongpei::CommandRegistry::standard();
    return rongpei::CommandLine(registry, {out, err, clock}).run(arguments);
}
