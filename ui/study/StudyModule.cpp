#include "study/StudyModule.h"

#include "Workspace.h"
#include "common/BackgroundJob.h"
#include "common/Clock.h"
#include "common/Icons.h"
#include "storage/Database.h"
#include "study/CompliancePage.h"
#include "study/MeetingCalendarPage.h"
#include "study/StudyFileDialog.h"
#include "study/StudyPage.h"
#include "study/StudyRulesPage.h"

#include <QCoreApplication>
#include <QMessageBox>

namespace rongpei::StudyModule {

QList<ModulePage *> createPages(Workspace &workspace, QWidget *parent)
{
    return {new StudyPage(workspace, parent), new CompliancePage(workspace, parent),
            new MeetingCalendarPage(workspace, parent), new StudyRulesPage(workspace, parent)};
}

CadreAction studyFileAction(Workspace &workspace)
{
    return {QCoreApplication::translate("rongpei::StudyModule", "Study file"),
            QCoreApplication::translate("rongpei::StudyModule",
                                        "Sessions attended and hours earned by the selected cadre (Ctrl+I)"),
            themedIcon(QStringLiteral("x-office-address-book")), QKeySequence(Qt::CTRL | Qt::Key_I),
            [&workspace](const Cadre &cadre, QWidget *parent) { openStudyFile(workspace, cadre, parent); }};
}

void openStudyFile(Workspace &workspace, const Cadre &cadre, QWidget *parent)
{
    auto *dialog = new StudyFileDialog(StudyFile::load(workspace.database(), cadre.id), cadre,
                                       workspace.clock().today(), parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

} // namespace rongpei::StudyModule
