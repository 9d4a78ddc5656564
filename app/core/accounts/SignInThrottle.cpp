#include "accounts/SignInThrottle.h"

#include "common/Clock.h"

#include <QSettings>

#include <algorithm>

namespace rongpei {

SignInThrottle::SignInThrottle(QString fileId, const Clock &clock)
    : m_fileId(std::move(fileId))
    , m_clock(clock)
{}

QString SignInThrottle::key(const QString &name) const
{
    // Percent-encoded: a user name may hold characters that QSettings keys may not.
    return QStringLiteral("signIn/") + m_fileId + u'/' +
           QString::fromLatin1(name.trimmed().toLower().toUtf8().toPercentEncoding());
}

int SignInThrottle::secondsToWait(const QString &name) const
{
    const QSettings settings;
    const int failures = settings.value(key(name) + QStringLiteral("/failures")).toInt();
    if (failures < freeAttempts)
        return 0;
    const QDateTime last =
        QDateTime::fromString(settings.value(key(name) + QStringLiteral("/last")).toString(), Qt::ISODate);
    const int wait = std::min(longestWaitSeconds, 1 << std::min(failures - freeAttempts + 1, 16));
    const qint64 passed = last.isValid() ? last.secsTo(m_clock.now()) : wait;
    return passed < 0 ? wait : static_cast<int>(std::max<qint64>(0, wait - passed));
}

void SignInThrottle::failed(const QString &name)
{
    QSettings settings;
    const QString base = key(name);
    settings.setValue(base + QStringLiteral("/failures"),
                      settings.value(base + QStringLiteral("/failures")).toInt() + 1);
    settings.setValue(base + QStringLiteral("/last"), m_clock.now().toUTC().toString(Qt::ISODate));
}

void SignInThrottle::succeeded(const QString &name)
{
    QSettings().remove(key(name));
}

} // namespace rongpei
