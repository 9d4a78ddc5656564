#include "training/FollowUpPage.h"

#include "GuiTestSupport.h"
#include "TestSupport.h"
#include "history/RecycleBinPage.h"
#include "history/RecycleBinTableModel.h"
#include "organization/OrganizationRepository.h"
#include "roster/CadreRepository.h"
#include "shell/MainWindow.h"
#include "training/ClassPage.h"
#include "training/CourseCategoriesDialog.h"
#include "training/CourseFeedbackDialog.h"
#include "training/CoursePage.h"
#include "training/CourseRepository.h"
#include "training/FeedbackQuestionsDialog.h"
#include "training/FeedbackRepository.h"
#include "training/FollowUpRepository.h"
#include "training/TrainingClassRepository.h"
#include "training/TrainingRulesDialog.h"
#include "training/UnitPlanPage.h"
#include "training/UnitPlanRepository.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QTableWidget>
#include <QTest>

using namespace rongpei;
using namespace rongpei::test;

namespace {

/// A window over two off-the-job classes of the committee, each completed by two cadres: one that
/// ended in June (its follow-ups due in September) and one in October (due after today).
struct FollowUpWindow
{
    FreshShellSettings freshSettings;
    TemporaryWorkspace temp;
    SmallOrganization org = SmallOrganization::create(temp.workspace());
    qint64 juneClass = 0;
    std::unique_ptr<MainWindow> window;

    FollowUpWindow()
    {
        Workspace &w = temp.workspace();
        QList<qint64> cadres;
        for (int i = 0; i < 2; ++i) {
            Cadre cadre =
                sampleCadre(org.firstBranch, QStringLiteral("F%1").arg(i), QStringLiteral("学员%1").arg(i));
            cadre.track = i == 0 ? Track::Party : Track::Operations;
            cadres.append(w.cadres().add(cadre));
        }
        Course course;
        course.title = QStringLiteral("精益生产");
        course.categoryId = w.courses().categories().first().id;
        course.hours = 7;
        const qint64 courseId = w.courses().add(course);
        for (const QDate start : {QDate(2026, 6, 1), QDate(2026, 10, 12)}) {
            TrainingClass c;
            c.name = QStringLiteral("%1月联合培训班").arg(start.month());
            c.kindId = studyKind(w, QStringLiteral("full_time_training"));
            c.branchId = org.committee;
            c.startsOn = start;
            c.endsOn = start.addDays(1);
            c.offTheJob = true;
            c.joint = true;
            c.courseIds = {courseId};
            c.days = {{QString(), start, 7}, {QString(), start.addDays(1), 7}};
            for (const qint64 cadre : cadres) {
                Enrollment participant;
                participant.cadreId = cadre;
                for (const ClassDay &day : c.days)
                    participant.marks.insert(day.date, {AttendanceStatus::Present, 0, {}});
                c.enrollments.append(participant);
            }
            const qint64 id = w.trainingClasses().add(c);
            if (start.month() == 6)
                juneClass = id;
        }
        window = std::make_unique<MainWindow>(w);
        window->show();
        window->activateWindow();
        REQUIRE(QTest::qWaitForWindowActive(window.get()));
    }

    template <typename Page>
    Page *showPage()
    {
        auto *page = window->page<Page>();
        REQUIRE(page != nullptr);
        window->showPage(page);
        return page;
    }
};

int ratedCount(Workspace &w)
{
    int rated = 0;
    for (const FollowUpLine &line : w.followUps().lines(QDate(2026, 1, 1), QDate(2026, 12, 31)))
        rated += line.followUp ? 1 : 0;
    return rated;
}

} // namespace

