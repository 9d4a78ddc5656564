#include "StudyWindow.h"
#include "study/RollCallModel.h"
#include "study/StudyGroupDialog.h"
#include "study/StudyGroupRepository.h"
#include "study/StudyPage.h"
#include "study/StudySessionRepository.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDoubleSpinBox>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QTableView>
#include <QTableWidget>

using namespace rongpei;
using namespace rongpei::test;

TEST_CASE("A planned session's roll call is not ticked present until it is taken", "[ui][study]")
{
    StudyWindow w;
    StudyPage *page = w.showStudyPage();
    StudySessionRepository &sessions = w.temp.workspace().studySessions();
    SessionDialog *dialog =
        w.newSession(QStringLiteral("theme_day"), w.org.firstBranch, QStringLiteral("参观红色教育基地"));
    // A date after today makes the session planned, and its roll call starts again unmarked.
    child<QDateEdit>(dialog, QStringLiteral("date"))->setDate(QDate(2026, 12, 8));
    RollCallModel *rollCall = dialog->rollCall();
    REQUIRE(rollCall->rowCount() == 3);
    CHECK(rollCall->counts().unmarked == 3);
    CHECK(rollCall->counts().present == 0);
    CHECK(dialog->countsText().contains(QStringLiteral("not marked 3")));
    CHECK_FALSE(dialog->countsText().contains(QStringLiteral("%")));
    // Leave asked for ahead is marked on the planned roll call; a guest added is not marked either.
    rollCall->setData(rollCall->index(1, RollCallModel::ExcuseColumn), QStringLiteral("因公出差"));
    rollCall->append({w.guest});
    CHECK(rollCall->lines().at(3).status == AttendanceStatus::Unmarked);
    dialog->accept();
    w.waitForDialogClosed();

    REQUIRE(sessions.count() == 1);
    const qint64 id = page->selectedId();
    REQUIRE(id > 0);
    StudySession saved = *sessions.find(id);
    CHECK(saved.state == SessionState::Planned);
    REQUIRE(saved.attendance.size() == 4);
    CHECK(saved.attendance.at(0).status == AttendanceStatus::Unmarked);
    CHECK(saved.attendance.at(1).status == AttendanceStatus::Excused);
    CHECK(saved.attendance.at(3).status == AttendanceStatus::Unmarked);

    // Recorded as held on the day, it is refused until every line is marked.
    saved.date = QDate(2026, 11, 24);
    sessions.update(saved);
    page->selectSession(id);
    page->editSelected();
    dialog = w.openDialog();
    rollCall = dialog->rollCall();
    auto *state = child<QComboBox>(dialog, QStringLiteral("state"));
    state->setCurrentIndex(state->findData(static_cast<int>(SessionState::Held)));
    dialog->accept();
    CHECK(dialog->isVisible());
    CHECK(dialog->errorText(StudySessionField::attendance).contains(QStringLiteral("not marked")));
    CHECK(sessions.find(id)->state == SessionState::Planned);

    // All present marks everyone; the excused line keeps nothing of its leave, as before.
    QTest::mouseClick(child<QPushButton>(dialog, QStringLiteral("allPresent")), Qt::LeftButton);
    CHECK(rollCall->counts().unmarked == 0);
    CHECK(dialog->errorText(StudySessionField::attendance).isEmpty());
    dialog->accept();
    w.waitForDialogClosed();
    const StudySession held = *sessions.find(id);
    CHECK(held.state == SessionState::Held);
    for (const Attendance &line : held.attendance)
        CHECK(line.status == AttendanceStatus::Present);
}

TEST_CASE("A committee's study group is kept from the study page and fills the roll call of its 中心组学习",
          "[ui][study]")
{
    StudyWindow w;
    StudyPage *page = w.window->page<StudyPage>();
    w.window->showPage(page);
    REQUIRE(waitUntil([page] { return page->isLoaded(); }));
    Workspace &workspace = w.temp.workspace();

    // The only committee is the one edited; the group is saved as listed, and undone with Ctrl+Z.
    page->editStudyGroup();
    auto *groupDialog = waitForChild<StudyGroupDialog>(w.window.get());
    REQUIRE(groupDialog != nullptr);
    groupDialog->append({w.members.at(1), w.guest, w.members.at(1)});
    REQUIRE(groupDialog->table()->rowCount() == 2); // each cadre once
    auto *role = qobject_cast<QComboBox *>(groupDialog->table()->cellWidget(0, 3));
    REQUIRE(role != nullptr);
    role->setCurrentIndex(role->findData(static_cast<int>(StudyGroupRole::Head)));
    groupDialog->accept();
    w.waitForDialogClosed();
    const StudyGroup expected{{w.members.at(1), StudyGroupRole::Head}, {w.guest, StudyGroupRole::Member}};
    CHECK(workspace.studyGroups().group(w.org.committee) == expected);
    QTest::keyClick(w.window.get(), Qt::Key_Z, Qt::ControlModifier);
    CHECK(workspace.studyGroups().group(w.org.committee).isEmpty());
    QTest::keyClick(w.window.get(), Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    CHECK(workspace.studyGroups().group(w.org.committee) == expected);

    // A session hosted by the committee expects its group, and counts 3 学时 as 中心组学习.
    // Choosing the committee as host makes a new session its 中心组学习.
    QTest::keyClick(w.window.get(), Qt::Key_N, Qt::ControlModifier);
    SessionDialog *dialog = w.openDialog();
    auto *kind = child<QComboBox>(dialog, QStringLiteral("kind"));
    auto *host = child<QComboBox>(dialog, QStringLiteral("branch"));
    REQUIRE(host->findData(w.org.committee) >= 0); // committees are hosts too
    host->setCurrentIndex(host->findData(w.org.committee));
    CHECK(kind->currentData().toLongLong() == w.kind(QStringLiteral("central_group_study")));
    RollCallModel *rollCall = dialog->rollCall();
    REQUIRE(rollCall->rowCount() == 2);
    CHECK(rollCall->lines().at(0).cadreId == w.members.at(1));
    CHECK(rollCall->lines().at(1).cadreId == w.guest);
    CHECK(child<QDoubleSpinBox>(dialog, QStringLiteral("hours"))->value() == 3.0);
    typeText(child<QLineEdit>(dialog, QStringLiteral("topic")),
             QStringLiteral("中心组学习：党的二十届四中全会精神"));
    dialog->accept();
    w.waitForDialogClosed();
    REQUIRE(workspace.studySessions().count() == 1);
    const qint64 id = page->selectedId();
    REQUIRE(id > 0);
    CHECK(workspace.studySessions().find(id)->branchId == w.org.committee);
    // Listed under the committee's name, and in the scope of the committee.
    CHECK(page->table()->model()->rowCount() == 1);
    QSettings().remove(QStringLiteral("study/lastHostBranch")); // a committee, as the next test would find it
}
