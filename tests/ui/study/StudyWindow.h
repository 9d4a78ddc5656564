#pragma once

// A main window over a small organisation with a study roll call's worth of cadres, shared by
// the study module's GUI tests.
#include "GuiTestSupport.h"
#include "TestSupport.h"
#include "roster/CadreRepository.h"
#include "shell/MainWindow.h"
#include "study/SessionDialog.h"
#include "study/StudyPage.h"
#include "study/StudyRuleRepository.h"

#include <QComboBox>
#include <QLineEdit>
#include <QTableView>
#include <QTest>

#include <memory>

namespace rongpei::test {

/// The first branch with four party members (one of whom has left), one non-member and,
/// in the second branch, a guest for joint sessions.
struct StudyWindow
{
    FreshShellSettings freshSettings;
    TemporaryWorkspace temp;
    SmallOrganization org = SmallOrganization::create(temp.workspace());
    QList<qint64> members;
    qint64 nonMember = 0;
    qint64 departed = 0;
    qint64 guest = 0;
    std::unique_ptr<MainWindow> window;

    StudyWindow()
    {
        CadreRepository &cadres = temp.workspace().cadres();
        const QStringList names{QStringLiteral("王伟"), QStringLiteral("李娜"), QStringLiteral("张强")};
        for (int i = 0; i < names.size(); ++i)
            members.append(
                cadres.add(sampleCadre(org.firstBranch, QStringLiteral("A00%1").arg(i + 1), names[i])));
        Cadre masses = sampleCadre(org.firstBranch, QStringLiteral("A009"), QStringLiteral("赵敏"));
        masses.partyStatus = PartyStatus::Masses;
        masses.partyJoinedOn = QDate();
        nonMember = cadres.add(masses);
        Cadre left = sampleCadre(org.firstBranch, QStringLiteral("A010"), QStringLiteral("周杰"));
        left.employmentStatus = EmploymentStatus::Left;
        departed = cadres.add(left);
        guest = cadres.add(sampleCadre(org.secondBranch, QStringLiteral("B001"), QStringLiteral("陈静")));
        window = std::make_unique<MainWindow>(temp.workspace());
        window->show();
        activate();
    }

    void activate()
    {
        window->activateWindow();
        REQUIRE(QTest::qWaitForWindowActive(window.get()));
    }

    qint64 kind(const QString &code)
    {
        for (const StudyKind &k : temp.workspace().studyRules().kinds())
            if (k.code == code)
                return k.id;
        FAIL("no kind " << code.toStdString());
        return 0;
    }

    SessionDialog *openDialog()
    {
        auto *dialog = window->findChild<SessionDialog *>();
        REQUIRE(dialog != nullptr);
        REQUIRE(dialog->isVisible());
        return dialog;
    }

    void waitForDialogClosed()
    {
        QTest::qWait(0);
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
        activate();
    }

    /// Shows the study page with its sessions read.
    StudyPage *showStudyPage()
    {
        StudyPage *page = window->page<StudyPage>();
        window->showPage(page);
        REQUIRE(waitUntil([page] { return page->isLoaded(); }));
        return page;
    }

    /// Ctrl+N, then the kind of `kindCode`, the host and the topic typed in.
    SessionDialog *newSession(const QString &kindCode, qint64 hostId, const QString &topic);
};

inline void clickCell(QTableView *view, int row, int column)
{
    const QModelIndex index = view->model()->index(row, column);
    view->scrollTo(index);
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(index).center());
}

template <typename T>
T *child(QWidget *parent, const QString &name)
{
    auto *widget = parent->findChild<T *>(name);
    REQUIRE(widget != nullptr);
    return widget;
}

inline SessionDialog *StudyWindow::newSession(const QString &kindCode, qint64 hostId, const QString &topic)
{
    QTest::keyClick(window.get(), Qt::Key_N, Qt::ControlModifier);
    SessionDialog *dialog = openDialog();
    auto *kindBox = child<QComboBox>(dialog, QStringLiteral("kind"));
    kindBox->setCurrentIndex(kindBox->findData(kind(kindCode)));
    auto *host = child<QComboBox>(dialog, QStringLiteral("branch"));
    host->setCurrentIndex(host->findData(hostId));
    typeText(child<QLineEdit>(dialog, QStringLiteral("topic")), topic);
    return dialog;
}

} // namespace rongpei::test
