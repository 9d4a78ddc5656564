#include "study/StudyRulesPage.h"

#include "GuiTestSupport.h"
#include "TestSupport.h"
#include "organization/OrganizationRepository.h"
#include "shell/MainWindow.h"
#include "study/HourConversionDialog.h"
#include "study/MeetingRuleDialog.h"
#include "study/RequirementDialog.h"
#include "study/StudyKindDialog.h"
#include "study/StudyRuleRepository.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTest>

using namespace rongpei;
using namespace rongpei::test;

namespace {

struct RulesPage
{
    TemporaryWorkspace temp;
    SmallOrganization org = SmallOrganization::create(temp.workspace());
    StudyRulesPage page{temp.workspace()};

    RulesPage()
    {
        page.resize(1000, 600);
        page.show();
        REQUIRE(QTest::qWaitForWindowExposed(&page));
    }

    StudyRuleRepository &rules() { return temp.workspace().studyRules(); }

    QTableView *showTab(StudyRulesPage::Tab tab)
    {
        page.tabs()->setCurrentIndex(tab);
        QTableView *view = page.table(tab);
        REQUIRE(view != nullptr);
        return view;
    }

    template <typename Dialog>
    Dialog *openDialog()
    {
        auto *dialog = page.findChild<Dialog *>();
        REQUIRE(dialog != nullptr);
        REQUIRE(dialog->isVisible());
        return dialog;
    }

    template <typename T>
    static T *field(QWidget *dialog, const QString &name)
    {
        auto *widget = dialog->findChild<T *>(name);
        REQUIRE(widget != nullptr);
        return widget;
    }

    static void clickSave(QDialog *dialog)
    {
        auto *buttons = dialog->findChild<QDialogButtonBox *>();
        REQUIRE(buttons != nullptr);
        buttons->button(QDialogButtonBox::Save)->click();
    }

    /// Lets a closed dialog go.
    static void waitForDialogClosed()
    {
        QTest::qWait(0);
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    }

    static QStringList column(const QTableView *view, int column)
    {
        QStringList texts;
        for (int row = 0; row < view->model()->rowCount(); ++row)
            texts.append(view->model()->index(row, column).data().toString());
        return texts;
    }

    HourRequirement requirement(CadreCategory category)
    {
        for (const HourRequirement &r : rules().requirements())
            if (r.category == category)
                return r;
        FAIL("no requirement for the category");
        return {};
    }
};

/// The rules page in the real main window, whose Edit menu undoes and redoes.
struct RulesWindow
{
    FreshShellSettings freshSettings;
    TemporaryWorkspace temp;
    SmallOrganization org = SmallOrganization::create(temp.workspace());
    MainWindow window{temp.workspace()};
    StudyRulesPage *page = nullptr;

    RulesWindow()
    {
        window.show();
        page = window.page<StudyRulesPage>();
        REQUIRE(page != nullptr);
        window.showPage(page);
        activate();
    }

    void activate()
    {
        window.activateWindow();
        REQUIRE(QTest::qWaitForWindowActive(&window));
    }

    StudyRuleRepository &rules() { return temp.workspace().studyRules(); }

    QTableView *showTab(StudyRulesPage::Tab tab)
    {
        page->tabs()->setCurrentIndex(tab);
        QTableView *view = page->table(tab);
        REQUIRE(view != nullptr);
        return view;
    }

    void undo() { QTest::keyClick(&window, Qt::Key_Z, Qt::ControlModifier); }
    void redo() { QTest::keyClick(&window, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier); }

    /// The Edit menu's Undo item, which names what it undoes.
    QString undoText() const
    {
        for (const QAction *action : window.findChildren<QAction *>())
            if (action->shortcut() == QKeySequence(QKeySequence::Undo))
                return action->text();
        return QString();
    }

    /// Lets a closed dialog go, and gives the focus back to the main window as a window manager would.
    void waitForDialogClosed()
    {
        RulesPage::waitForDialogClosed();
        activate();
    }
};

} // namespace

