// The accounts in the window: the first administrator, signing in, the lock that keeps what a
// dialog holds, the users page, and a manager refused a change.
#include "AccountTestSupport.h"
#include "GuiTestSupport.h"
#include "accounts/AccountsPage.h"
#include "accounts/AdministratorSetupDialog.h"
#include "accounts/SignInDialog.h"
#include "accounts/WindowLock.h"
#include "organization/OrganizationRepository.h"
#include "roster/CadreDialog.h"
#include "roster/CadreRepository.h"
#include "roster/RosterPage.h"
#include "shell/MainWindow.h"
#include "shell/ScopePeriodBar.h"
#include "storage/ChangeJournal.h"

#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QTest>
#include <QTimer>

using namespace rongpei;
using namespace rongpei::test;

namespace {

template <typename T = QLineEdit>
T *field(QWidget *dialog, const QString &name)
{
    auto *widget = dialog->findChild<T *>(name);
    REQUIRE(widget != nullptr);
    return widget;
}

/// Closes the next modal dialog once it is shown, keeping the recovery key it shows.
void closeRecoveryKey(QString *key)
{
    QTimer::singleShot(0, [key] {
        QWidget *modal = QApplication::activeModalWidget();
        if (auto *label = modal ? modal->findChild<QLabel *>(QStringLiteral("recoveryKey")) : nullptr)
            *key = label->text();
        if (auto *dialog = qobject_cast<QDialog *>(modal))
            dialog->accept();
    });
}

/// The sign-in dialog on screen, as a top-level window: the lock's.
SignInDialog *visibleSignIn()
{
    for (QWidget *window : QApplication::topLevelWidgets())
        if (auto *dialog = qobject_cast<SignInDialog *>(window); dialog && dialog->isVisible())
            return dialog;
    return nullptr;
}

} // namespace

TEST_CASE("The first start creates the administrator, signs them in and shows the recovery key",
          "[gui][accounts]")
{
    TemporaryWorkspace temp;
    SmallOrganization::create(temp.workspace());
    Workspace &workspace = temp.workspace();
    AdministratorSetupDialog dialog(workspace);
    field(&dialog, QStringLiteral("displayName"))->setText(QStringLiteral("王伟"));
    field(&dialog, QStringLiteral("newPassword"))->setText(QStringLiteral("rongpei-test"));
    field(&dialog, QStringLiteral("repeatedPassword"))->setText(QStringLiteral("rongpei-tset"));
    dialog.accept(); // mistyped: refused, nothing created
    CHECK(field<QLabel>(&dialog, QStringLiteral("setupError"))->text().contains(QStringLiteral("differ")));
    CHECK(workspace.accounts().isEmpty());

    field(&dialog, QStringLiteral("repeatedPassword"))->setText(QStringLiteral("rongpei-test"));
    QString key;
    closeRecoveryKey(&key);
    dialog.accept();
    CHECK(dialog.result() == QDialog::Accepted);
    CHECK(key.size() == 29);
    CHECK(workspace.accounts().isRecoveryKey(key));
    REQUIRE(workspace.access().account());
    CHECK(workspace.access().account()->label() == QStringLiteral("王伟 (admin)"));
    CHECK(workspace.access().isAdministrator());
}

TEST_CASE("The sign-in dialog refuses a wrong password in words and takes the right one", "[gui][accounts]")
{
    TeamFile team;
    SignInDialog dialog(team.workspace());
    field(&dialog, QStringLiteral("userName"))->setText(QStringLiteral("clerk"));
    field(&dialog, QStringLiteral("password"))->setText(QStringLiteral("wrong-password"));
    dialog.accept();
    CHECK(dialog.result() != QDialog::Accepted);
    CHECK_FALSE(field<QLabel>(&dialog, QStringLiteral("signInError"))->isHidden());
    CHECK(field(&dialog, QStringLiteral("password"))->text().isEmpty());
    CHECK(team.workspace().needsSignIn());

    field(&dialog, QStringLiteral("password"))->setText(testPassword);
    dialog.accept();
    CHECK(dialog.result() == QDialog::Accepted);
    CHECK(team.workspace().access().account()->name == QStringLiteral("clerk"));
}

