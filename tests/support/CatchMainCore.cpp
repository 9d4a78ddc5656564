#define CATCH_CONFIG_RUNNER
#include <QCoreApplication>
#include <QStandardPaths>

#include <catch2/catch.hpp>

int main(int argc, char *argv[])
{
    QCoreApplication application(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    return Catch::Session().run(argc, argv);
}
