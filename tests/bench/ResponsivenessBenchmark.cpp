// How long the GUI thread is blocked while pages that compute load, at enterprise scale:
//   build/bin/rongpei_bench_responsiveness [--database FILE | --cadres N]
// A 1 ms timer ticks on the GUI thread; the longest gap between two ticks is the longest
// time a clerk's click or keystroke would have waited.
#include "BenchSupport.h"
#include "Workspace.h"
#include "common/Clock.h"
#include "roster/RosterPage.h"
#include "shell/GuiStartup.h"
#include "shell/MainWindow.h"
#include "shell/ScopePeriodBar.h"
#include "shell/StartupSplash.h"
#include "storage/Database.h"
#include "study/CompliancePage.h"
#include "study/MeetingCalendarPage.h"
#include "study/StudyPage.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableView>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimer>

#include <functional>
#include <memory>

namespace {

/// Records the longest gap between ticks of a fast timer on the GUI thread.
class BlockMeter final
{
public:
    BlockMeter()
    {
        m_timer.setInterval(1);
        QObject::connect(&m_timer, &QTimer::timeout, [this] {
            const qint64 now = m_clock.nsecsElapsed();
            m_longest = qMax(m_longest, now - m_last);
            m_last = now;
        });
    }
    void start()
    {
        m_longest = 0;
        m_clock.start();
        m_last = 0;
        m_timer.start();
    }
    /// Stops and returns the longest gap, counting the time since the last tick.
    double stopMs()
    {
        const qint64 now = m_clock.nsecsElapsed();
        m_longest = qMax(m_longest, now - m_last);
        m_timer.stop();
        return m_longest / 1e6;
    }

private:
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_last = 0;
    qint64 m_longest = 0;
};

/// Runs the event loop until `done` holds, for at most a minute; returns the milliseconds taken.
double runUntil(const std::function<bool()> &done)
{
    QElapsedTimer timer;
    timer.start();
    while (!done() && timer.elapsed() < 60000)
        QApplication::processEvents(QEventLoop::WaitForMoreEvents, 5);
    return timer.nsecsElapsed() / 1e6;
}

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication application(argc, argv);
    rongpei::applyChineseFontFallbacks(application);
    QTextStream out(stdout);

    // Each run starts at this year and the whole enterprise: the shell remembers its scope and
    // period, and a run that changes the year would otherwise move the next one to another.
    QSettings().remove(QStringLiteral("shell"));
    const QTemporaryDir folder;
    const QString path = rongpei::bench::benchDatabase(application, folder, out);
    if (path.isEmpty())
        return 1;

    // Start-up as GuiStartup does it: the splash first, then the file (its checks off the GUI
    // thread), then the window, whose start page reads its rows off the GUI thread too.
    rongpei::SystemClock clock;
    BlockMeter meter;
    QElapsedTimer start;
    start.start();
    meter.start();
    auto splash = std::make_unique<rongpei::StartupSplash>(path);
    splash->showNow();
    out << "start_to_splash_painted: " << start.nsecsElapsed() / 1e6 << " ms\n";
    const std::unique_ptr<rongpei::Workspace> workspace = rongpei::openWorkspace(path, clock);
    const double opened = start.nsecsElapsed() / 1e6;
    rongpei::MainWindow window(*workspace);
    const double built = start.nsecsElapsed() / 1e6;
    window.show();
    splash->finish(&window);
    QApplication::processEvents();
    const double painted = start.nsecsElapsed() / 1e6;
    auto *roster = window.page<rongpei::RosterPage>();
    runUntil([roster] { return roster->isLoaded(); });
    out << "start_to_database_open: " << opened << " ms\n";
    out << "start_to_window_built: " << built << " ms\n";
    out << "start_to_window_painted: " << painted << " ms\n";
    out << "start_to_roster_rows: " << start.nsecsElapsed() / 1e6 << " ms\n";
    out << "startup_gui_blocked_max: " << meter.stopMs() << " ms\n";
    splash.reset();

    {
        // What every background computation pays first: its own read-only connection.
        QElapsedTimer reader;
        reader.start();
        const rongpei::Database connection(path, rongpei::Database::OpenMode::ReadOnly,
                                           rongpei::DatabaseOptions::secondReader());
        out << "reader_connection_open: " << reader.nsecsElapsed() / 1e6 << " ms\n";
    }

    auto *study = window.page<rongpei::StudyPage>();
    meter.start();
    window.showPage(study);
    const double studyMs = runUntil([study] { return study->isLoaded(); });
    out << "study_page_gui_blocked_max: " << meter.stopMs() << " ms\n";
    out << "study_page_result: " << studyMs << " ms\n";

    auto *compliance = window.page<rongpei::CompliancePage>();
    QSignalSpy computed(compliance, &rongpei::CompliancePage::computed);
    meter.start();
    window.showPage(compliance);
    const double complianceMs = runUntil([&] { return computed.count() > 0; });
    out << "compliance_gui_blocked_max: " << meter.stopMs() << " ms\n";
    out << "compliance_result: " << complianceMs << " ms\n";

    computed.clear();
    meter.start();
    QSpinBox *year = window.scopePeriodBar()->yearBox();
    year->setValue(year->value() - 1);
    const double yearMs = runUntil([&] { return computed.count() > 0; });
    out << "compliance_year_change_gui_blocked_max: " << meter.stopMs() << " ms\n";
    out << "compliance_year_change_result: " << yearMs << " ms (400 ms of it the typing pause)\n";

    auto *calendar = window.page<rongpei::MeetingCalendarPage>();
    QSignalSpy grid(calendar, &rongpei::MeetingCalendarPage::gridComputed);
    QSignalSpy overdue(calendar, &rongpei::MeetingCalendarPage::overdueComputed);
    meter.start();
    window.showPage(calendar);
    const double calendarMs = runUntil([&] { return grid.count() > 0 && overdue.count() > 0; });
    out << "calendar_gui_blocked_max: " << meter.stopMs() << " ms\n";
    out << "calendar_result: " << calendarMs << " ms\n";
    return 0;
}
