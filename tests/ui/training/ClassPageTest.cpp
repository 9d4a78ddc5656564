#include "training/ClassPage.h"

#include "GuiTestSupport.h"
#include "TestSupport.h"
#include "common/TableRoles.h"
#include "roster/CadrePickerDialog.h"
#include "roster/CadreRepository.h"
#include "shell/MainWindow.h"
#include "study/StudyRuleRepository.h"
#include "training/ClassDialog.h"
#include "training/ClassTableModel.h"
#include "training/CohortModel.h"
#include "training/CourseRepository.h"
#include "training/DayMarkDialog.h"
#include "training/FeedbackDialog.h"
#include "training/FeedbackRepository.h"
#include "training/ParticipantTableModel.h"
#include "training/TrainingClassRepository.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTableView>
#include <QTest>
#include <QTimer>

using namespace rongpei;
using namespace rongpei::test;

namespace {

/// A window over four party-affairs and six operations cadres of the first branch and a course.
struct TrainingWindow
{
    FreshShellSettings freshSettings;
    TemporaryWorkspace temp;
    SmallOrganization org = SmallOrganization::create(temp.workspace());
    QList<qint64> cadres;
    std::unique_ptr<MainWindow> window;

    TrainingWindow()
    {
        for (int i = 0; i < 10; ++i) {
            Cadre cadre = sampleCadre(org.firstBranch, QStringLiteral("T%1").arg(i, 3, 10, QLatin1Char('0')),
                                      QStringLiteral("学员%1").arg(i));
            cadre.track = i < 4 ? Track::Party : Track::Operations;
            cadres.append(temp.workspace().cadres().add(cadre));
        }
        Course course;
        course.title = QStringLiteral("财务报表分析");
        course.categoryId = temp.workspace().courses().categories().first().id;
        course.hours = 7;
        temp.workspace().courses().add(course);
        window = std::make_unique<MainWindow>(temp.workspace());
        window->show();
        window->activateWindow();
        REQUIRE(QTest::qWaitForWindowActive(window.get()));
    }

    ClassPage *showPage()
    {
        auto *page = window->page<ClassPage>();
        REQUIRE(page != nullptr);
        window->showPage(page);
        REQUIRE(waitUntil([page] { return page->isLoaded(); }));
        return page;
    }
};

template <typename T>
T *child(QWidget *parent, const QString &name)
{
    auto *widget = parent->findChild<T *>(name);
    REQUIRE(widget != nullptr);
    return widget;
}

void clickCell(QTableView *view, int row, int column)
{
    const QModelIndex index = view->model()->index(row, column);
    view->scrollTo(index);
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(index).center());
}

/// Chooses the first `count` cadres of the picker that opens next, from the keyboard.
void pickNextCadres(int count)
{
    QTimer::singleShot(0, [count] {
        auto *picker = qobject_cast<CadrePickerDialog *>(QApplication::activeModalWidget());
        REQUIRE(picker != nullptr);
        QTableView *table = picker->table();
        REQUIRE(waitUntil([table, count] { return table->model()->rowCount() >= count; }));
        table->setFocus();
        table->setCurrentIndex(table->model()->index(0, 0));
        for (int i = 1; i < count; ++i)
            QTest::keyClick(table, Qt::Key_Down, Qt::ShiftModifier);
        REQUIRE(picker->selectedIds().size() == count);
        picker->accept();
    });
}

/// Types `text` as a user would: the first key opens the cell's editor, the rest go to it.
void typeKeys(QTableView *view, const QString &text)
{
    QTest::keyClick(view, text.at(0).toLatin1());
    auto *editor = view->viewport()->findChild<QLineEdit *>();
    REQUIRE(editor != nullptr);
    for (const QChar c : text.mid(1))
        QTest::keyClick(editor, c.toLatin1());
    QTest::keyClick(editor, Qt::Key_Return);
    QTest::qWait(0); // the delegate commits the editor's text on a queued call
}

void save(ClassDialog *dialog)
{
    auto *buttons = dialog->findChild<QDialogButtonBox *>();
    REQUIRE(buttons != nullptr);
    QTest::mouseClick(buttons->button(QDialogButtonBox::Save), Qt::LeftButton);
}

} // namespace

