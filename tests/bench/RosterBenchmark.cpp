// Roster benchmark at enterprise scale: open-to-roster time, one search-as-you-type
// filter step, and peak memory. Prints one "name: value unit" per line.
#include "BenchSupport.h"
#include "Workspace.h"
#include "common/Clock.h"
#include "roster/CadreFilterProxy.h"
#include "roster/CadreTableModel.h"
#include "roster/RosterPage.h"
#include "shell/GuiStartup.h"
#include "shell/MainWindow.h"
#include "study/CompliancePage.h"
#include "study/MeetingCalendarPage.h"
#include "study/SessionDialog.h"
#include "study/StudyPage.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFile>
#include <QLineEdit>
#include <QSettings>
#include <QTableView>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>
#include <vector>

namespace {

using rongpei::bench::median;

double peakRssMegabytes()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n'))
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').first().toDouble() / 1024.0;
    return -1;
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

    rongpei::SystemClock clock;
    QElapsedTimer timer;
    timer.start();
    rongpei::Workspace workspace(path, rongpei::Database::OpenMode::MustExist, clock);
    rongpei::bench::signInAdministrator(workspace);
    const qint64 opened = timer.nsecsElapsed();
    rongpei::MainWindow window(workspace);
    window.showPage(window.page<rongpei::RosterPage>());
    window.show();
    QApplication::processEvents();
    // The roster is read off the GUI thread once the page is shown: the figure waits for its rows.
    rongpei::RosterPage *roster = window.page<rongpei::RosterPage>();
    while (!roster->isLoaded())
        QApplication::processEvents(QEventLoop::WaitForMoreEvents, 5);
    const double openToRoster = timer.nsecsElapsed() / 1e6;
    out << "cadres: " << roster->proxy()->rowCount() << " rows\n";
    out << "open_database: " << opened / 1e6 << " ms\n";
    out << "open_to_roster: " << openToRoster << " ms\n";
    // Its own SQLite work, by hand: the file's checks, the organisation tree and the roster.
    rongpei::bench::printFloor(
        out, QStringLiteral("open_to_roster"), openToRoster,
        rongpei::bench::sqliteShellMs(
            path,
            {QStringLiteral("PRAGMA quick_check(organization)"), QStringLiteral("PRAGMA quick_check(cadre)"),
             QStringLiteral("SELECT id, uuid, parent_id, kind, name, branch_id, sort_order, created_at, "
                            "updated_at FROM organization ORDER BY sort_order, id"),
             QStringLiteral("SELECT id, uuid, name, employee_number, gender, birth_date, branch_id, "
                            "department_id, post, level, track, party_status, party_joined_on, phone, "
                            "employment_status, notes, created_at, updated_at FROM cadre ORDER BY id")}));

    // Typing one character at a time, as a clerk would: a name, then an employee number.
    const QStringList sequences{QStringLiteral("王"),
                                QStringLiteral("王伟"),
                                QString(),
                                QStringLiteral("HY"),
                                QStringLiteral("HY1"),
                                QStringLiteral("HY10"),
                                QStringLiteral("HY105"),
                                QStringLiteral("HY1050"),
                                QString(),
                                QStringLiteral("书记"),
                                QString()};
    std::vector<double> steps;
    for (int round = 0; round < 3; ++round) {
        for (const QString &text : sequences) {
            QElapsedTimer step;
            step.start();
            roster->searchBox()->setText(text);
            QApplication::processEvents();
            steps.push_back(step.nsecsElapsed() / 1e6);
            if (qEnvironmentVariableIsSet("RONGPEI_BENCH_VERBOSE"))
                out << "  step \"" << text << "\": " << steps.back() << " ms, " << roster->proxy()->rowCount()
                    << " rows\n";
        }
    }
    out << "filter_step_median: " << median(steps) << " ms\n";
    out << "filter_step_max: " << *std::max_element(steps.begin(), steps.end()) << " ms\n";

    QElapsedTimer sort;
    sort.start();
    roster->table()->sortByColumn(rongpei::CadreTableModel::NameColumn, Qt::AscendingOrder);
    QApplication::processEvents();
    out << "sort_by_name_first_time: " << sort.nsecsElapsed() / 1e6 << " ms\n";
    steps.clear();
    for (const QString &text : sequences) {
        QElapsedTimer step;
        step.start();
        roster->searchBox()->setText(text);
        QApplication::processEvents();
        steps.push_back(step.nsecsElapsed() / 1e6);
    }
    out << "filter_step_sorted_by_name_max: " << *std::max_element(steps.begin(), steps.end()) << " ms\n";

    // The study pages read their data when first shown.
    for (const auto &[name, page] : {std::pair<const char *, rongpei::ModulePage *>{
                                         "show_study_page", window.page<rongpei::StudyPage>()},
                                     {"show_compliance_page", window.page<rongpei::CompliancePage>()},
                                     {"show_meetings_page", window.page<rongpei::MeetingCalendarPage>()}}) {
        QElapsedTimer show;
        show.start();
        window.showPage(page);
        QApplication::processEvents();
        // The study page reads its sessions off the GUI thread: the figure waits for them.
        if (auto *study = qobject_cast<rongpei::StudyPage *>(page))
            while (!study->isLoaded())
                QApplication::processEvents(QEventLoop::WaitForMoreEvents, 5);
        out << name << ": " << show.nsecsElapsed() / 1e6 << " ms\n";
    }
    QElapsedTimer dialogTimer;
    dialogTimer.start();
    {
        // What the study page does on Ctrl+N: read the lists the dialog chooses from, then build it.
        rongpei::SessionDialog dialog(window.page<rongpei::StudyPage>()->sessionDialogData(),
                                      rongpei::StudySession(), [](const rongpei::StudySession &) {});
        out << "open_session_dialog: " << dialogTimer.nsecsElapsed() / 1e6 << " ms\n";
    }
    out << "peak_rss: " << peakRssMegabytes() << " MB\n";
    return 0;
}
