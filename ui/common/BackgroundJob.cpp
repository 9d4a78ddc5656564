#include "common/BackgroundJob.h"

namespace rongpei {

QThreadPool *BackgroundJob::threadPool()
{
    static QThreadPool pool;
    return &pool;
}

BackgroundJob::BackgroundJob(QObject *parent)
    : QObject(parent)
    , m_canceled(std::make_shared<std::atomic_bool>(false))
{
    m_futures.setCancelOnWait(false);
}

BackgroundJob::~BackgroundJob()
{
    m_canceled->store(true);
    m_futures.waitForFinished();
}

quint64 BackgroundJob::begin()
{
    m_canceled->store(true); // the running one, if any, stops at its next checkpoint
    m_canceled = std::make_shared<std::atomic_bool>(false);
    // Forget futures that are done, so the list does not grow with every recomputation.
    QList<QFuture<void>> running;
    for (const QFuture<void> &future : m_futures.futures())
        if (!future.isFinished())
            running.append(future);
    m_futures.clearFutures();
    for (const QFuture<void> &future : std::as_const(running))
        m_futures.addFuture(future);
    setRunning(true);
    return ++m_generation;
}

void BackgroundJob::cancel()
{
    m_canceled->store(true);
    ++m_generation; // nothing running now may deliver
    setRunning(false);
}

bool BackgroundJob::finish(quint64 generation)
{
    if (generation != m_generation)
        return false;
    setRunning(false);
    return true;
}

void BackgroundJob::fail(quint64 generation, const QString &message)
{
    if (finish(generation))
        emit failed(message);
}

void BackgroundJob::reportProgress(quint64 generation, int done, int total)
{
    if (generation == m_generation)
        emit progressChanged(done, total);
}

void BackgroundJob::setRunning(bool running)
{
    if (m_running == running)
        return;
    m_running = running;
    emit runningChanged(running);
}

} // namespace rongpei
