#include "common/Icons.h"

#include "GuiTestSupport.h"
#include "TestSupport.h"
#include "common/ModulePage.h"
#include "shell/MainWindow.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QGuiApplication>
#include <QImage>
#include <QKeySequence>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QPalette>
#include <QPixmap>
#include <QSet>
#include <QTemporaryDir>
#include <QToolBar>
#include <QWidgetAction>

#include <catch2/catch.hpp>

using namespace rongpei;
using namespace rongpei::test;

namespace {

/// True if the pixmap has a pixel that is not fully transparent: the SVG was really drawn.
bool hasInk(const QPixmap &pixmap)
{
    const QImage image = pixmap.toImage().convertToFormat(QImage::Format_ARGB32);
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x)
            if (qAlpha(image.pixel(x, y)) > 0)
                return true;
    return false;
}

/// The action of the main window's menus with this shortcut; nullptr if none.
QAction *menuAction(const MainWindow &window, const QKeySequence &shortcut)
{
    for (QAction *top : window.menuBar()->actions())
        if (top->menu())
            for (QAction *action : top->menu()->actions())
                if (action->shortcut() == shortcut)
                    return action;
    return nullptr;
}

/// True if every opaque pixel of the pixmap is of this colour, and there is one.
bool opaqueIn(const QPixmap &pixmap, const QColor &colour)
{
    const QImage image = pixmap.toImage().convertToFormat(QImage::Format_ARGB32);
    int opaque = 0;
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x)
            if (const QRgb pixel = image.pixel(x, y); qAlpha(pixel) == 255) {
                if (QColor(pixel).rgb() != colour.rgb())
                    return false;
                ++opaque;
            }
    return opaque > 0;
}

} // namespace

TEST_CASE("Every bundled icon is an SVG that draws at toolbar size", "[ui][icons]")
{
    const QStringList names = bundledIconNames();
    REQUIRE(names.size() >= 20);
    // Every SVG of the source tree is embedded (a file left out of ui/CMakeLists.txt is caught here).
    for (const QString &folder : {QStringLiteral("actions"), QStringLiteral("pages")})
        for (const QFileInfo &file : QDir(QStringLiteral(RONGPEI_ICONS_DIR "/") + folder)
                                         .entryInfoList({QStringLiteral("*.svg")}, QDir::Files)) {
            INFO(file.fileName().toStdString());
            CHECK(names.contains(file.completeBaseName()));
        }
    CHECK(QSet<QString>(names.begin(), names.end()).size() == names.size()); // each name in one folder
    for (const QString &name : names) {
        INFO(name.toStdString());
        // Without Qt's SVG icon engine plugin (libqt6svg6) these are null or empty.
        const QIcon bundled(bundledIconPath(name));
        REQUIRE_FALSE(bundled.isNull());
        const QPixmap pixmap = bundled.pixmap(24);
        REQUIRE_FALSE(pixmap.isNull());
        CHECK(pixmap.size() == QSize(24, 24));
        CHECK(hasInk(pixmap));
        const QIcon themed = themedIcon(name);
        CHECK_FALSE(themed.isNull());
        CHECK(hasInk(themed.pixmap(24)));
        if (!iconThemeHasWholeSet()) // the bundled one: on the highlight, in its text colour
            CHECK(opaqueIn(themed.pixmap(24, QIcon::Selected),
                           QGuiApplication::palette().color(QPalette::HighlightedText)));
    }
    CHECK(bundledIconPath(QStringLiteral("no-such-icon")).isEmpty());
}

