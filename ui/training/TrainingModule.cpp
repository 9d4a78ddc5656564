#include "training/TrainingModule.h"

#include "training/ClassPage.h"
#include "training/CoursePage.h"
#include "training/FollowUpPage.h"
#include "training/PlanPage.h"
#include "training/UnitPlanPage.h"

namespace rongpei::TrainingModule {

QList<ModulePage *> createPages(Workspace &workspace, QWidget *parent)
{
    return {new ClassPage(workspace, parent), new CoursePage(workspace, parent),
            new PlanPage(workspace, parent), new UnitPlanPage(workspace, parent),
            new FollowUpPage(workspace, parent)};
}

} // namespace rongpei::TrainingModule
