#include "CommandLine.h"
#include "CommandRegistry.h"
#include "GlobalOptions.h"
#include "common/Clock.h"
#include "common/Localization.h"

#include <QFile>
#include <QGuiApplication>
#include <QTemporaryDir>
#include <QTextStream>

#include <memory>

namespace {

/// The demo draws pictures and PDFs, which needs fonts and so a GUI application; on no screen.
std::unique_ptr<QCoreApplication> makeApplication(int &argc, char *argv[])
{
    for (int i = 1; i < argc; ++i)
        if (qstrcmp(argv[i], "demo") == 0) {
            qputenv("QT_QPA_PLATFORM", "offscreen");
            if (!qEnvironmentVariableIsSet("XDG_RUNTIME_DIR")) { // else Qt warns of it on the terminal
                static QTemporaryDir runtime;
                qputenv("XDG_RUNTIME_DIR", QFile::encodeName(runtime.path()));
            }
            return std::make_unique<QGuiApplication>(argc, argv);
        }
    return std::make_unique<QCoreApplication>(argc, argv);
}

} // namespace

int main(int argc, char *argv[])
{
    const std::unique_ptr<QCoreApplication> app = makeApplication(argc, argv);
    QCoreApplication &application = *app;
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
