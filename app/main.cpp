#include "GuardedApplication.h"
#include "GuiStartup.h"

int main(int argc, char *argv[])
{
    rongpei::GuardedApplication application(argc, argv);
    return rongpei::runRongPei(application);
}
