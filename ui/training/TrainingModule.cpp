#include "training/TrainingModule.h"

#include "training/ClassPage.h"
#include "training/CoursePage.h"

namespace rongpei::TrainingModule {

QList<ModulePage *> createPages(Workspace &workspace, QWidget *parent)
{
    return {new ClassPage(workspace, parent), new CoursePage(workspace, parent)};
}

} // namespace rongpei::TrainingModule