TEST_CASE("The page lists the built-in rules", "[ui][rules]")
{
    RulesPage p;
    CHECK(p.page.title() == QStringLiteral("Study rules"));
    CHECK(p.page.tabs()->count() == 5);

    QTableView *requirements = p.showTab(StudyRulesPage::RequirementsTab);
    CHECK(requirements->model()->rowCount() == 4);
    CHECK(RulesPage::column(requirements, 0).contains(QStringLiteral("Party members")));
    CHECK(RulesPage::column(requirements, 1).contains(QStringLiteral("5 years (rolling)")));
    CHECK(RulesPage::column(requirements, 2).contains(QStringLiteral("550")));

    QTableView *meetings = p.showTab(StudyRulesPage::MeetingRulesTab);
    CHECK(meetings->model()->rowCount() == p.rules().meetingRules().size());
    CHECK(RulesPage::column(meetings, 1).count(QStringLiteral("Every branch")) ==
          meetings->model()->rowCount());
    CHECK(RulesPage::column(meetings, 0).contains(QStringLiteral("党课")));

    QTableView *kinds = p.showTab(StudyRulesPage::KindsTab);
    CHECK(kinds->model()->rowCount() == p.rules().kinds().size());
    CHECK(RulesPage::column(kinds, 2).contains(QStringLiteral("按实际时长")));

    auto *late = p.page.findChild<QCheckBox *>(QStringLiteral("earnsLate"));
    REQUIRE(late != nullptr);
    CHECK(late->isChecked());
    CHECK_FALSE(p.page.findChild<QCheckBox *>(QStringLiteral("earnsAbsent"))->isChecked());
}

TEST_CASE("Editing the party members' requirement saves the new minimum", "[ui][rules]")
{
    RulesPage p;
    const HourRequirement before = p.requirement(CadreCategory::PartyMember);
    REQUIRE(before.minimumHours == 32);
    QTableView *view = p.showTab(StudyRulesPage::RequirementsTab);
    REQUIRE(p.page.selectRecord(StudyRulesPage::RequirementsTab, before.id));

    // Enter edits the selected row.
    view->setFocus();
    QTest::keyClick(view, Qt::Key_Return);
    auto *dialog = p.openDialog<RequirementDialog>();
    auto *hours = RulesPage::field<QDoubleSpinBox>(dialog, QStringLiteral("minimumHours"));
    CHECK(hours->value() == 32);
    hours->selectAll();
    QTest::keyClicks(hours, QStringLiteral("40"));
    RulesPage::clickSave(dialog);
    RulesPage::waitForDialogClosed();

    const HourRequirement after = p.requirement(CadreCategory::PartyMember);
    CHECK(after.minimumHours == 40);
    CHECK(after.source == before.source);
    CHECK(after.periodYears == 1);
    CHECK(p.page.selectedId(StudyRulesPage::RequirementsTab) == before.id);
    CHECK(RulesPage::column(view, 2).contains(QStringLiteral("40")));
    CHECK_FALSE(RulesPage::column(view, 2).contains(QStringLiteral("32")));
}

TEST_CASE("The kinds a requirement counts are ticked in its dialog and listed in the table", "[ui][rules]")
{
    RulesPage p;
    const HourRequirement before = p.requirement(CadreCategory::PartyMember);
    QTableView *view = p.showTab(StudyRulesPage::RequirementsTab);
    CHECK(RulesPage::column(view, 3).join(u'|').contains(QStringLiteral("党课")));
    REQUIRE(p.page.selectRecord(StudyRulesPage::RequirementsTab, before.id));
    p.page.editSelected();
    auto *dialog = p.openDialog<RequirementDialog>();
    auto *kinds = RulesPage::field<QListWidget>(dialog, QStringLiteral("countedKinds"));
    QListWidgetItem *lecture = nullptr;
    int ticked = 0;
    for (int row = 0; row < kinds->count(); ++row) {
        ticked += kinds->item(row)->checkState() == Qt::Checked;
        if (kinds->item(row)->text() == QStringLiteral("党课"))
            lecture = kinds->item(row);
    }
    CHECK(ticked == before.countedKinds.size());
    REQUIRE(lecture != nullptr);
    CHECK(lecture->checkState() == Qt::Checked);

    // Nothing ticked is refused on the field; ticking again clears the message.
    for (int row = 0; row < kinds->count(); ++row)
        kinds->item(row)->setCheckState(Qt::Unchecked);
    RulesPage::clickSave(dialog);
    CHECK(dialog->isVisible());
    CHECK_FALSE(dialog->errorText(StudyRuleField::countedKinds).isEmpty());
    CHECK(p.requirement(CadreCategory::PartyMember) == before);
    for (int row = 0; row < kinds->count(); ++row)
        if (before.countedKinds.contains(kinds->item(row)->data(Qt::UserRole).toString()))
            kinds->item(row)->setCheckState(Qt::Checked);
    CHECK(dialog->errorText(StudyRuleField::countedKinds).isEmpty());
    lecture->setCheckState(Qt::Unchecked); // 党课 no longer counts
    RulesPage::clickSave(dialog);
    RulesPage::waitForDialogClosed();

    const HourRequirement after = p.requirement(CadreCategory::PartyMember);
    CHECK(after.countedKinds.size() == before.countedKinds.size() - 1);
    const int row =
        p.page.selectedId(StudyRulesPage::RequirementsTab) == before.id ? view->currentIndex().row() : -1;
    REQUIRE(row >= 0);
    const QString listed = view->model()->index(row, 3).data().toString();
    CHECK(listed.contains(QStringLiteral("集中学习")));
    CHECK_FALSE(listed.contains(QStringLiteral("党课")));
}

