#include "study/StudyPage.h"

#include "StudyWindow.h"
#include "common/BackgroundJob.h"
#include "common/Localization.h"
#include "common/ScopeCombo.h"
#include "common/SearchFilterProxy.h"
#include "roster/CadreFilterProxy.h"
#include "roster/CadreRepository.h"
#include "roster/RosterPage.h"
#include "shell/MainWindow.h"
#include "shell/ScopePeriodBar.h"
#include "study/CompliancePage.h"
#include "study/ComplianceTableModel.h"
#include "study/MeetingCalendar.h"
#include "study/MeetingCalendarPage.h"
#include "study/OverdueTableModel.h"
#include "study/RollCallModel.h"
#include "study/SessionDialog.h"
#include "study/StudyFileDialog.h"
#include "study/StudyRuleRepository.h"
#include "study/StudySessionRepository.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardItemModel>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <QTimeEdit>
#include <QUndoStack>

using namespace rongpei;
using namespace rongpei::test;

TEST_CASE("A clerk records a theme day and ticks off the roll call with clicks", "[ui][study]")
{
    StudyWindow w;
    StudyPage *page = w.showStudyPage();
    StudySessionRepository &sessions = w.temp.workspace().studySessions();
    SessionDialog *dialog = w.newSession(QStringLiteral("theme_day"), w.org.firstBranch,
                                         QStringLiteral("学习党的二十届三中全会精神"));

    // The roll call defaults to the branch's employed party members, all present.
    RollCallModel *rollCall = dialog->rollCall();
    REQUIRE(rollCall->rowCount() == 3);
    for (const Attendance &line : rollCall->lines()) {
        CHECK(w.members.contains(line.cadreId));
        CHECK(line.status == AttendanceStatus::Present);
    }
    CHECK(dialog->countsText().contains(QStringLiteral("3")));

    // A click on the Present tick marks the second person absent; the counts follow at once.
    clickCell(dialog->rollCallView(), 1, RollCallModel::PresentColumn);
    CHECK(rollCall->lines().at(1).status == AttendanceStatus::Absent);
    CHECK(rollCall->counts().absent == 1);
    CHECK(dialog->countsText().contains(QStringLiteral("67%")));

    // Invert, then all present, then one late and one excused with a reason.
    QTest::mouseClick(child<QPushButton>(dialog, QStringLiteral("invert")), Qt::LeftButton);
    CHECK(rollCall->counts().present == 1);
    CHECK(rollCall->counts().absent == 2);
    QTest::mouseClick(child<QPushButton>(dialog, QStringLiteral("allPresent")), Qt::LeftButton);
    CHECK(rollCall->counts().present == 3);
    rollCall->setData(rollCall->index(0, RollCallModel::StatusColumn),
                      static_cast<int>(AttendanceStatus::Late));
    rollCall->setData(rollCall->index(2, RollCallModel::ExcuseColumn), QStringLiteral("因公出差"));
    CHECK(rollCall->lines().at(2).status == AttendanceStatus::Excused);

    // A guest from the second branch joins the session.
    rollCall->append({w.guest});
    CHECK(rollCall->rowCount() == 4);

    // Start and end 14:30–16:30 by default: the kind counts clock hours, so 2 hours.
    CHECK(child<QDoubleSpinBox>(dialog, QStringLiteral("hours"))->value() == 2.0);
    dialog->accept();
    w.waitForDialogClosed();

    REQUIRE(sessions.count() == 1);
    const qint64 id = page->selectedId();
    REQUIRE(id > 0);
    const StudySession saved = *sessions.find(id);
    CHECK(saved.topic == QStringLiteral("学习党的二十届三中全会精神"));
    CHECK(saved.hours == 2.0);
    REQUIRE(saved.attendance.size() == 4);
    CHECK(saved.attendance.at(0).status == AttendanceStatus::Late);
    CHECK(saved.attendance.at(1).status == AttendanceStatus::Present);
    CHECK(saved.attendance.at(2).status == AttendanceStatus::Excused);
    CHECK(saved.attendance.at(2).excuse == QStringLiteral("因公出差"));
    CHECK(saved.attendance.at(3).cadreId == w.guest);
    CHECK(page->table()->model()->rowCount() == 1);

    // Undo takes the session away, redo brings it back with its roll call.
    QTest::keyClick(w.window.get(), Qt::Key_Z, Qt::ControlModifier);
    CHECK(sessions.count() == 0);
    CHECK(page->table()->model()->rowCount() == 0);
    QTest::keyClick(w.window.get(), Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    REQUIRE(sessions.find(id));
    CHECK(sessions.find(id)->attendance == saved.attendance);
}

TEST_CASE("The host branch is found by typing and defaults to the one used last", "[ui][study]")
{
    StudyWindow w;
    w.window->showPage(w.window->page<StudyPage>());
    REQUIRE(waitUntil([&w] { return w.window->page<StudyPage>()->isLoaded(); }));
    QTest::keyClick(w.window.get(), Qt::Key_N, Qt::ControlModifier);
    SessionDialog *dialog = w.openDialog();
    auto *branch = child<QComboBox>(dialog, QStringLiteral("branch"));
    REQUIRE(branch->isEditable());
    // By pinyin 第二 (dì èr) comes before 第一 (dì yī); by code point 一 (U+4E00) would be first.
    CHECK(branch->itemText(0) == QStringLiteral("第二党支部"));
    // Typed text that names no branch goes back to the chosen one.
    branch->setCurrentIndex(branch->findData(w.org.secondBranch));
    branch->lineEdit()->setText(QStringLiteral("不存在的支部"));
    emit branch->lineEdit()->editingFinished();
    CHECK(branch->currentText() == QStringLiteral("第二党支部"));
    CHECK(branch->currentData().toLongLong() == w.org.secondBranch);
    typeText(child<QLineEdit>(dialog, QStringLiteral("topic")), QStringLiteral("集中学习"));
    dialog->accept();
    w.waitForDialogClosed();
    REQUIRE(w.temp.workspace().studySessions().count() == 1);

    // The next new session starts with that branch, the shell's scope being the whole enterprise.
    QTest::keyClick(w.window.get(), Qt::Key_N, Qt::ControlModifier);
    SessionDialog *next = w.openDialog();
    CHECK(child<QComboBox>(next, QStringLiteral("branch"))->currentData().toLongLong() == w.org.secondBranch);
    next->reject();
    w.waitForDialogClosed();
    QSettings().remove(QStringLiteral("study/lastHostBranch"));
}

TEST_CASE("A session ending before it starts keeps the dialog open with the message", "[ui][study]")
{
    StudyWindow w;
    w.window->showPage(w.window->page<StudyPage>());
    REQUIRE(waitUntil([&w] { return w.window->page<StudyPage>()->isLoaded(); }));
    QTest::keyClick(w.window.get(), Qt::Key_N, Qt::ControlModifier);
    SessionDialog *dialog = w.openDialog();
    typeText(child<QLineEdit>(dialog, QStringLiteral("topic")), QStringLiteral("集中学习"));
    child<QTimeEdit>(dialog, QStringLiteral("startTime"))->setTime(QTime(16, 0));
    child<QTimeEdit>(dialog, QStringLiteral("endTime"))->setTime(QTime(15, 0));
    dialog->accept();
    CHECK(dialog->isVisible());
    CHECK(dialog->errorText(StudySessionField::endTime).contains(QStringLiteral("end after")));
    CHECK(w.temp.workspace().studySessions().count() == 0);
    dialog->reject();
    w.waitForDialogClosed();
}

TEST_CASE("Deleting a session asks first and can be undone", "[ui][study]")
{
    StudyWindow w;
    StudySessionRepository &sessions = w.temp.workspace().studySessions();
    StudySession session;
    session.kindId = w.kind(QStringLiteral("party_lecture"));
    session.topic = QStringLiteral("党课：学习党章");
    session.branchId = w.org.firstBranch;
    session.date = QDate(2026, 11, 2);
    session.startTime = QTime(9, 0);
    session.endTime = QTime(11, 0);
    session.hours = 2;
    session.attendance = {{QString(), w.members.at(0), AttendanceStatus::Present, QString()}};
    const qint64 id = sessions.add(session);

    StudyPage *page = w.window->page<StudyPage>();
    w.window->showPage(page);
    REQUIRE(waitUntil([page] { return page->isLoaded(); }));
    page->selectSession(id);
    MessageBoxAnswerer answerer;
    answerer.answer(QMessageBox::No);
    page->deleteSelected();
    CHECK(sessions.count() == 1);
    answerer.answer(QMessageBox::Yes);
    page->deleteSelected();
    CHECK(sessions.count() == 0);
    REQUIRE(answerer.texts.size() == 2);
    CHECK(answerer.texts.at(1).contains(QStringLiteral("党课：学习党章")));
    page->undoStack()->undo();
    CHECK(sessions.find(id).has_value());
}

TEST_CASE("The study file, compliance and calendar pages show what the sessions earned", "[ui][study]")
{
    StudyWindow w;
    StudySessionRepository &sessions = w.temp.workspace().studySessions();
    StudySession session;
    session.kindId = w.kind(QStringLiteral("member_assembly"));
    session.topic = QStringLiteral("支部党员大会");
    session.branchId = w.org.firstBranch;
    session.date = QDate(2026, 2, 10);
    session.startTime = QTime(14, 0);
    session.endTime = QTime(17, 0);
    session.hours = 3;
    session.attendance = {{QString(), w.members.at(0), AttendanceStatus::Present, QString()},
                          {QString(), w.members.at(1), AttendanceStatus::Absent, QString()}};
    sessions.add(session);

    // Study file from the roster (Ctrl+I).
    RosterPage *roster = w.window->page<RosterPage>();
    w.window->showPage(roster);
    REQUIRE(waitUntil([roster] { return roster->isLoaded(); }));
    roster->searchBox()->setText(QStringLiteral("A001"));
    REQUIRE(roster->proxy()->rowCount() == 1);
    roster->table()->selectRow(0);
    roster->table()->setFocus();
    QTest::keyClick(roster->table(), Qt::Key_I, Qt::ControlModifier);
    // Read off the GUI thread: the dialog opens once the file has arrived, not during the key.
    CHECK(w.window->findChild<StudyFileDialog *>() == nullptr);
    auto *file = waitForChild<StudyFileDialog>(w.window.get());
    REQUIRE(file != nullptr);
    CHECK(file->file().hoursByYear.value(2026) == 3.0);
    CHECK(file->sessionsTable()->rowCount() == 1);
    CHECK(file->summary()->text().contains(QStringLiteral("100%")));
    file->close();
    w.waitForDialogClosed();

    // Compliance: the assembly counts toward no hour requirement, so everyone is far behind in November.
    CompliancePage *compliance = w.window->page<CompliancePage>();
    QSignalSpy computed(compliance, &CompliancePage::computed);
    w.window->showPage(compliance);
    REQUIRE(computed.wait(10000));
    const QList<ComplianceRow> &rows = compliance->model()->rows();
    REQUIRE(rows.size() == 5); // the departed cadre is not measured
    bool firstMeasured = false;
    for (const ComplianceRow &row : rows) {
        CHECK(row.level == ComplianceLevel::FarBehind);
        if (row.cadreId == w.members.at(0)) {
            CHECK(row.earned == 0.0); // a branch meeting is in the study file, not in the training hours
            firstMeasured = true;
        }
    }
    CHECK(firstMeasured);
    CHECK(compliance->summary()->text().contains(QStringLiteral("5")));

    // Calendar: the assembly was held in February, so the first quarter is green.
    MeetingCalendarPage *calendar = w.window->page<MeetingCalendarPage>();
    QSignalSpy overdueComputed(calendar, &MeetingCalendarPage::overdueComputed);
    w.window->showPage(calendar);
    QSignalSpy gridComputed(calendar, &MeetingCalendarPage::gridComputed);
    calendar->branchBox()->setUnitId(w.org.firstBranch);
    REQUIRE((gridComputed.count() > 0 || gridComputed.wait(10000)));
    while (calendar->isComputing())
        REQUIRE((gridComputed.wait(10000) || overdueComputed.count() > 0 || !calendar->isComputing()));
    QStandardItemModel *grid = calendar->grid();
    int assemblyRow = -1;
    for (int row = 0; row < grid->rowCount(); ++row)
        if (grid->verticalHeaderItem(row)->text() == QStringLiteral("支部党员大会"))
            assemblyRow = row;
    REQUIRE(assemblyRow >= 0);
    // Held, but neither its minutes nor its signed sheet is attached: starred, and the tip says so.
    CHECK(grid->item(assemblyRow, 2)->text() == QStringLiteral("1*"));
    CHECK(grid->item(assemblyRow, 2)->data(MeetingCalendarPage::IncompleteRole).toBool());
    CHECK(grid->item(assemblyRow, 2)->toolTip().contains(QStringLiteral("without minutes")));
    CHECK(grid->item(assemblyRow, 2)->toolTip().contains(QStringLiteral("without a signed sign-in sheet")));
    CHECK(grid->item(assemblyRow, 1)->data(Qt::UserRole).toInt() == static_cast<int>(PeriodState::Held));
    CHECK(grid->item(assemblyRow, 4)->data(Qt::UserRole).toInt() == static_cast<int>(PeriodState::Missed));
    CHECK(calendar->overdueModel()->rowCount() > 0);
}

TEST_CASE("The overdue list follows the shell's period and state filter, and a row opens its branch",
          "[ui][study]")
{
    StudyWindow w;
    MeetingCalendarPage *calendar = w.window->page<MeetingCalendarPage>();
    QSignalSpy overdueComputed(calendar, &MeetingCalendarPage::overdueComputed);
    w.window->showPage(calendar);
    REQUIRE((overdueComputed.count() > 0 || overdueComputed.wait(10000)));
    REQUIRE(waitUntil([calendar] { return !calendar->isComputing(); })); // the grid too
    OverdueTableModel *overdue = calendar->overdueModel();
    const int wholeYear = overdue->rowCount();
    REQUIRE(wholeYear > 0); // no meeting held anywhere in 2026: every past period is missed
    auto *view = w.window->findChild<QTableView *>(QStringLiteral("overdueTable"));
    REQUIRE(view != nullptr);

    // A quarter of the same year filters the year's list; nothing is computed again.
    w.window->scopePeriodBar()->setPeriod(Period::quarter(2026, 1));
    CHECK_FALSE(calendar->isComputing());
    REQUIRE(overdue->rowCount() > 0);
    CHECK(overdue->rowCount() < wholeYear);
    for (const OverdueMeeting &item : overdue->rows()) {
        CHECK(item.period.start <= QDate(2026, 3, 31));
        CHECK(item.period.end >= QDate(2026, 1, 1));
        // The first quarter is long over: what is still due is a period running until today or later.
        CHECK((item.state == PeriodState::Missed || item.period.end >= QDate(2026, 11, 24)));
    }

    // Only what is due: in the whole year, November's monthly meetings (the clock says 24 November).
    w.window->scopePeriodBar()->setPeriod(Period::year(2026));
    auto *state = w.window->findChild<QComboBox *>(QStringLiteral("overdueState"));
    REQUIRE(state != nullptr);
    state->setCurrentIndex(state->findData(static_cast<int>(PeriodState::Due)));
    REQUIRE(view->model()->rowCount() > 0);
    for (int row = 0; row < view->model()->rowCount(); ++row)
        CHECK(view->model()->index(row, OverdueTableModel::StateColumn).data().toString() ==
              enumLabel(PeriodState::Due));

    // Sorted by branch in pinyin order: 第二 (dì èr) before 第一 (dì yī), unlike code-point order.
    QLocale::setDefault(QLocale(QLocale::Chinese, QLocale::China));
    calendar->refresh();
    REQUIRE(waitUntil([calendar] { return !calendar->isComputing(); }));
    view->sortByColumn(OverdueTableModel::BranchColumn, Qt::AscendingOrder);
    QLocale::setDefault(QLocale::c());
    CHECK(view->model()->index(0, OverdueTableModel::BranchColumn).data().toString() ==
          QStringLiteral("第二党支部"));

    // Enter on a row of the second branch shows its calendar in the grid above.
    calendar->branchBox()->setUnitId(w.org.firstBranch);
    view->setFocus();
    view->setCurrentIndex(view->model()->index(0, 0));
    QTest::keyClick(view, Qt::Key_Return);
    CHECK(calendar->branchBox()->unitId() == w.org.secondBranch);
}

TEST_CASE("Enter on a compliance row opens that cadre's study file", "[ui][study]")
{
    StudyWindow w;
    CompliancePage *compliance = w.window->page<CompliancePage>();
    QSignalSpy computed(compliance, &CompliancePage::computed);
    w.window->showPage(compliance);
    REQUIRE(computed.wait(10000));
    compliance->table()->selectRow(0);
    const qint64 cadreId = compliance->table()->currentIndex().data(TableRole::Id).toLongLong();
    compliance->table()->setFocus();
    QTest::keyClick(compliance->table(), Qt::Key_Return);
    auto *file = waitForChild<StudyFileDialog>(w.window.get());
    REQUIRE(file != nullptr);
    CHECK(file->windowTitle().contains(w.temp.workspace().cadres().find(cadreId)->employeeNumber));
    file->close();
    w.waitForDialogClosed();
}

TEST_CASE("The session dialog keeps the clerk's marks and follows the date", "[ui][study]")
{
    StudyWindow w;
    w.window->showPage(w.window->page<StudyPage>());
    REQUIRE(waitUntil([&w] { return w.window->page<StudyPage>()->isLoaded(); }));
    QTest::keyClick(w.window.get(), Qt::Key_N, Qt::ControlModifier);
    SessionDialog *dialog = w.openDialog();
    auto *kind = child<QComboBox>(dialog, QStringLiteral("kind"));
    kind->setCurrentIndex(kind->findData(w.kind(QStringLiteral("theme_day"))));
    auto *branch = child<QComboBox>(dialog, QStringLiteral("branch"));
    branch->setCurrentIndex(branch->findData(w.org.firstBranch));
    RollCallModel *rollCall = dialog->rollCall();
    REQUIRE(rollCall->rowCount() == 3);

    // Marks set in the status editor and a reason survive a change of kind.
    rollCall->setData(rollCall->index(0, RollCallModel::StatusColumn),
                      static_cast<int>(AttendanceStatus::Late));
    rollCall->setData(rollCall->index(1, RollCallModel::ExcuseColumn), QStringLiteral("病假"));
    kind->setCurrentIndex(kind->findData(w.kind(QStringLiteral("party_lecture"))));
    CHECK(rollCall->counts().late == 1);
    CHECK(rollCall->counts().excused == 1);

    // Invert flips present and absent but leaves leave with a reason alone.
    QTest::mouseClick(child<QPushButton>(dialog, QStringLiteral("invert")), Qt::LeftButton);
    CHECK(rollCall->lines().at(0).status == AttendanceStatus::Absent);
    CHECK(rollCall->lines().at(1).status == AttendanceStatus::Excused);
    CHECK(rollCall->lines().at(1).excuse == QStringLiteral("病假"));
    CHECK(rollCall->lines().at(2).status == AttendanceStatus::Absent);

    // A date after today makes the session planned; moved back, it is held again.
    auto *date = child<QDateEdit>(dialog, QStringLiteral("date"));
    date->setDate(w.temp.clock().today().addDays(7));
    CHECK(dialog->session().state == SessionState::Planned);
    date->setDate(w.temp.clock().today());
    CHECK(dialog->session().state == SessionState::Held);
    dialog->reject();
    w.waitForDialogClosed();
}

TEST_CASE("The study file lists each year with its own hours", "[ui][study]")
{
    StudyWindow w;
    StudySessionRepository &sessions = w.temp.workspace().studySessions();
    const qint64 kind = w.kind(QStringLiteral("concentrated_study"));
    const auto add = [&](QDate date, double hours) {
        StudySession session = sampleSession(kind, w.org.firstBranch, date, {w.members.at(0)});
        session.hours = hours;
        sessions.add(session);
    };
    add(QDate(2024, 5, 6), 1.5);
    add(QDate(2025, 5, 6), 2.5);
    add(QDate(2026, 5, 6), 4);

    Workspace &workspace = w.temp.workspace();
    StudyFileDialog dialog(StudyFile::load(workspace.database(), w.members.at(0), workspace.clock().today()),
                           *workspace.cadres().find(w.members.at(0)), workspace.clock().today(),
                           w.window.get());
    QTableWidget *years = dialog.byYearTable();
    REQUIRE(years->rowCount() == 3);
    const QHash<QString, double> expected{
        {QStringLiteral("2024"), 1.5}, {QStringLiteral("2025"), 2.5}, {QStringLiteral("2026"), 4.0}};
    for (int row = 0; row < years->rowCount(); ++row) {
        INFO(years->item(row, 0)->text().toStdString());
        CHECK(years->item(row, 1)->data(Qt::DisplayRole).toDouble() ==
              expected.value(years->item(row, 0)->text()));
    }
    CHECK(years->item(0, 0)->text() == QStringLiteral("2026")); // newest first
    CHECK(dialog.sessionsTable()->rowCount() == 3);
    CHECK(dialog.sessionsTable()->item(0, 0)->text() == displayDate(QDate(2026, 5, 6)));
    CHECK(dialog.sessionsTable()->item(0, 5)->data(Qt::DisplayRole).toDouble() == 4.0);
}

TEST_CASE("The study page's kind filter follows the kinds edited in the rules", "[ui][study]")
{
    StudyWindow w;
    StudyPage *page = w.window->page<StudyPage>();
    auto *filter = child<QComboBox>(page, QStringLiteral("studyKindFilter"));
    const int before = filter->count();
    StudyKind kind;
    kind.name = QStringLiteral("读书班");
    kind.conversionId = w.temp.workspace().studyRules().conversions().first().id;
    const qint64 id = w.temp.workspace().studyRules().saveKind(kind);
    CHECK(filter->count() == before + 1);
    filter->setCurrentIndex(filter->findData(id));
    w.temp.workspace().studyRules().removeKind(id);
    CHECK(filter->count() == before);
    CHECK(filter->currentData().toLongLong() == 0); // back to every kind
}

TEST_CASE("The compliance page computes off the GUI thread and shows the old figures meanwhile",
          "[ui][study][thread]")
{
    StudyWindow w;
    CompliancePage *compliance = w.window->page<CompliancePage>();
    QSignalSpy computed(compliance, &CompliancePage::computed);
    w.window->showPage(compliance);
    // Showing the page returned to the test before any figure arrived: they come by a signal.
    CHECK(compliance->isComputing());
    CHECK(compliance->model()->rows().isEmpty());
    CHECK(computed.isEmpty());
    REQUIRE(computed.wait(10000));
    CHECK_FALSE(compliance->isComputing());
    const auto earnedBy = [compliance](qint64 cadreId) {
        for (const ComplianceRow &row : compliance->model()->rows())
            if (row.cadreId == cadreId)
                return std::optional<double>(row.earned);
        return std::optional<double>();
    };
    REQUIRE(earnedBy(w.members.at(0)) == 0.0);

    // A new session recomputes in the background; until it is done the old figures stay.
    StudySession session;
    session.kindId = w.kind(QStringLiteral("concentrated_study"));
    session.topic = QStringLiteral("集中学习");
    session.branchId = w.org.firstBranch;
    session.date = QDate(2026, 3, 10);
    session.startTime = QTime(14, 0);
    session.endTime = QTime(16, 0);
    session.hours = 2;
    session.attendance = {{QString(), w.members.at(0), AttendanceStatus::Present, QString()}};
    w.temp.workspace().studySessions().add(session);
    CHECK(compliance->isComputing());
    CHECK(earnedBy(w.members.at(0)) == 0.0);
    REQUIRE(computed.wait(10000));
    CHECK(earnedBy(w.members.at(0)) == 2.0);

    // Typing a year in the shell waits for the pause: two steps in quick succession compute once,
    // for the last.
    computed.clear();
    w.window->scopePeriodBar()->yearBox()->setValue(2025);
    w.window->scopePeriodBar()->yearBox()->setValue(2024);
    CHECK_FALSE(compliance->isComputing());
    REQUIRE(computed.wait(10000));
    CHECK(computed.count() == 1);
    REQUIRE_FALSE(compliance->model()->rows().isEmpty());
    CHECK(compliance->model()->rows().first().periodEnd.year() == 2024);
    CHECK_FALSE(computed.wait(600)); // nothing else was queued
}

TEST_CASE("The sessions are read off the GUI thread, again if one changed meanwhile, and per period",
          "[ui][study]")
{
    StudyWindow w;
    StudySessionRepository &sessions = w.temp.workspace().studySessions();
    const qint64 kind = studyKind(w.temp.workspace(), QStringLiteral("theme_day"));
    sessions.add(sampleSession(kind, w.org.firstBranch, QDate(2026, 3, 2), {w.members.at(0)}));
    StudyPage *page = w.window->page<StudyPage>();
    CHECK_FALSE(page->isLoaded());

    w.window->showPage(page);
    // The reader has read one session; its result waits in the event queue while a second is added.
    BackgroundJob::threadPool()->waitForDone();
    sessions.add(sampleSession(kind, w.org.firstBranch, QDate(2026, 4, 6), {w.members.at(0)}));
    REQUIRE(waitUntil([page] { return page->isLoaded(); }));
    CHECK(page->table()->model()->rowCount() == 2);

    // Another year is read anew; going back reads this one again.
    w.window->scopePeriodBar()->setPeriod(Period::year(2025));
    CHECK_FALSE(page->isLoaded());
    REQUIRE(waitUntil([page] { return page->isLoaded(); }));
    CHECK(page->table()->model()->rowCount() == 0);
    w.window->scopePeriodBar()->setPeriod(Period::year(2026));
    REQUIRE(waitUntil([page] { return page->isLoaded(); }));
    CHECK(page->table()->model()->rowCount() == 2);
}
