#pragma once

#include <QList>
#include <QString>

class QWidget;

namespace rongpei {

class ModulePage;
class Workspace;

/// A heading of the navigation and the pages under it.
struct ModuleGroup
{
    QString title;
    QList<ModulePage *> pages;
};

/// Every page the shell shows, grouped as the navigation lists them, and the page it opens on.
struct ModulePages
{
    QList<ModuleGroup> groups;
    ModulePage *startPage = nullptr;
};

/// The one list of modules, and what one module offers on another's records. A new module
/// adds a line here; the main window names no page.
ModulePages createModulePages(Workspace &workspace, QWidget *parent);

} // namespace rongpei
