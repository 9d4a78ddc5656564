#include "shell/GuardedApplication.h"
#include "shell/GuiStartup.h"

int main(int argc, char *argv[])
{
    rongpei::GuardedApplication application(argc, argv);
    return rongpei::runRongPei(application);
}
