#include "study/StudyModule.h"

#include "Workspace.h"
#include "common/BackgroundJob.h"
#include "common/Clock.h"
#include "common/Icons.h"
#include "storage/Database.h"
#include "study/BranchSummaryPage.h"
#include "study/CompliancePage.h"
#include "study/MeetingCalendarPage.h"
#include "study/OpeningHoursDialog.h"
#include "study/OpeningHoursRepository.h"
#include "study/StudyFileDialog.h"
#include "study/StudyPage.h"
#include "study/StudyRulesPage.h"

#include <QCoreApplication>
#include <QMessageBox>

namespace rongpei::StudyModule {

QList<ModulePage *> createPages(Workspace &workspace, QWidget *parent)
{
    auto *calendar = new MeetingCalendarPage(workspace, parent);
    auto *branches = new BranchSummaryPage(workspace, parent);
    QObject::connect(branches, &BranchSummaryPage::calendarRequested, calendar,
                     &MeetingCalendarPage::showBranch);
    return {new StudyPage(workspace, parent), new CompliancePage(workspace, parent), calendar, branches,
            new StudyRulesPage(workspace, parent)};
}

CadreAction studyFileAction(Workspace &workspace)
{
    return {QCoreApplication::translate("rongpei::StudyModule", "Study file"),
            QCoreApplication::translate("rongpei::StudyModule",
                                        "Sessions attended and hours earned by the selected cadre (Ctrl+I)"),
            themedIcon(QStringLiteral("x-office-address-book")), QKeySequence(Qt::CTRL | Qt::Key_I),
            [&workspace](const Cadre &cadre, QWidget *parent) { openStudyFile(workspace, cadre, parent); }};
}

CadreAction openingHoursAction(Workspace &workspace)
{
    return {QCoreApplication::translate("rongpei::StudyModule", "Opening hours"),
            QCoreApplication::translate(
                "rongpei::StudyModule",
                "Hours the selected cadre earned before these records began (Ctrl+Shift+I)"),
            themedIcon(QStringLiteral("x-office-address-book")),
            QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I),
            [&workspace](const Cadre &cadre, QWidget *parent) {
                auto *dialog = new OpeningHoursDialog(workspace.openingHours(), cadre,
                                                      workspace.clock().today(), parent);
                dialog->setAttribute(Qt::WA_DeleteOnClose);
                dialog->open();
            }};
}

void openStudyFile(Workspace &workspace, const Cadre &cadre, QWidget *parent)
{
    // Read on a connection of its own off the GUI thread; the dialog opens when the file is in.
    auto *job = new BackgroundJob(parent);
    const QString path = workspace.database().path();
    const QDate today = workspace.clock().today();
    QObject::connect(job, &BackgroundJob::failed, parent, [job, parent](const QString &message) {
        QMessageBox::warning(parent, QCoreApplication::translate("rongpei::StudyModule", "Study file"),
                             message);
        job->deleteLater();
    });
    job->start<StudyFile>(
        [path, id = cadre.id, today](const TaskControl &) {
            const Database reader(path, Database::OpenMode::ReadOnly, DatabaseOptions::secondReader());
            return StudyFile::load(reader, id, today);
        },
        [job, cadre, today, parent](StudyFile file) {
            auto *dialog = new StudyFileDialog(std::move(file), cadre, today, parent);
            dialog->setAttribute(Qt::WA_DeleteOnClose);
            dialog->open();
            job->deleteLater();
        });
}

} // namespace rongpei::StudyModule