TEST_CASE("A value the repository refuses keeps the dialog open with the message", "[ui][rules]")
{
    RulesPage p;
    const HourRequirement before = p.requirement(CadreCategory::PartyMember);
    p.showTab(StudyRulesPage::RequirementsTab);
    REQUIRE(p.page.selectRecord(StudyRulesPage::RequirementsTab, before.id));
    p.page.editSelected();
    auto *dialog = p.openDialog<RequirementDialog>();
    RulesPage::field<QDoubleSpinBox>(dialog, QStringLiteral("minimumHours"))->setValue(0);
    RulesPage::clickSave(dialog);
    CHECK(dialog->isVisible());
    CHECK(dialog->errorText(StudyRuleField::hours).contains(QStringLiteral("more than 0")));
    CHECK(p.requirement(CadreCategory::PartyMember) == before);
    dialog->reject();
    RulesPage::waitForDialogClosed();

    // A fixed conversion needs its hours; the hours box is only for fixed conversions.
    p.showTab(StudyRulesPage::ConversionsTab);
    p.page.newRecord();
    auto *conversion = p.openDialog<HourConversionDialog>();
    auto *method = RulesPage::field<QComboBox>(conversion, QStringLiteral("method"));
    auto *hours = RulesPage::field<QDoubleSpinBox>(conversion, QStringLiteral("hours"));
    CHECK_FALSE(hours->isEnabled());
    method->setCurrentIndex(method->findData(static_cast<int>(ConversionMethod::Fixed)));
    CHECK(hours->isEnabled());
    typeText(RulesPage::field<QLineEdit>(conversion, QStringLiteral("name")), QStringLiteral("一小时"));
    const qsizetype count = p.rules().conversions().size();
    RulesPage::clickSave(conversion);
    CHECK(conversion->isVisible());
    CHECK(conversion->errorText(StudyRuleField::hours).contains(QStringLiteral("Fixed hours")));
    CHECK(p.rules().conversions().size() == count);
    hours->setValue(1);
    RulesPage::clickSave(conversion);
    RulesPage::waitForDialogClosed();
    CHECK(p.rules().conversions().size() == count + 1);
    CHECK(RulesPage::column(p.page.table(StudyRulesPage::ConversionsTab), 0)
              .contains(QStringLiteral("一小时")));
}

