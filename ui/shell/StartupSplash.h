#pragma once

#include <QSplashScreen>

namespace rongpei {

/// Shown at once while a database is opened and the window built, so a large file never
/// means seconds of nothing: the application's name and which file it is opening.
class StartupSplash final : public QSplashScreen
{
    Q_OBJECT

public:
    explicit StartupSplash(const QString &databasePath);

    /// Shows the splash and paints it before the caller goes on with the slow work.
    void showNow();
};

} // namespace rongpei
