#pragma once

#include "common/TaskControl.h"
#include "common/UserMessage.h"

#include <QFutureSynchronizer>
#include <QObject>
#include <QThreadPool>
#include <QtConcurrent>

#include <atomic>
#include <functional>
#include <memory>

namespace rongpei {

/// Runs a page's computation off the GUI thread (QtConcurrent) and hands the result back
/// on the GUI thread, so the page stays responsive. Starting again cancels and supersedes
/// what is running: only the newest result is delivered. The work must open its own
/// read-only connection: a database connection belongs to the thread that opened it.
class BackgroundJob final : public QObject
{
    Q_OBJECT

public:
    explicit BackgroundJob(QObject *parent = nullptr);
    /// Cancels what runs and waits for it to reach its next checkpoint.
    ~BackgroundJob() override;
    Q_DISABLE_COPY_MOVE(BackgroundJob)

    /// The threads every job runs on: not Qt's global pool, which the raster paint engine uses
    /// to draw and waits for, so a long computation there froze painting until it finished.
    static QThreadPool *threadPool();

    template <typename Result>
    void start(std::function<Result(const TaskControl &)> work, std::function<void(Result)> deliver)
    {
        const quint64 generation = begin();
        const std::shared_ptr<std::atomic_bool> canceled = m_canceled;
        m_futures.addFuture(QtConcurrent::run(
            threadPool(), [this, generation, canceled, work = std::move(work), deliver = std::move(deliver)] {
                TaskControl control;
                control.canceled = [canceled] { return canceled->load(); };
                control.progress = [this, generation](int done, int total) {
                    QMetaObject::invokeMethod(
                        this, [this, generation, done, total] { reportProgress(generation, done, total); },
                        Qt::QueuedConnection);
                };
                try {
                    auto result = std::make_shared<Result>(work(control));
                    QMetaObject::invokeMethod(
                        this,
                        [this, generation, deliver, result] {
                            if (finish(generation))
                                deliver(std::move(*result));
                        },
                        Qt::QueuedConnection);
                } catch (const TaskCanceled &) {
                    // superseded or abandoned: nobody waits for this result
                } catch (const std::exception &error) {
                    const QString message = userMessage(error);
                    QMetaObject::invokeMethod(
                        this, [this, generation, message] { fail(generation, message); },
                        Qt::QueuedConnection);
                }
            }));
    }

    /// Reads a list shown on a page: like start(), but if `changeCount` (the changes the page's
    /// model has heard of) moved while `work` ran, the result may be missing a change, so it
    /// is read again instead of being delivered.
    template <typename Result>
    void startReading(std::function<quint64()> changeCount, std::function<Result(const TaskControl &)> work,
                      std::function<void(Result)> deliver)
    {
        const quint64 before = changeCount();
        start<Result>(work, [this, changeCount, work, deliver, before](Result result) {
            if (changeCount() != before)
                startReading<Result>(changeCount, work, deliver);
            else
                deliver(std::move(result));
        });
    }

    /// Stops what runs; its result will not be delivered.
    void cancel();
    bool isRunning() const { return m_running; }

signals:
    void runningChanged(bool running);
    void progressChanged(int done, int total);
    /// The computation failed; the message is for the user.
    void failed(const QString &message);

private:
    quint64 begin();
    bool finish(quint64 generation);
    void fail(quint64 generation, const QString &message);
    void reportProgress(quint64 generation, int done, int total);
    void setRunning(bool running);

    quint64 m_generation = 0;
    bool m_running = false;
    std::shared_ptr<std::atomic_bool> m_canceled;
    QFutureSynchronizer<void> m_futures;
};

} // namespace rongpei
