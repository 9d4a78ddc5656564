#include "rotation/RotationModule.h"

#include "common/Icons.h"
#include "rotation/ExchangeDuePage.h"
#include "rotation/PostHistoryDialog.h"
#include "rotation/RotationPage.h"

#include <QCoreApplication>

namespace rongpei::RotationModule {

QList<ModulePage *> createPages(Workspace &workspace, QWidget *parent)
{
    return {new RotationPage(workspace, parent), new ExchangeDuePage(workspace, parent)};
}

CadreAction postHistoryAction(Workspace &workspace)
{
    return {QCoreApplication::translate("rongpei::RotationModule", "Post history"),
            QCoreApplication::translate("rongpei::RotationModule",
                                        "Posts held and rotations of the selected cadre (Ctrl+Shift+J)"),
            themedIcon(QStringLiteral("x-office-address-book")),
            QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_J),
            [&workspace](const Cadre &cadre, QWidget *parent) {
                auto *dialog = new PostHistoryDialog(workspace, cadre.id, parent);
                dialog->setAttribute(Qt::WA_DeleteOnClose);
                dialog->open();
            }};
}

} // namespace rongpei::RotationModule
