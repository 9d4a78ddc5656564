#include "shell/MainWindow.h"

#include "Workspace.h"
#include "accounts/PasswordDialog.h"
#include "accounts/WindowLock.h"
#include "common/Clock.h"
#include "common/Icons.h"
#include "common/ModulePage.h"
#include "common/WindowSize.h"
#include "organization/OrganizationRepository.h"
#include "roster/CadreRepository.h"
#include "shell/Modules.h"
#include "shell/ScopePeriodBar.h"
#include "shell/SettingsDialog.h"
#include "shell/UserGuideDialog.h"
#include "storage/ChangeWatcher.h"

#include <QApplication>
#include <QDir>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QStackedWidget>
#include <QStatusBar>
#include <QToolBar>
#include <QToolButton>
#include <QUndoGroup>
#include <QUndoStack>

namespace rongpei {

namespace {

/// Navigation items hold their page's index in the stack; headings hold none.
constexpr int pageIndexRole = Qt::UserRole + 1;

} // namespace

MainWindow::MainWindow(Workspace &workspace, QWidget *parent)
    : QMainWindow(parent)
    , m_workspace(workspace)
    , m_navigation(new QListWidget(this))
    , m_pages(new QStackedWidget(this))
    , m_undoGroup(new QUndoGroup(this))
    , m_scopePeriod(new ScopePeriodBar(workspace.organizations(), workspace.clock(), this))
    , m_fileLabel(new QLabel(this))
    , m_savedLabel(new QLabel(this))
    , m_changeWatcher(new ChangeWatcher(workspace.database(), this))
    , m_userLabel(new QLabel(this))
    , m_lock(new WindowLock(workspace, this))
{
    setWindowTitle(tr("RongPei"));
    if (const std::optional<QSet<qint64>> &units = workspace.access().units())
        m_scopePeriod->restrictTo(*units);

    m_navigation->setObjectName(QStringLiteral("navigation"));
    m_navigation->setIconSize(QSize(20, 20));
    m_navigation->setFixedWidth(180);
    const ModulePages modules = createModulePages(workspace, this);
    modules.startPage->prepareFirstShow(); // its rows are read while the rest is built
    for (const ModuleGroup &group : modules.groups) {
        addGroupHeading(group.title);
        for (ModulePage *page : group.pages)
            addPage(page);
    }
    connect(m_navigation, &QListWidget::currentItemChanged, this, [this](QListWidgetItem *item) {
        if (!item || !item->data(pageIndexRole).isValid())
            return;
        m_pages->setCurrentIndex(item->data(pageIndexRole).toInt());
        m_undoGroup->setActiveStack(currentPage()->undoStack());
    });

    // One scope and one period for every page, at the top of the window.
    auto *scopeBar = addToolBar(tr("Scope and period"));
    scopeBar->setObjectName(QStringLiteral("scopePeriodToolBar"));
    scopeBar->setMovable(false);
    scopeBar->addWidget(m_scopePeriod);
    for (ModulePage *page : std::as_const(m_pageList))
        page->setShellScope(m_scopePeriod->scope());
    connect(m_scopePeriod, &ScopePeriodBar::scopeChanged, this, [this](const ShellScope &scope) {
        for (ModulePage *page : std::as_const(m_pageList))
            page->setShellScope(scope);
    });

    auto *central = new QWidget(this);
    auto *layout = new QHBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_navigation);
    layout->addWidget(m_pages, 1);
    setCentralWidget(central);

    createMenus();
    statusBar()->addWidget(m_fileLabel, 1);
    statusBar()->addPermanentWidget(m_userLabel);
    statusBar()->addPermanentWidget(m_savedLabel);
    m_userLabel->setObjectName(QStringLiteral("userLabel"));
    m_fileLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    RecordRepository::onAnyChange(workspace.cadres(), this, [this] { updateStatus(); });
    RecordRepository::onAnyChange(workspace.organizations(), this, [this] { updateStatus(); });