TEST_CASE("An officer opens a joint class, adds a mixed cohort, marks days, enters scores and feedback forms "
          "from the "
          "keyboard",
          "[ui][training]")
{
    TrainingWindow w;
    ClassPage *page = w.showPage();
    QTest::keyClick(w.window.get(), Qt::Key_N, Qt::ControlModifier);
    auto *dialog = waitForChild<ClassDialog>(w.window.get());
    REQUIRE(dialog != nullptr);
    REQUIRE(dialog->isVisible());

    typeText(child<QLineEdit>(dialog, QStringLiteral("name")),
             QStringLiteral("2026年经营管理能力联合培训班"));
    child<QDateEdit>(dialog, QStringLiteral("startsOn"))->setDate(QDate(2026, 9, 7));
    child<QDateEdit>(dialog, QStringLiteral("endsOn"))->setDate(QDate(2026, 9, 9));
    auto *courses = child<QListWidget>(dialog, QStringLiteral("courses"));
    REQUIRE(courses->count() == 1);
    courses->item(0)->setCheckState(Qt::Checked);
    QTest::mouseClick(child<QPushButton>(dialog, QStringLiteral("fillDays")), Qt::LeftButton);
    CohortModel *cohort = dialog->cohort();
    REQUIRE(cohort->days().size() == 3); // Monday to Wednesday, 7 hours each

    pickNextCadres(10);
    QTest::mouseClick(child<QPushButton>(dialog, QStringLiteral("addParticipants")), Qt::LeftButton);
    REQUIRE(cohort->rowCount() == 10);
    // The days are past: everyone starts present. The mix is shown as it stands.
    CHECK(cohort->markAt(0, CohortModel::FirstDayColumn)->status == AttendanceStatus::Present);
    CHECK(dialog->mixLabel()->text().contains(QStringLiteral("40")));
    CHECK_FALSE(dialog->mixLabel()->text().contains(QStringLiteral("⚠")));

    // The first participant absent on the first day (7 of 21 hours: over 1/7); the second on
    // three hours' leave, entered with E in the dialog.
    QTableView *grid = dialog->cohortView();
    clickCell(grid, 0, CohortModel::FirstDayColumn);
    QTest::keyClick(grid, Qt::Key_A);
    CHECK(cohort->markAt(0, CohortModel::FirstDayColumn)->status == AttendanceStatus::Absent);
    CHECK(cohort->markAt(0, CohortModel::FirstDayColumn)->missedHours == 7);
    clickCell(grid, 1, CohortModel::FirstDayColumn + 1);
    QTimer::singleShot(0, [] {
        QWidget *modal = QApplication::activeModalWidget();
        INFO((modal ? modal->metaObject()->className() : "none"));
        auto *marks = qobject_cast<DayMarkDialog *>(modal);
        REQUIRE(marks != nullptr);
        marks->findChild<QDoubleSpinBox *>(QStringLiteral("missedHours"))->setValue(3);
        typeText(marks->findChild<QLineEdit *>(QStringLiteral("excuse")), QStringLiteral("病假"));
        marks->accept();
    });
    QTest::keyClick(grid, Qt::Key_E);
    const DayMark *leave = cohort->markAt(1, CohortModel::FirstDayColumn + 1);
    REQUIRE(leave != nullptr);
    CHECK(leave->status == AttendanceStatus::Excused);
    CHECK(leave->missedHours == 3); // exactly 1/7 of the class's 21 hours
    CHECK(leave->excuse == QStringLiteral("病假"));

    // Scores typed into the grid: one out of range first.
    clickCell(grid, 2, CohortModel::ScoreColumn);
    typeKeys(grid, QStringLiteral("150"));
    REQUIRE(cohort->enrollments().at(2).score == 150);
    save(dialog);
    REQUIRE(dialog->isVisible()); // refused, on the cohort's field
    CHECK_FALSE(dialog->errorText(TrainingClassField::participants).isEmpty());
    CHECK(w.temp.workspace().trainingClasses().count() == 0);

    clickCell(grid, 2, CohortModel::ScoreColumn);
    typeKeys(grid, QStringLiteral("55"));
    for (int row : {0, 1, 3, 4, 5, 6, 7, 8, 9}) {
        clickCell(grid, row, CohortModel::ScoreColumn);
        typeKeys(grid, QStringLiteral("80"));
    }
    // A letter cannot be typed into a score.
    clickCell(grid, 9, CohortModel::ScoreColumn);
    typeKeys(grid, QStringLiteral("7a5"));
    CHECK(cohort->enrollments().at(9).score == 75);
    save(dialog);
    REQUIRE(waitUntil([dialog] { return !dialog->isVisible(); }));

    // Saved as entered.
    REQUIRE(w.temp.workspace().trainingClasses().count() == 1);
    REQUIRE(waitUntil([page] { return page->isLoaded() && page->model()->rowCount() == 1; }));
    const TrainingClass saved =
        page->model()->figuresOf(page->model()->index(0, 0).data(TableRole::Id).toLongLong())->trainingClass;
    CHECK(saved.enrollments.size() == 10);
    CHECK(saved.enrollments.at(2).score == 55);
    CHECK(saved.enrollments.at(1).marks.value(QDate(2026, 9, 8)).missedHours == 3);

    // The page: the class's figures and each participant's outcome, with the reason.
    page->selectClass(saved.id);
    const ClassFigures *figures = page->model()->figuresOf(saved.id);
    REQUIRE(figures != nullptr);
    CHECK(figures->mix.party == 4);
    CHECK(figures->mix.operations == 6);
    CHECK(figures->completed == 8); // not the absentee, not the one who failed
    CHECK_FALSE(page->mixWarning()->isVisible());
    REQUIRE(page->participantModel()->rowCount() == 10);
    QHash<qint64, ParticipantLine> lines;
    for (const ParticipantLine &line : page->participantModel()->lines())
        lines.insert(line.enrollment.cadreId, line);
    CHECK(lines.value(saved.enrollments.at(0).cadreId).outcome.state == CompletionState::TooMuchAbsence);
    CHECK(lines.value(saved.enrollments.at(0).cadreId).explanation.contains(QStringLiteral("7")));
    CHECK(lines.value(saved.enrollments.at(1).cadreId).outcome.hoursEarned ==
          18); // the limit itself still completes
    CHECK(lines.value(saved.enrollments.at(2).cadreId).outcome.state == CompletionState::Failed);

    // Two paper feedback forms from the keyboard: Ctrl+Shift+F opens the grid at the first rating.
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    w.window->activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(w.window.get()));
    page->table()->setFocus();
    QTest::keyClick(page->table(), Qt::Key_F, Qt::ControlModifier | Qt::ShiftModifier);
    auto *feedback = waitForChild<FeedbackDialog>(w.window.get());
    REQUIRE(feedback != nullptr);
    REQUIRE(feedback->isVisible());
    QTableView *forms = feedback->table();
    FeedbackEntryModel *entries = feedback->model();
    REQUIRE(entries->rowCount() == 1);
    // An anonymous form: each digit sets a rating and moves on, then the comments.
    for (const char digit : {'5', '4', '5', '4', '5'})
        QTest::keyClick(forms, digit);
    CHECK(forms->currentIndex().column() == entries->commentsColumn());
    typeKeys(forms, QStringLiteral("ok"));
    QTest::keyClick(forms, Qt::Key_Return); // to the next form's first rating
    CHECK(forms->currentIndex().row() == 1);
    CHECK(forms->currentIndex().column() == FeedbackEntryModel::FirstQuestionColumn);
    // A named form, one rating off the scale first.
    for (const char digit : {'3', '7', '4', '4', '3'})
        QTest::keyClick(forms, digit);
    forms->setCurrentIndex(entries->index(1, FeedbackEntryModel::ParticipantColumn));
    QTest::keyClick(forms, Qt::Key_F2);
    auto *participant = forms->viewport()->findChild<QComboBox *>();
    REQUIRE(participant != nullptr);
    QTest::keyClick(participant, Qt::Key_Down);
    QTest::keyClick(participant, Qt::Key_Return);
    QTest::qWait(0);
    REQUIRE(entries->forms().size() == 2);
    CHECK(entries->forms().at(1).cadreId == saved.enrollments.at(0).cadreId);
    auto *feedbackButtons = feedback->findChild<QDialogButtonBox *>();
    QTest::mouseClick(feedbackButtons->button(QDialogButtonBox::Save), Qt::LeftButton);
    REQUIRE(feedback->isVisible()); // 7 is off the scale: refused, nothing saved
    CHECK(w.temp.workspace().feedback().forms(saved.id).isEmpty());
    forms->setCurrentIndex(entries->index(1, FeedbackEntryModel::FirstQuestionColumn + 1));
    QTest::keyClick(forms, '5');
    QTest::mouseClick(feedbackButtons->button(QDialogButtonBox::Save), Qt::LeftButton);
    REQUIRE(waitUntil([feedback] { return !feedback->isVisible(); }));
    const QList<FeedbackForm> stored = w.temp.workspace().feedback().forms(saved.id);
    REQUIRE(stored.size() == 2);
    CHECK(stored.at(0).anonymous);
    CHECK(stored.at(0).cadreId == 0);
    CHECK(stored.at(0).comments == QStringLiteral("ok"));
    CHECK(stored.at(0).ratings.values() == QList<int>{5, 4, 5, 4, 5});
    CHECK(stored.at(1).ratings.values() == QList<int>{3, 5, 4, 4, 3});
    REQUIRE(waitUntil([page] { return page->isLoaded(); }));
    page->selectClass(saved.id);
    CHECK(page->feedbackSummary()->text().contains(QStringLiteral("2 form")));
    CHECK(page->model()->figuresOf(saved.id)->meanFeedback == Approx(4.2));

    // Ctrl+Z takes the forms back out, then the class.
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    w.window->activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(w.window.get()));
    QTest::keyClick(w.window.get(), Qt::Key_Z, Qt::ControlModifier);
    CHECK(w.temp.workspace().feedback().forms(saved.id).isEmpty());
    QTest::keyClick(w.window.get(), Qt::Key_Z, Qt::ControlModifier);
    CHECK(w.temp.workspace().trainingClasses().count() == 0);
}