TEST_CASE("A supervisor's follow-up rating is typed as one digit, taken back and undone",
          "[ui][training][follow-ups]")
{
    FollowUpWindow w;
    auto *page = w.showPage<FollowUpPage>();
    QTableView *table = page->table();
    REQUIRE(table->model()->rowCount() == 4);
    CHECK(page->summary()->text().contains(QStringLiteral("2 due and not rated, 2 not due yet, 0 rated")));
    // Only those due and not rated.
    page->stateFilter()->setCurrentIndex(1);
    REQUIRE(table->model()->rowCount() == 2);

    table->setFocus();
    table->selectRow(0);
    QTest::keyClick(table, Qt::Key_4);
    CHECK(ratedCount(w.temp.workspace()) == 1);
    REQUIRE(waitUntil([table] { return table->model()->rowCount() == 1; })); // the rated one left the filter
    page->stateFilter()->setCurrentIndex(0);
    CHECK(page->summary()->text().contains(QStringLiteral("1 rated (mean 4")));
    // A digit off the scale does nothing.
    table->selectRow(0);
    QTest::keyClick(table, Qt::Key_7);
    CHECK(ratedCount(w.temp.workspace()) == 1);

    page->undoStack()->undo();
    CHECK(ratedCount(w.temp.workspace()) == 0);
    page->undoStack()->redo();
    CHECK(ratedCount(w.temp.workspace()) == 1);

    // Taking the rating back asks first, and can be undone.
    for (int row = 0; row < table->model()->rowCount(); ++row)
        if (table->model()->index(row, 7).data().toInt() == 4)
            table->selectRow(row);
    MessageBoxAnswerer answers;
    answers.answer(QMessageBox::Yes);
    page->deleteSelected();
    CHECK(answers.texts.size() == 1);
    CHECK(ratedCount(w.temp.workspace()) == 0);
    page->undoStack()->undo();
    CHECK(ratedCount(w.temp.workspace()) == 1);
}

TEST_CASE("The class rules and the feedback questions are edited from the class page", "[ui][training]")
{
    FollowUpWindow w;
    auto *classes = w.showPage<ClassPage>();
    classes->editRules();
    auto *rules = waitForChild<TrainingRulesDialog>(w.window.get());
    REQUIRE(rules != nullptr);
    rules->findChild<QSpinBox *>(QStringLiteral("followUpDays"))->setValue(0);
    rules->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save)->click();
    REQUIRE(rules->isVisible()); // refused, on the field
    CHECK(w.temp.workspace().trainingClasses().rules().followUpDays == 90);
    rules->findChild<QSpinBox *>(QStringLiteral("followUpDays"))->setValue(200);
    rules->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save)->click();
    CHECK(w.temp.workspace().trainingClasses().rules().followUpDays == 200);
    // Now the June class's follow-ups are not due either.
    auto *followUps = w.showPage<FollowUpPage>();
    CHECK(followUps->summary()->text().contains(QStringLiteral("0 due and not rated")));

    w.window->showPage(classes);
    classes->editFeedbackQuestions();
    auto *questions = waitForChild<FeedbackQuestionsDialog>(w.window.get());
    REQUIRE(questions != nullptr);
    QListWidget *list = questions->list();
    REQUIRE(list->count() == 5);
    list->item(1)->setCheckState(Qt::Unchecked); // retire the second question
    CHECK(w.temp.workspace().feedback().questions(true).size() == 4);
    CHECK(questions->list()->item(1)->checkState() == Qt::Unchecked);
}