TEST_CASE("Delete asks first, then removes the rule", "[ui][rules]")
{
    RulesPage p;
    const HourRequirement county = p.requirement(CadreCategory::CountyAndAbove);
    QTableView *view = p.showTab(StudyRulesPage::RequirementsTab);
    REQUIRE(p.page.selectRecord(StudyRulesPage::RequirementsTab, county.id));

    MessageBoxAnswerer answers;
    answers.answer(QMessageBox::No);
    p.page.deleteSelected();
    CHECK(p.rules().requirements().size() == 4);
    answers.answer(QMessageBox::Yes);
    p.page.deleteSelected();
    REQUIRE(answers.texts.size() == 2);
    CHECK(answers.texts.last().contains(QStringLiteral("550")));
    CHECK(p.rules().requirements().size() == 3);
    CHECK(view->model()->rowCount() == 3);
    CHECK_FALSE(RulesPage::column(view, 2).contains(QStringLiteral("550")));

    // A kind that meeting rules still use is kept, and the repository says why.
    p.showTab(StudyRulesPage::KindsTab);
    StudyKind lecture;
    for (const StudyKind &kind : p.rules().kinds())
        if (kind.code == QStringLiteral("party_lecture"))
            lecture = kind;
    REQUIRE(lecture.id > 0);
    REQUIRE(p.page.selectRecord(StudyRulesPage::KindsTab, lecture.id));
    answers.texts.clear();
    answers.answer(QMessageBox::Yes, [&answers] { answers.answer(QMessageBox::Ok); });
    p.page.deleteSelected();
    REQUIRE(answers.texts.size() == 2);
    CHECK(answers.texts.first().contains(QStringLiteral("党课")));
    CHECK(answers.texts.last().contains(QStringLiteral("cannot be deleted")));
    CHECK(p.rules().kinds().contains(lecture));
}

TEST_CASE("Unticking a mark stops it earning hours", "[ui][rules]")
{
    RulesPage p;
    p.page.tabs()->setCurrentIndex(StudyRulesPage::EarningTab);
    REQUIRE(p.rules().earningStatuses().contains(AttendanceStatus::Late));
    auto *late = p.page.findChild<QCheckBox *>(QStringLiteral("earnsLate"));
    REQUIRE(late != nullptr);
    CHECK(late->text() == enumLabel(AttendanceStatus::Late));
    // A refused save shows a message box: answer it, so the test fails instead of hanging.
    MessageBoxAnswerer refusals;
    refusals.answer(QMessageBox::Ok);
    late->click();
    QTest::qWait(0);
    CHECK(refusals.texts == QStringList{QStringLiteral("<no message box>")});
    CHECK(p.rules().earningStatuses() == QSet<AttendanceStatus>{AttendanceStatus::Present});
    CHECK_FALSE(late->isChecked());

    refusals.texts.clear();
    refusals.answer(QMessageBox::Ok);
    p.page.findChild<QCheckBox *>(QStringLiteral("earnsExcused"))->click();
    QTest::qWait(0);
    CHECK(refusals.texts == QStringList{QStringLiteral("<no message box>")});
    CHECK(p.rules().earningStatuses() ==
          QSet<AttendanceStatus>{AttendanceStatus::Present, AttendanceStatus::Excused});
}

TEST_CASE("Which marks the attendance rate leaves out is a setting, excused by default", "[ui][rules]")
{
    RulesPage p;
    p.page.tabs()->setCurrentIndex(StudyRulesPage::EarningTab);
    CHECK(p.rules().rateLeftOutStatuses() == QSet<AttendanceStatus>{AttendanceStatus::Excused});
    auto *excused = p.page.findChild<QCheckBox *>(QStringLiteral("rateLeavesOutExcused"));
    auto *late = p.page.findChild<QCheckBox *>(QStringLiteral("rateLeavesOutLate"));
    REQUIRE(excused != nullptr);
    REQUIRE(late != nullptr);
    CHECK(excused->isChecked());
    CHECK_FALSE(late->isChecked());
    excused->click();
    CHECK(p.rules().rateLeftOutStatuses().isEmpty());
    late->click();
    CHECK(p.rules().rateLeftOutStatuses() == QSet<AttendanceStatus>{AttendanceStatus::Late});
    CHECK(p.rules().earningStatuses().contains(AttendanceStatus::Late)); // the other setting is its own
}