    connect(m_changeWatcher, &ChangeWatcher::foreignChanges, this,
            [this](const std::vector<JournalEntry> &entries) {
                m_workspace.announceChanges(entries);
                statusBar()->showMessage(
                    tr("%n change(s) saved by another window or by rongpei-cli are shown.", nullptr,
                       static_cast<int>(entries.size())),
                    5000);
            });
    m_changeWatcher->start();

    showPage(modules.startPage);
    updateStatus();
    resizeWithinScreen(this, QSize(1200, 760));
}

void MainWindow::addGroupHeading(const QString &title)
{
    auto *heading = new QListWidgetItem(title, m_navigation);
    heading->setFlags(Qt::NoItemFlags); // a heading is not a place to go
    QFont font = heading->font();
    font.setBold(true);
    heading->setFont(font);
    heading->setSizeHint(QSize(0, 30));
}

void MainWindow::addPage(ModulePage *page)
{
    m_pageList.append(page);
    const int index = m_pages->addWidget(page);
    auto *item = new QListWidgetItem(page->icon(), page->title(), m_navigation);
    item->setData(pageIndexRole, index);
    item->setSizeHint(QSize(0, 36));
    if (QUndoStack *stack = page->undoStack())
        m_undoGroup->addStack(stack);
    connect(page, &ModulePage::statusMessage, this,
            [this](const QString &message) { statusBar()->showMessage(message, 5000); });
    connect(page, &ModulePage::showRequested, this, [this, page] { showPage(page); });
    connect(page, &ModulePage::periodRequested, this, [this](const Period &period) {
        // Created before the window's scope bar is wired: look it up when asked.
        if (m_scopePeriod)
            m_scopePeriod->setPeriod(period);
    });
}

ModulePage *MainWindow::currentPage() const
{
    return qobject_cast<ModulePage *>(m_pages->currentWidget());
}

