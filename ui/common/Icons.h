#pragma once

#include <QIcon>
#include <QString>
#include <QStringList>

namespace rongpei {

/// The icon called `freedesktopName` in the freedesktop.org icon naming specification (e.g.
/// "document-new", "edit-delete"). Every name used has a bundled SVG, under resources/icons/
/// actions/ (toolbars, menus) or pages/ (the navigation). The system's icon theme draws the icons
/// if it has every one of the set; otherwise (always on Windows, and with e.g. Adwaita, which
/// lacks some) the bundled SVGs do, so a window never mixes two styles. A bundled icon that is
/// selected is drawn in the palette's highlighted-text colour.
QIcon themedIcon(const QString &freedesktopName);

/// The resource path of the bundled SVG called `freedesktopName`; empty if there is none.
QString bundledIconPath(const QString &freedesktopName);

/// The names of all bundled SVG icons.
QStringList bundledIconNames();

/// Whether the current icon theme has an icon of every bundled name, and so draws the set.
bool iconThemeHasWholeSet();

} // namespace rongpei
