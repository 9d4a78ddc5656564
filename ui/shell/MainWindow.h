#pragma once

#include "common/ModulePage.h"

#include <QMainWindow>

class QLabel;
class QListWidget;
class QStackedWidget;
class QUndoGroup;

namespace rongpei {

class ChangeWatcher;
class WindowLock;
class ModulePage;
class ScopePeriodBar;
class Workspace;

/// The main window: a sidebar of modules grouped under headings, the chosen module's page,
/// menus with the shortcuts every page shares, and a status bar naming the open file. Which
/// pages there are comes from Modules; the window names none of them.
class MainWindow final : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(Workspace &workspace, QWidget *parent = nullptr);

    /// The page of type T, or nullptr.
    template <typename T>
    T *page() const
    {
        for (ModulePage *candidate : m_pageList)
            if (auto *found = qobject_cast<T *>(candidate))
                return found;
        return nullptr;
    }
    QList<ModulePage *> pages() const { return m_pageList; }
    void showPage(ModulePage *page);
    ModulePage *currentPage() const;
    ScopePeriodBar *scopePeriodBar() const { return m_scopePeriod; }
    /// Live refresh: what other windows and rongpei-cli commit to the file shows here within a second.
    ChangeWatcher *changeWatcher() const { return m_changeWatcher; }
    WindowLock *windowLock() const { return m_lock; }

private:
    void addGroupHeading(const QString &title);
    void addPage(ModulePage *page);
    void createMenus();
    void updateStatus();
    void showSettings();
    void showAbout();

    Workspace &m_workspace;
    QListWidget *m_navigation;
    QStackedWidget *m_pages;
    QUndoGroup *m_undoGroup;
    ScopePeriodBar *m_scopePeriod;
    QLabel *m_fileLabel;
    QLabel *m_savedLabel;
    ChangeWatcher *m_changeWatcher;
    QLabel *m_userLabel;
    WindowLock *m_lock;
    QList<ModulePage *> m_pageList;
};

} // namespace rongpei
