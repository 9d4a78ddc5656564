#include "shell/Modules.h"

#include "Workspace.h"
#include "accounts/AccountsPage.h"
#include "history/AuditPage.h"
#include "history/RecycleBinPage.h"
#include "organization/OrganizationPage.h"
#include "roster/CadreRepository.h"
#include "roster/RosterPage.h"
#include "rotation/RotationModule.h"
#include "study/StudyModule.h"
#include "training/TrainingModule.h"

#include <QCoreApplication>

namespace rongpei {

ModulePages createModulePages(Workspace &workspace, QWidget *parent)
{
    auto *organization = new OrganizationPage(workspace, parent);
    auto *roster = new RosterPage(workspace, parent);
    roster->addCadreAction(StudyModule::studyFileAction(workspace));
    roster->addCadreAction(StudyModule::openingHoursAction(workspace));
    roster->addCadreAction(RotationModule::postHistoryAction(workspace));
    ModulePages modules;
    modules.groups = {
        {QCoreApplication::translate("rongpei::Modules", "Organisation and cadres"), {organization, roster}},
        {QCoreApplication::translate("rongpei::Modules", "Theory study"),
         StudyModule::createPages(workspace, parent)},
        {QCoreApplication::translate("rongpei::Modules", "Management training"),
         TrainingModule::createPages(workspace, parent)},
        {QCoreApplication::translate("rongpei::Modules", "Rotation and projects"),
         RotationModule::createPages(workspace, parent)},
        {QCoreApplication::translate("rongpei::Modules", "Records"),
         {new RecycleBinPage(workspace, parent), new AuditPage(workspace, parent)}},
    };
    // The users are the administrator's to see and manage.
    if (workspace.access().account() && workspace.access().has(Permission::ManageAccounts))
        modules.groups.back().pages.append(new AccountsPage(workspace, parent));
    // A new database starts at the organisation; one with cadres at the roster.
    modules.startPage = workspace.cadres().count() > 0 ? static_cast<ModulePage *>(roster) : organization;
    return modules;
}

} // namespace rongpei