TEST_CASE("An added kind of session appears in the table", "[ui][rules]")
{
    RulesPage p;
    QTableView *view = p.showTab(StudyRulesPage::KindsTab);
    const qsizetype before = view->model()->rowCount();
    p.page.newRecord();
    auto *dialog = p.openDialog<StudyKindDialog>();
    typeText(RulesPage::field<QLineEdit>(dialog, QStringLiteral("name")), QStringLiteral("读书班"));
    RulesPage::field<QCheckBox>(dialog, QStringLiteral("membersOnly"))->setChecked(true);
    auto *conversion = RulesPage::field<QComboBox>(dialog, QStringLiteral("conversion"));
    conversion->setCurrentIndex(conversion->findText(QStringLiteral("全天脱产培训")));
    REQUIRE(conversion->currentIndex() >= 0);
    RulesPage::clickSave(dialog);
    RulesPage::waitForDialogClosed();

    REQUIRE(view->model()->rowCount() == before + 1);
    const qint64 id = p.page.selectedId(StudyRulesPage::KindsTab);
    REQUIRE(id > 0);
    const QModelIndex row = view->selectionModel()->currentIndex();
    CHECK(row.siblingAtColumn(0).data().toString() == QStringLiteral("读书班"));
    CHECK(row.siblingAtColumn(1).data().toString() == QStringLiteral("Yes"));
    CHECK(row.siblingAtColumn(2).data().toString() == QStringLiteral("全天脱产培训"));
    const StudyKind saved = p.rules().kinds().last();
    CHECK(saved.id == id);
    CHECK(saved.membersOnly);

    // The same name again is refused, with the repository's message.
    p.page.newRecord();
    auto *again = p.openDialog<StudyKindDialog>();
    typeText(RulesPage::field<QLineEdit>(again, QStringLiteral("name")), QStringLiteral("读书班"));
    RulesPage::clickSave(again);
    CHECK(again->isVisible());
    CHECK(again->errorText(QString()).contains(QStringLiteral("already")));
    again->reject();
    RulesPage::waitForDialogClosed();
    CHECK(view->model()->rowCount() == before + 1);
}

TEST_CASE("A meeting rule for one branch names the branch", "[ui][rules]")
{
    RulesPage p;
    QTableView *view = p.showTab(StudyRulesPage::MeetingRulesTab);
    const qsizetype before = view->model()->rowCount();
    p.page.newRecord();
    auto *dialog = p.openDialog<MeetingRuleDialog>();
    auto *branch = RulesPage::field<QComboBox>(dialog, QStringLiteral("branch"));
    CHECK(branch->itemText(0) == QStringLiteral("Every branch"));
    CHECK(branch->count() == 3);
    branch->setCurrentIndex(branch->findData(p.org.secondBranch));
    auto *frequency = RulesPage::field<QComboBox>(dialog, QStringLiteral("frequency"));
    frequency->setCurrentIndex(frequency->findData(static_cast<int>(MeetingFrequency::Quarterly)));
    RulesPage::clickSave(dialog);
    RulesPage::waitForDialogClosed();

    REQUIRE(view->model()->rowCount() == before + 1);
    const qint64 id = p.page.selectedId(StudyRulesPage::MeetingRulesTab);
    REQUIRE(id > 0);
    const QModelIndex row = view->selectionModel()->currentIndex();
    CHECK(row.siblingAtColumn(1).data().toString() == QStringLiteral("第二党支部"));
    CHECK(row.siblingAtColumn(2).data().toString() == QStringLiteral("Quarterly"));
    const MeetingRule saved = p.rules().meetingRules().last();
    CHECK(saved.id == id);
    CHECK(saved.branchId == p.org.secondBranch);

    // Renaming the branch shows at once, and the selection stays.
    p.temp.workspace().organizations().rename(p.org.secondBranch, QStringLiteral("生产党支部"));
    CHECK(RulesPage::column(view, 1).contains(QStringLiteral("生产党支部")));
    CHECK(p.page.selectedId(StudyRulesPage::MeetingRulesTab) == id);
}