TEST_CASE("The system's icon theme draws the icons only if it has the whole set", "[ui][icons]")
{
    const QString previousTheme = QIcon::themeName();
    const QStringList previousPaths = QIcon::themeSearchPaths();
    QTemporaryDir folder;
    REQUIRE(folder.isValid());
    const QDir themes(folder.path());
    const QStringList names = bundledIconNames();
    const QString missing = QStringLiteral("document-edit");
    REQUIRE(names.contains(missing));
    // Two themes of copies of the bundled SVGs: one lacks document-edit.
    for (const QString &theme : {QStringLiteral("whole"), QStringLiteral("partial")}) {
        REQUIRE(themes.mkpath(theme + QStringLiteral("/scalable")));
        QFile index(themes.filePath(theme + QStringLiteral("/index.theme")));
        REQUIRE(index.open(QIODevice::WriteOnly));
        index.write("[Icon Theme]\nName=" + theme.toUtf8() +
                    "\nDirectories=scalable\n\n[scalable]\nSize=24\nMinSize=8\nMaxSize=512\nType=Scalable\n");
        index.close();
        for (const QString &name : names)
            if (theme == QStringLiteral("whole") || name != missing)
                REQUIRE(QFile::copy(bundledIconPath(name),
                                    themes.filePath(QStringLiteral("%1/scalable/%2.svg").arg(theme, name))));
    }
    QIcon::setThemeSearchPaths({folder.path()});

    QIcon::setThemeName(QStringLiteral("whole"));
    CHECK(iconThemeHasWholeSet());
    CHECK(themedIcon(QStringLiteral("edit-delete")).name() == QStringLiteral("edit-delete")); // the theme's
    CHECK(hasInk(themedIcon(missing).pixmap(24)));

    QIcon::setThemeName(QStringLiteral("partial"));
    CHECK(QIcon::hasThemeIcon(QStringLiteral("edit-delete")));
    CHECK_FALSE(iconThemeHasWholeSet());
    CHECK(themedIcon(QStringLiteral("edit-delete")).name().isEmpty()); // the bundled one, like the rest
    CHECK(hasInk(themedIcon(missing).pixmap(24)));

    QIcon::setThemeSearchPaths(previousPaths);
    QIcon::setThemeName(previousTheme);
}

TEST_CASE("Every page, toolbar action and file or help command of the window has an icon", "[ui][icons]")
{
    FreshShellSettings freshSettings;
    TemporaryWorkspace temp;
    MainWindow window(temp.workspace());

    const QList<ModulePage *> pages = window.pages();
    REQUIRE(pages.size() >= 6);
    QSet<QString> iconNames;
    for (const ModulePage *page : pages) {
        INFO(page->title().toStdString());
        CHECK(bundledIconNames().contains(page->iconName()));
        CHECK_FALSE(page->icon().isNull());
        CHECK(hasInk(page->icon().pixmap(20)));
        iconNames.insert(page->iconName());
    }
    CHECK(iconNames.size() == pages.size()); // no two pages look alike in the navigation

    auto *navigation = window.findChild<QListWidget *>(QStringLiteral("navigation"));
    REQUIRE(navigation != nullptr);
    int pageItems = 0;
    for (int row = 0; row < navigation->count(); ++row) {
        const QListWidgetItem *item = navigation->item(row);
        if (!(item->flags() & Qt::ItemIsSelectable))
            continue; // a group heading
        INFO(item->text().toStdString());
        CHECK_FALSE(item->icon().isNull());
        ++pageItems;
    }
    CHECK(pageItems == pages.size());

    int toolBarActions = 0;
    for (const QToolBar *toolBar : window.findChildren<QToolBar *>()) {
        if (toolBar->objectName() != QStringLiteral("scopePeriodToolBar"))
            CHECK(toolBar->toolButtonStyle() == Qt::ToolButtonTextBesideIcon); // text beside the icon
        for (const QAction *action : toolBar->actions()) {
            if (action->isSeparator() || qobject_cast<const QWidgetAction *>(action))
                continue;
            INFO(action->text().toStdString());
            CHECK_FALSE(action->icon().isNull());
            ++toolBarActions;
        }
    }
    CHECK(toolBarActions >= 20);

    for (const QKeySequence &shortcut :
         {QKeySequence(QKeySequence::Print), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P),
          QKeySequence(Qt::CTRL | Qt::Key_E), QKeySequence(QKeySequence::HelpContents),
          QKeySequence(QKeySequence::New), QKeySequence(QKeySequence::Delete)}) {
        INFO(shortcut.toString().toStdString());
        const QAction *action = menuAction(window, shortcut);
        REQUIRE(action != nullptr);
        CHECK_FALSE(action->icon().isNull());
    }
}