TEST_CASE("A joint class of one track only is flagged on the class page and in its dialog", "[ui][training]")
{
    TrainingWindow w;
    TrainingClass c;
    c.name = QStringLiteral("2026年精益管理联合培训班");
    for (const StudyKind &kind : w.temp.workspace().studyRules().kinds())
        if (kind.code == QStringLiteral("full_time_training"))
            c.kindId = kind.id;
    c.branchId = w.org.committee;
    c.startsOn = QDate(2026, 10, 12);
    c.endsOn = c.startsOn;
    c.joint = true;
    c.days = {{QString(), c.startsOn, 7}};
    for (int i = 4; i < 10; ++i) // operations cadres only
        c.enrollments.append({QString(), w.cadres.at(i), std::nullopt, {}});
    const qint64 id = w.temp.workspace().trainingClasses().add(c);

    ClassPage *page = w.showPage();
    page->selectClass(id);
    CHECK(page->mixWarning()->isVisible());
    CHECK(page->mixWarning()->text().contains(QStringLiteral("30")));
    const QModelIndex mix = page->table()->model()->index(0, ClassTableModel::MixColumn);
    CHECK(mix.data().toString().startsWith(QStringLiteral("⚠")));

    QTest::keyClick(page->table(), Qt::Key_Return);
    auto *dialog = waitForChild<ClassDialog>(w.window.get());
    REQUIRE(dialog != nullptr);
    CHECK(dialog->mixLabel()->text().contains(QStringLiteral("⚠")));
    // Unticking "joint" takes the warning away.
    child<QCheckBox>(dialog, QStringLiteral("joint"))->setChecked(false);
    CHECK_FALSE(dialog->mixLabel()->text().contains(QStringLiteral("⚠")));
    dialog->reject();
}