void MainWindow::showPage(ModulePage *page)
{
    const int index = m_pages->indexOf(page);
    for (int row = 0; row < m_navigation->count(); ++row)
        if (m_navigation->item(row)->data(pageIndexRole) == index)
            m_navigation->setCurrentRow(row);
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(themedIcon(QStringLiteral("document-print")), tr("&Print…"), QKeySequence::Print, this,
                    [this] { currentPage()->print(); });
    file->addAction(themedIcon(QStringLiteral("document-print-preview")), tr("Print &table…"),
                    QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P), this,
                    [this] { currentPage()->printTable(); });
    file->addAction(themedIcon(QStringLiteral("document-export")), tr("&Export table…"),
                    QKeySequence(Qt::CTRL | Qt::Key_E), this, [this] { currentPage()->exportTable(); });
    file->addSeparator();
    file->addAction(tr("&Quit"), QKeySequence::Quit, qApp, &QApplication::closeAllWindows);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    QAction *undo = m_undoGroup->createUndoAction(this, tr("&Undo"));
    undo->setShortcut(QKeySequence::Undo);
    undo->setIcon(themedIcon(QStringLiteral("edit-undo")));
    QAction *redo = m_undoGroup->createRedoAction(this, tr("&Redo"));
    redo->setShortcuts({QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence(Qt::CTRL | Qt::Key_Y)});
    redo->setIcon(themedIcon(QStringLiteral("edit-redo")));
    edit->addAction(undo);
    edit->addAction(redo);
    edit->addSeparator();
    edit->addAction(themedIcon(QStringLiteral("document-new")), tr("&New…"), QKeySequence::New, this,
                    [this] { currentPage()->newRecord(); });
    edit->addAction(themedIcon(QStringLiteral("document-edit")), tr("&Edit…"), this,
                    [this] { currentPage()->editSelected(); });
    edit->addAction(themedIcon(QStringLiteral("edit-delete")), tr("&Delete…"), QKeySequence::Delete, this,
                    [this] { currentPage()->deleteSelected(); });
    edit->addSeparator();
    edit->addAction(themedIcon(QStringLiteral("edit-find")), tr("&Find"), QKeySequence::Find, this,
                    [this] { currentPage()->focusSearch(); });
    edit->addAction(themedIcon(QStringLiteral("view-refresh")), tr("Refres&h"), QKeySequence::Refresh, this,
                    [this] { currentPage()->refresh(); });

    QMenu *go = menuBar()->addMenu(tr("&Go"));
    for (int i = 0; i < m_pageList.size(); ++i) {
        ModulePage *page = m_pageList.at(i);
        const QKeySequence shortcut = i < 9 ? QKeySequence(Qt::CTRL | (Qt::Key_1 + i)) : QKeySequence();
        go->addAction(page->icon(), page->title(), shortcut, this, [this, page] { showPage(page); });
    }

    go->addSeparator();
    go->addAction(themedIcon(QStringLiteral("go-previous")), tr("&Previous period"),
                  QKeySequence(Qt::CTRL | Qt::Key_PageUp), m_scopePeriod,
                  &ScopePeriodBar::showPreviousPeriod);
    go->addAction(themedIcon(QStringLiteral("go-next")), tr("N&ext period"),
                  QKeySequence(Qt::CTRL | Qt::Key_PageDown), m_scopePeriod, &ScopePeriodBar::showNextPeriod);
    go->addAction(themedIcon(QStringLiteral("network-workgroup")), tr("Choose &scope…"),
                  QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_U), m_scopePeriod,
                  [this] { m_scopePeriod->scopeButton()->showMenu(); });

    QMenu *tools = menuBar()->addMenu(tr("&Tools"));
    tools->addAction(tr("&Lock RongPei"), QKeySequence(Qt::CTRL | Qt::Key_L), m_lock, &WindowLock::lock)
        ->setEnabled(m_workspace.access().account().has_value());
    tools->addAction(tr("Change &password…"), this, [this] { PasswordDialog(m_workspace, this).exec(); })
        ->setEnabled(m_workspace.access().account().has_value());
    tools->addSeparator();
    tools->addAction(tr("&Settings…"), QKeySequence::Preferences, this, &MainWindow::showSettings)
        ->setMenuRole(QAction::PreferencesRole);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(themedIcon(QStringLiteral("help-contents")), tr("&User guide"),
                    QKeySequence::HelpContents, this, [this] {
                        auto *guide = new UserGuideDialog(currentPage()->guideSection(), this);
                        guide->setAttribute(Qt::WA_DeleteOnClose);
                        guide->show();
                    });
    help->addSeparator();
    help->addAction(tr("&About RongPei"), this, &MainWindow::showAbout)->setMenuRole(QAction::AboutRole);
    help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt)->setMenuRole(QAction::AboutQtRole);
}

void MainWindow::updateStatus()
{
    const std::optional<Account> &account = m_workspace.access().account();
    m_userLabel->setText(account ? tr("User: %1 (%2)").arg(account->label(), enumLabel(account->role))
                                 : QString());
    m_fileLabel->setText(tr("Database: %1 · %n cadre(s)", nullptr, m_workspace.cadres().count())
                             .arg(QDir::toNativeSeparators(m_workspace.database().path())));
    m_savedLabel->setText(
        tr("All changes saved %1")
            .arg(QLocale().toString(m_workspace.clock().now().time(), QLocale::ShortFormat)));
}

void MainWindow::showSettings()
{
    SettingsDialog dialog(this);
    if (dialog.exec() == QDialog::Accepted)
        m_lock->restartIdleTimer();
}

void MainWindow::showAbout()
{
    QMessageBox::about(
        this, tr("About RongPei"),
        tr("<h3>RongPei %1</h3>"
           "<p>Records of the integrated training of grassroots party-affairs cadres and production and "
           "operations cadres.</p>"
           "<p>Licence: GNU General Public License, version 3 or later (GPL-3.0-or-later).</p>"
           "<p><b>Third-party software</b></p>"
           "<ul>"
           "<li>Qt %2 — LGPL-3.0 / GPL-3.0 (Qt Charts: GPL-3.0)</li>"
           "<li>SQLite — public domain</li>"
           "<li>Noto Sans CJK fonts — SIL Open Font License 1.1</li>"
           "</ul>")
            .arg(QCoreApplication::applicationVersion(), QString::fromLatin1(qVersion())));
}

} // namespace rongpei