TEST_CASE("Deleting a kind of session is undone with Ctrl+Z and redone with Ctrl+Shift+Z",
          "[ui][rules][undo]")
{
    RulesWindow w;
    QTableView *view = w.showTab(StudyRulesPage::KindsTab);
    const QList<StudyKind> before = w.rules().kinds();
    StudyKind seminar;
    for (const StudyKind &kind : before)
        if (kind.code == QStringLiteral("seminar"))
            seminar = kind;
    REQUIRE(seminar.id > 0);
    REQUIRE(w.page->selectRecord(StudyRulesPage::KindsTab, seminar.id));

    // Delete asks first, saying it can be undone, and then says so again.
    view->setFocus();
    MessageBoxAnswerer answers;
    answers.answer(QMessageBox::Yes);
    QTest::keyClick(view, Qt::Key_Delete);
    w.activate();
    REQUIRE(answers.texts.size() == 1);
    CHECK(answers.texts.first().contains(seminar.name));
    CHECK(answers.texts.first().contains(QStringLiteral("Ctrl+Z")));
    CHECK(w.window.statusBar()->currentMessage().contains(QStringLiteral("Ctrl+Z")));
    CHECK(w.rules().kinds().size() == before.size() - 1);
    CHECK(view->model()->rowCount() == before.size() - 1);
    CHECK_FALSE(RulesPage::column(view, 0).contains(seminar.name));
    CHECK(w.undoText().contains(seminar.name));

    // Undo puts the kind back where it was, with its id, uuid and code.
    w.undo();
    CHECK(w.rules().kinds() == before);
    CHECK(view->model()->rowCount() == before.size());
    CHECK(RulesPage::column(view, 0).contains(seminar.name));

    // Redo deletes it again; undo once more brings it back.
    w.redo();
    CHECK_FALSE(w.rules().kindRecords().find(seminar.id).has_value());
    CHECK(view->model()->rowCount() == before.size() - 1);
    w.undo();
    CHECK(w.rules().kinds() == before);
}

TEST_CASE("Editing a requirement through the dialog is undone and redone", "[ui][rules][undo]")
{
    RulesWindow w;
    QTableView *view = w.showTab(StudyRulesPage::RequirementsTab);
    HourRequirement before;
    for (const HourRequirement &requirement : w.rules().requirements())
        if (requirement.category == CadreCategory::PartyMember)
            before = requirement;
    REQUIRE(before.minimumHours == 32);
    REQUIRE(w.page->selectRecord(StudyRulesPage::RequirementsTab, before.id));

    view->setFocus();
    QTest::keyClick(view, Qt::Key_Return);
    auto *dialog = w.window.findChild<RequirementDialog *>();
    REQUIRE(dialog != nullptr);
    REQUIRE(dialog->isVisible());
    auto *hours = RulesPage::field<QDoubleSpinBox>(dialog, QStringLiteral("minimumHours"));
    hours->selectAll();
    QTest::keyClicks(hours, QStringLiteral("40"));
    RulesPage::clickSave(dialog);
    w.waitForDialogClosed();
    HourRequirement after = *w.rules().requirementRecords().find(before.id);
    CHECK(after.minimumHours == 40);
    CHECK(w.page->selectedId(StudyRulesPage::RequirementsTab) == before.id);

    w.undo();
    CHECK(w.rules().requirementRecords().find(before.id) == before);
    CHECK(RulesPage::column(view, 2).contains(QStringLiteral("32")));
    CHECK_FALSE(RulesPage::column(view, 2).contains(QStringLiteral("40")));
    w.redo();
    CHECK(w.rules().requirementRecords().find(before.id) == after);
    CHECK(RulesPage::column(view, 2).contains(QStringLiteral("40")));
}

TEST_CASE("Adding a meeting rule is undone, and redone as the same rule", "[ui][rules][undo]")
{
    RulesWindow w;
    QTableView *view = w.showTab(StudyRulesPage::MeetingRulesTab);
    const QList<MeetingRule> before = w.rules().meetingRules();
    QTest::keyClick(&w.window, Qt::Key_N, Qt::ControlModifier);
    auto *dialog = w.window.findChild<MeetingRuleDialog *>();
    REQUIRE(dialog != nullptr);
    REQUIRE(dialog->isVisible());
    auto *branch = RulesPage::field<QComboBox>(dialog, QStringLiteral("branch"));
    branch->setCurrentIndex(branch->findData(w.org.firstBranch));
    RulesPage::clickSave(dialog);
    w.waitForDialogClosed();
    REQUIRE(w.rules().meetingRules().size() == before.size() + 1);
    const qint64 id = w.page->selectedId(StudyRulesPage::MeetingRulesTab);
    const std::optional<MeetingRule> added = w.rules().meetingRuleRecords().find(id);
    REQUIRE(added.has_value());
    CHECK(added->branchId == w.org.firstBranch);

    w.undo();
    CHECK(w.rules().meetingRules() == before);
    CHECK(view->model()->rowCount() == before.size());
    w.redo();
    CHECK(w.rules().meetingRuleRecords().find(id) == added);
    CHECK(view->model()->rowCount() == before.size() + 1);
}
