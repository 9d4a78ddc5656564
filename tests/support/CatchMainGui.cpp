#define CATCH_CONFIG_RUNNER
#include "shell/GuardedApplication.h"
#include "shell/GuiStartup.h"

#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

int main(int argc, char *argv[])
{
    // Tests run headless, and CTest's discovery runs this binary at build time.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    rongpei::GuardedApplication application(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    // CTest runs test cases as parallel processes: each keeps its settings to itself, or one
    // test's remembered scope or language would show up in another.
    QTemporaryDir settings;
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, settings.path());
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, settings.path());
    rongpei::applyChineseFontFallbacks(application);
    return Catch::Session().run(argc, argv);
}