TEST_CASE("The yearly training plans page shows each plan's completion, targets and items",
          "[ui][training][unit-plans]")
{
    FollowUpWindow w;
    Workspace &ws = w.temp.workspace();
    UnitPlan plan;
    plan.unitId = w.org.committee;
    plan.year = 2026;
    plan.coveragePercent = 100; // both cadres completed both classes
    plan.jointPercent = 100;
    plan.items = {{0, {}, UnitPlanItemKind::Class, QStringLiteral("6月联合培训班"), 2, w.juneClass, {}},
                  {0, {}, UnitPlanItemKind::Project, QStringLiteral("联合攻关项目"), 0, 0, {}}};
    ws.unitPlans().add(plan);
    auto *page = w.showPage<UnitPlanPage>();
    REQUIRE(waitUntil([page] { return !page->isComputing() && page->table()->model()->rowCount() == 1; }));
    QAbstractItemModel *model = page->table()->model();
    // Coverage and joint share met, the class held, the project open: 3 of 4.
    CHECK(model->index(0, 1).data().toString().contains(QStringLiteral("75")));
    CHECK(model->index(0, 4).data().toString().contains(QStringLiteral("联合攻关项目")));
    REQUIRE(page->targets()->rowCount() == 2);
    REQUIRE(page->items()->rowCount() == 2);
    CHECK(page->items()->item(0, 4)->text().contains(QStringLiteral("6月联合培训班")));

    MessageBoxAnswerer answers;
    answers.answer(QMessageBox::Yes);
    page->deleteSelected();
    CHECK(ws.unitPlans().ofYear(2026).isEmpty());
    // In the recycle bin, named by its unit, with its two items.
    auto *bin = w.showPage<RecycleBinPage>();
    bin->refresh();
    REQUIRE(waitUntil([bin] { return bin->table()->model()->rowCount() == 1; }));
    QAbstractItemModel *binModel = bin->table()->model();
    CHECK(binModel->index(0, RecycleBinTableModel::NameColumn).data().toString() ==
          ws.organizations().find(w.org.committee)->name + QStringLiteral(", 2026"));
    CHECK(binModel->index(0, RecycleBinTableModel::PartsColumn).data().toString() ==
          QStringLiteral("Planned items 2"));
    w.window->showPage(page);
    REQUIRE(waitUntil([page] { return !page->isComputing() && page->table()->model()->rowCount() == 0; }));
    page->undoStack()->undo();
    CHECK(ws.unitPlans().ofYear(2026).size() == 1);
    REQUIRE(waitUntil([page] { return !page->isComputing() && page->table()->model()->rowCount() == 1; }));
}

TEST_CASE("A course's feedback is summed up year by year from its classes' forms", "[ui][training]")
{
    FollowUpWindow w;
    Workspace &ws = w.temp.workspace();
    const QList<FeedbackQuestion> questions = ws.feedback().questions(true);
    REQUIRE(questions.size() == 5);
    const TrainingClass june = *ws.trainingClasses().find(w.juneClass);
    FeedbackForm named;
    named.cadreId = june.enrollments.at(0).cadreId;
    FeedbackForm anonymous;
    anonymous.anonymous = true;
    for (const FeedbackQuestion &question : questions) {
        named.ratings.insert(question.id, 5);
        anonymous.ratings.insert(question.id, 3);
    }
    ws.feedback().saveForms(w.juneClass, {named, anonymous});

    auto *page = w.showPage<CoursePage>();
    page->refresh();
    page->table()->selectRow(0);
    page->showFeedback();
    auto *dialog = waitForChild<CourseFeedbackDialog>(w.window.get());
    REQUIRE(dialog != nullptr);
    QTableWidget *table = dialog->table();
    REQUIRE(table->rowCount() == 1);
    CHECK(table->item(0, 0)->text() == QStringLiteral("2026"));
    CHECK(table->item(0, 1)->text() == QStringLiteral("2")); // both classes ended in 2026
    CHECK(table->item(0, 2)->text() == QStringLiteral("2"));
    CHECK(table->item(0, 3)->text().startsWith(QStringLiteral("50"))); // 2 forms of 4 participants
    CHECK(table->item(0, 4)->text() == QStringLiteral("4.00"));
    CHECK(table->columnCount() == 5 + 5 + 1);
}

TEST_CASE("An administrator removes an empty category of course, after a question", "[ui][training]")
{
    FollowUpWindow w;
    Workspace &ws = w.temp.workspace();
    const qint64 added = ws.courses().addCategory(QStringLiteral("数字化转型"));
    const qsizetype before = ws.courses().categories().size();
    auto *page = w.showPage<CoursePage>();
    page->editCategories();
    auto *dialog = waitForChild<CourseCategoriesDialog>(w.window.get());
    REQUIRE(dialog != nullptr);
    QListWidget *list = dialog->list();
    for (int row = 0; row < list->count(); ++row)
        if (list->item(row)->data(Qt::UserRole).toLongLong() == added)
            list->setCurrentRow(row);
    MessageBoxAnswerer answers;
    answers.answer(QMessageBox::No);
    dialog->removeSelected();
    CHECK(ws.courses().categories().size() == before);
    answers.answer(QMessageBox::Yes);
    dialog->removeSelected();
    REQUIRE(answers.texts.size() == 2);
    CHECK(answers.texts.at(1).contains(QStringLiteral("数字化转型")));
    CHECK(ws.courses().categories().size() == before - 1);
    CHECK(list->count() == before - 1);
}
