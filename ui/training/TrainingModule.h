#pragma once

#include <QList>

class QWidget;

namespace rongpei {

class ModulePage;
class Workspace;

/// What the management training module contributes to the shell.
namespace TrainingModule {

/// The module's pages in navigation order: the classes, the course catalogue.
QList<ModulePage *> createPages(Workspace &workspace, QWidget *parent);

} // namespace TrainingModule

} // namespace rongpei
