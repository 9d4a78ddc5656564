#pragma once

#include "common/CadreActions.h"

#include <QList>

class QWidget;

namespace rongpei {

class ModulePage;
class Workspace;

/// What the rotation module contributes to the shell.
namespace RotationModule {

/// The module's pages in navigation order: the rotations, the exchange-due list.
QList<ModulePage *> createPages(Workspace &workspace, QWidget *parent);
/// The roster's Post history action: the selected cadre's posts and rotations.
CadreAction postHistoryAction(Workspace &workspace);

} // namespace RotationModule

} // namespace rongpei
