#include "shell/StartupSplash.h"

#include <QApplication>
#include <QDir>
#include <QIcon>
#include <QPainter>

namespace rongpei {

namespace {

QPixmap splashPicture(const QString &databasePath)
{
    QPixmap picture(QSize(520, 200));
    picture.fill(QColor(0xb7, 0x1c, 0x1c));
    QPainter painter(&picture);
    painter.drawPixmap(28, 40, QIcon(QStringLiteral(":/icons/rongpei.png")).pixmap(64, 64));
    painter.setPen(Qt::white);
    QFont title = QApplication::font();
    title.setPointSize(22);
    title.setBold(true);
    painter.setFont(title);
    painter.drawText(QRect(110, 36, 390, 44), Qt::AlignLeft | Qt::AlignVCenter,
                     QApplication::translate("rongpei::StartupSplash", "RongPei"));
    QFont text = QApplication::font();
    text.setPointSize(10);
    painter.setFont(text);
    painter.drawText(QRect(110, 84, 390, 24), Qt::AlignLeft | Qt::AlignVCenter,
                     QApplication::translate("rongpei::StartupSplash", "Opening the database…"));
    const QString file =
        painter.fontMetrics().elidedText(QDir::toNativeSeparators(databasePath), Qt::ElideMiddle, 470);
    painter.drawText(QRect(28, 150, 470, 24), Qt::AlignLeft | Qt::AlignVCenter, file);
    return picture;
}

} // namespace

StartupSplash::StartupSplash(const QString &databasePath)
    : QSplashScreen(splashPicture(databasePath))
{
    setObjectName(QStringLiteral("startupSplash"));
}

void StartupSplash::showNow()
{
    show();
    repaint();
    QApplication::processEvents(QEventLoop::ExcludeUserInputEvents);
}

} // namespace rongpei
