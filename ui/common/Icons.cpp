#include "common/Icons.h"

#include <QDir>
#include <QFileInfo>
#include <QGuiApplication>
#include <QIconEngine>
#include <QPaintDevice>
#include <QPainter>
#include <QPalette>
#include <QtGlobal>

#include <algorithm>

namespace rongpei {

namespace {

/// Where the bundled icons are, as embedded by ui/CMakeLists.txt.
const QStringList &iconFolders()
{
    static const QStringList folders{QStringLiteral(":/icons/actions"), QStringLiteral(":/icons/pages")};
    return folders;
}

/// A bundled SVG, drawn as it is except where it is selected (e.g. the current page of the
/// navigation): there all in the palette's highlighted-text colour, since the style's usual tint
/// leaves slate and blue lines on the blue highlight hard to see.
class BundledIconEngine final : public QIconEngine
{
public:
    explicit BundledIconEngine(const QString &path)
        : m_icon(path)
    {}

    void paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State state) override
    {
        const qreal ratio = painter->device() ? painter->device()->devicePixelRatioF() : 1.0;
        QPixmap drawn = pixmap((QSizeF(rect.size()) * ratio).toSize(), mode, state);
        drawn.setDevicePixelRatio(ratio);
        painter->drawPixmap(rect, drawn);
    }

    /// `size` is in device pixels, as QIcon asks for it.
    QPixmap pixmap(const QSize &size, QIcon::Mode mode, QIcon::State state) override
    {
        if (mode != QIcon::Selected)
            return m_icon.pixmap(size, 1.0, mode, state);
        QPixmap drawn = m_icon.pixmap(size, 1.0, QIcon::Normal, state);
        QPainter painter(&drawn);
        painter.setCompositionMode(QPainter::CompositionMode_SourceIn);
        painter.fillRect(drawn.rect(), QGuiApplication::palette().color(QPalette::HighlightedText));
        return drawn;
    }

    QSize actualSize(const QSize &size, QIcon::Mode mode, QIcon::State state) override
    {
        return m_icon.actualSize(size, mode, state);
    }
    QList<QSize> availableSizes(QIcon::Mode mode, QIcon::State state) override
    {
        return m_icon.availableSizes(mode, state);
    }
    bool isNull() override { return m_icon.isNull(); }
    QString key() const override { return QStringLiteral("RongPeiBundledIcon"); }
    QIconEngine *clone() const override { return new BundledIconEngine(*this); }

private:
    QIcon m_icon;
};

} // namespace

QString bundledIconPath(const QString &freedesktopName)
{
    for (const QString &folder : iconFolders()) {
        const QString path = QStringLiteral("%1/%2.svg").arg(folder, freedesktopName);
        if (QFileInfo::exists(path))
            return path;
    }
    return {};
}

QStringList bundledIconNames()
{
    QStringList names;
    for (const QString &folder : iconFolders())
        for (const QFileInfo &file : QDir(folder).entryInfoList({QStringLiteral("*.svg")}, QDir::Files))
            names.append(file.completeBaseName());
    return names;
}

bool iconThemeHasWholeSet()
{
    // Checked again only when the theme changes (GUI thread only, as icons are).
    static bool checked = false;
    static QString checkedTheme;
    static bool whole = false;
    const QString theme = QIcon::themeName();
    if (!checked || theme != checkedTheme) {
        const QStringList names = bundledIconNames();
        whole = !theme.isEmpty() && !names.isEmpty() &&
                std::all_of(names.begin(), names.end(),
                            [](const QString &name) { return QIcon::hasThemeIcon(name); });
        checked = true;
        checkedTheme = theme;
    }
    return whole;
}

QIcon themedIcon(const QString &freedesktopName)
{
    const QString bundled = bundledIconPath(freedesktopName);
    if (bundled.isEmpty()) {
        qWarning("RongPei: no bundled icon called %s", qUtf8Printable(freedesktopName));
        return QIcon::fromTheme(freedesktopName);
    }
    if (iconThemeHasWholeSet())
        return QIcon::fromTheme(freedesktopName);
    return QIcon(new BundledIconEngine(bundled));
}

} // namespace rongpei
