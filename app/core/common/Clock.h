#pragma once

#include <QDate>
#include <QDateTime>

namespace rongpei {

/// Every "now" and "today" in RongPei goes through a Clock, so tests can fix time.
class Clock
{
public:
    Clock() = default;
    virtual ~Clock() = default;
    Q_DISABLE_COPY_MOVE(Clock)

    virtual QDateTime now() const = 0;
    QDate today() const { return now().toLocalTime().date(); }
    /// Timestamp as stored in every table's created_at/updated_at: ISO 8601, UTC.
    QString timestamp() const { return now().toUTC().toString(Qt::ISODate); }
};

class SystemClock final : public Clock
{
public:
    QDateTime now() const override { return QDateTime::currentDateTime(); }
};

/// A clock stopped at one moment: a computation off the GUI thread sees the same "today"
/// throughout, and owns its clock instead of sharing the window's.
class StoppedClock final : public Clock
{
public:
    explicit StoppedClock(QDateTime now)
        : m_now(std::move(now))
    {}
    QDateTime now() const override { return m_now; }

private:
    QDateTime m_now;
};

} // namespace rongpei