TEST_CASE("Left alone, the window locks, the password brings back the dialog with what was typed",
          "[gui][accounts][lock]")
{
    FreshShellSettings fresh;
    TeamFile team;
    team.signIn(QStringLiteral("clerk"));
    MainWindow window(team.workspace());
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    CHECK(window.findChild<QLabel *>(QStringLiteral("userLabel"))->text().contains(QStringLiteral("clerk")));
    // The clerk's scope is their branch, and no other can be chosen.
    CHECK(window.scopePeriodBar()->scope().unitId == team.org.firstBranch);
    window.scopePeriodBar()->setUnit(team.org.secondBranch);
    CHECK(window.scopePeriodBar()->scope().unitId == team.org.firstBranch);
    window.scopePeriodBar()->setUnit(0);
    CHECK(window.scopePeriodBar()->scope().unitId == team.org.firstBranch);

    window.page<RosterPage>()->newRecord();
    auto *dialog = window.findChild<CadreDialog *>();
    REQUIRE(dialog);
    REQUIRE(waitUntil([dialog] { return dialog->isVisible(); }));
    auto *name = field(dialog, CadreField::name);
    typeText(name, QStringLiteral("未保存的名字"));

    window.windowLock()->setIdleMilliseconds(150);
    REQUIRE(waitUntil([&window] { return window.windowLock()->isLocked(); }));
    CHECK_FALSE(window.isVisible());
    CHECK_FALSE(dialog->isVisible());
    SignInDialog *unlock = visibleSignIn();
    REQUIRE(unlock);
    CHECK(field(unlock, QStringLiteral("userName"))->isReadOnly());
    field(unlock, QStringLiteral("password"))->setText(QStringLiteral("wrong-password"));
    unlock->accept();
    CHECK(window.windowLock()->isLocked());
    field(unlock, QStringLiteral("password"))->setText(testPassword);
    window.windowLock()->setIdleMilliseconds(60 * 60 * 1000);
    unlock->accept();
    CHECK_FALSE(window.windowLock()->isLocked());
    CHECK(window.isVisible());
    CHECK(dialog->isVisible());
    CHECK(name->text() == QStringLiteral("未保存的名字")); // nothing typed was lost
    dialog->reject();
}

TEST_CASE("Ctrl+L locks at once", "[gui][accounts][lock]")
{
    FreshShellSettings fresh;
    TeamFile team;
    team.signIn(QStringLiteral("manager"));
    MainWindow window(team.workspace());
    window.show();
    window.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&window));
    QTest::keyClick(&window, Qt::Key_L, Qt::ControlModifier);
    CHECK(window.windowLock()->isLocked());
    CHECK_FALSE(window.isVisible());
}

TEST_CASE("The users page is the administrator's, it lists the users and keeps the last administrator",
          "[gui][accounts]")
{
    FreshShellSettings fresh;
    TeamFile team;
    {
        team.signIn(QStringLiteral("clerk"));
        MainWindow clerkWindow(team.workspace());
        CHECK(clerkWindow.page<AccountsPage>() == nullptr);
    }
    team.signIn(QStringLiteral("admin"));
    MainWindow window(team.workspace());
    AccountsPage *page = window.page<AccountsPage>();
    REQUIRE(page);
    page->refresh();
    CHECK(page->table()->model()->rowCount() == 3);
    // The one administrator cannot be deleted: the refusal says why and the user stays.
    MessageBoxAnswerer answers;
    answers.answer(QMessageBox::Yes, [&answers] { answers.answer(QMessageBox::Ok); });
    for (int row = 0; row < page->table()->model()->rowCount(); ++row)
        if (page->table()->model()->index(row, 0).data().toString() == QStringLiteral("admin"))
            page->table()->selectRow(row);
    page->deleteSelected();
    QTest::qWait(0);
    REQUIRE(answers.texts.size() == 2);
    CHECK(answers.texts[1].contains(QStringLiteral("last administrator")));
    CHECK(team.workspace().accounts().all().size() == 3);
}

TEST_CASE("A manager's change is refused with a message and nothing is saved", "[gui][accounts]")
{
    FreshShellSettings fresh;
    TeamFile team;
    team.signIn(QStringLiteral("manager"));
    MainWindow window(team.workspace());
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    const qint64 before = ChangeJournal::lastSequence(team.workspace().database());
    window.page<RosterPage>()->newRecord();
    auto *dialog = window.findChild<CadreDialog *>();
    REQUIRE(dialog);
    typeText(field(dialog, CadreField::name), QStringLiteral("李四"));
    typeText(field(dialog, CadreField::employeeNumber), QStringLiteral("M001"));
    dialog->accept();
    CHECK(dialog->isVisible()); // the dialog stays, with the refusal on it
    CHECK(team.workspace().cadres().count() == 0);
    CHECK(ChangeJournal::lastSequence(team.workspace().database()) == before);
    const QList<QLabel *> labels = dialog->findChildren<QLabel *>();
    CHECK(std::any_of(labels.begin(), labels.end(), [](const QLabel *label) {
        return label->isVisible() && label->text().contains(QStringLiteral("manager"));
    }));
    dialog->reject();
}
