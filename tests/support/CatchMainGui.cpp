#define CATCH_CONFIG_RUNNER
#include "shell/GuardedApplication.h"
#include "shell/GuiStartup.h"

#include <QStandardPaths>

#include <catch2/catch.hpp>

int main(int argc, char *argv[])
{
    // Tests run headless, and CTest's discovery runs this binary at build time.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    rongpei::GuardedApplication application(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    rongpei::applyChineseFontFallbacks(application);
    return Catch::Session().run(argc, argv);
}
