#include "common/BackgroundJob.h"

#include <QSemaphore>
#include <QSignalSpy>
#include <QTest>
#include <QThread>
#include <QThreadPool>

#include <catch2/catch.hpp>

#include <algorithm>
#include <atomic>
#include <memory>
#include <vector>

using namespace rongpei;

TEST_CASE("A background job runs off the GUI thread and delivers on it", "[ui][job]")
{
    BackgroundJob job;
    QThread *workThread = nullptr;
    QThread *deliveryThread = nullptr;
    int delivered = 0;
    job.start<int>(
        [&workThread](const TaskControl &) {
            workThread = QThread::currentThread();
            return 42;
        },
        [&](int value) {
            deliveryThread = QThread::currentThread();
            delivered = value;
        });
    CHECK(job.isRunning());
    CHECK(delivered == 0); // nothing arrives before the event loop runs
    QSignalSpy running(&job, &BackgroundJob::runningChanged);
    REQUIRE(running.wait(5000));
    CHECK(delivered == 42);
    CHECK(workThread != QThread::currentThread());
    CHECK(deliveryThread == QThread::currentThread());
    CHECK_FALSE(job.isRunning());
}

TEST_CASE("Starting again supersedes a running job, cancel delivers nothing", "[ui][job]")
{
    BackgroundJob job;
    std::atomic_bool release = false;
    QList<int> delivered;
    const auto slow = [&release](const TaskControl &control) {
        while (!release.load()) {
            control.checkpoint(); // stops here once superseded
            QThread::msleep(2);
        }
        return 1;
    };
    job.start<int>(slow, [&delivered](int value) { delivered.append(value); });
    job.start<int>([](const TaskControl &) { return 2; },
                   [&delivered](int value) { delivered.append(value); });
    QSignalSpy running(&job, &BackgroundJob::runningChanged);
    REQUIRE(running.wait(5000));
    release = true;
    QTest::qWait(50);
    CHECK(delivered == QList<int>{2});

    // Cancelled: the work stops at its checkpoint and nothing is delivered or reported as failed.
    release = false;
    QSignalSpy failed(&job, &BackgroundJob::failed);
    job.start<int>(slow, [&delivered](int value) { delivered.append(value); });
    job.cancel();
    CHECK_FALSE(job.isRunning());
    QTest::qWait(50);
    CHECK(delivered == QList<int>{2});
    CHECK(failed.isEmpty());
}

TEST_CASE("A failing background job reports its message", "[ui][job]")
{
    BackgroundJob job;
    QSignalSpy failed(&job, &BackgroundJob::failed);
    bool delivered = false;
    job.start<int>([](const TaskControl &) -> int { throw std::runtime_error("the file is gone"); },
                   [&delivered](int) { delivered = true; });
    REQUIRE(failed.wait(5000));
    CHECK(failed.first().first().toString() == QStringLiteral("the file is gone"));
    CHECK_FALSE(delivered);
    CHECK_FALSE(job.isRunning());
}

TEST_CASE("Long jobs leave Qt's global thread pool free: the raster paint engine draws with it", "[ui][job]")
{
    // Every thread the jobs may use is kept busy until released.
    const int busy = std::max(BackgroundJob::threadPool()->maxThreadCount(),
                              QThreadPool::globalInstance()->maxThreadCount());
    QSemaphore release;
    std::vector<std::unique_ptr<BackgroundJob>> jobs;
    for (int i = 0; i < busy; ++i) {
        jobs.push_back(std::make_unique<BackgroundJob>());
        jobs.back()->start<int>(
            [&release](const TaskControl &) {
                release.acquire();
                return 0;
            },
            [](int) {});
    }
    // What painting a large area does meanwhile: a task on the global pool, waited for.
    QSemaphore ran;
    QThreadPool::globalInstance()->start([&ran] { ran.release(); });
    CHECK(ran.tryAcquire(1, 5000));
    release.release(busy);
    BackgroundJob::threadPool()->waitForDone();
}
