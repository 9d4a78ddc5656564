#include "training/PlanPage.h"

#include "GuiTestSupport.h"
#include "TestSupport.h"
#include "common/TableRoles.h"
#include "roster/CadrePickerDialog.h"
#include "roster/CadreRepository.h"
#include "shell/MainWindow.h"
#include "training/CourseRepository.h"
#include "training/DevelopmentPlanRepository.h"
#include "training/PlanDialog.h"
#include "training/PlanProgressTableModel.h"
#include "training/PlanSuggestionsDialog.h"

#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QTableWidget>
#include <QTest>

using namespace rongpei;
using namespace rongpei::test;

namespace {

/// A window over two party-affairs and three operations cadres of the first branch, and a
/// catalogue of a finance course and a theory course.
struct PlanWindow
{
    FreshShellSettings freshSettings;
    TemporaryWorkspace temp;
    SmallOrganization org = SmallOrganization::create(temp.workspace());
    QList<qint64> cadres;
    std::unique_ptr<MainWindow> window;

    PlanWindow()
    {
        Workspace &w = temp.workspace();
        for (int i = 0; i < 5; ++i) {
            Cadre cadre = sampleCadre(org.firstBranch, QStringLiteral("P%1").arg(i, 3, 10, QLatin1Char('0')),
                                      QStringLiteral("干部%1").arg(i));
            cadre.track = i < 2 ? Track::Party : Track::Operations;
            cadres.append(w.cadres().add(cadre));
        }
        for (const auto &[title, code, side] :
             {std::tuple{QStringLiteral("财务报表分析"), QStringLiteral("financial_analysis"),
                         TrainingSide::Management},
              std::tuple{QStringLiteral("党的创新理论专题"), QStringLiteral("party_theory"),
                         TrainingSide::Theory}}) {
            Course course;
            course.title = title;
            for (const CourseCategory &category : w.courses().categories())
                if (category.code == code)
                    course.categoryId = category.id;
            course.side = side;
            course.hours = 7;
            w.courses().add(course);
        }
        window = std::make_unique<MainWindow>(w);
        window->show();
        window->activateWindow();
        REQUIRE(QTest::qWaitForWindowActive(window.get()));
    }

    PlanPage *showPage()
    {
        auto *page = window->page<PlanPage>();
        REQUIRE(page != nullptr);
        window->showPage(page);
        REQUIRE(waitUntil([page] { return !page->isComputing(); }));
        return page;
    }
};

void pickFirstCadre()
{
    QTimer::singleShot(0, [] {
        auto *picker = qobject_cast<CadrePickerDialog *>(QApplication::activeModalWidget());
        REQUIRE(picker != nullptr);
        QTableView *table = picker->table();
        REQUIRE(waitUntil([table] { return table->model()->rowCount() > 0; }));
        table->setFocus();
        table->selectRow(0);
        picker->accept();
    });
}

} // namespace

TEST_CASE("An officer has a plan suggested for a cadre, sees why, saves it and undoes it",
          "[ui][training][plans]")
{
    PlanWindow w;
    PlanPage *page = w.showPage();
    CHECK(page->model()->rowCount() == 0);
    QTest::keyClick(w.window.get(), Qt::Key_N, Qt::ControlModifier);
    auto *dialog = waitForChild<PlanDialog>(w.window.get());
    REQUIRE(dialog != nullptr);
    // Suggest with no cadre asks for one first.
    pickFirstCadre();
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("suggest")), Qt::LeftButton);
    const DevelopmentPlan suggested = dialog->plan();
    REQUIRE(suggested.cadreId > 0);
    CHECK(suggested.theoryHours > 0);
    CHECK(suggested.managementHours >= 16);
    CHECK(dialog->reasons()->isVisible());
    CHECK(dialog->reasons()->text().contains(QStringLiteral("political theory"), Qt::CaseInsensitive));
    auto *courses = dialog->findChild<QTableWidget *>(QStringLiteral("courses"));
    REQUIRE(courses->rowCount() >= 1);
    CHECK_FALSE(courses->item(0, 1)->text().isEmpty()); // each course with its reason

    // Too many theory hours is refused on the field; a sane figure saves.
    dialog->findChild<QDoubleSpinBox *>(QStringLiteral("theoryHours"))->setValue(1000);
    dialog->findChild<QDoubleSpinBox *>(QStringLiteral("managementHours"))->setValue(0);
    dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save)->click();
    REQUIRE(dialog->isVisible());
    CHECK(w.temp.workspace().developmentPlans().count() == 0);
    dialog->findChild<QDoubleSpinBox *>(QStringLiteral("theoryHours"))->setValue(40);
    dialog->findChild<QDoubleSpinBox *>(QStringLiteral("managementHours"))
        ->setValue(suggested.managementHours);
    dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save)->click();
    REQUIRE(waitUntil([&] { return w.temp.workspace().developmentPlans().count() == 1; }));
    REQUIRE(waitUntil([&] { return page->model()->rowCount() == 1 && !page->isComputing(); }));
    const PlanProgressLine &line = page->model()->lines().first();
    CHECK(line.plan.theoryHours == 40);
    CHECK(line.percent.has_value());
    CHECK(*line.percent < 1); // nothing recorded yet
    CHECK(page->summary()->text().contains(QStringLiteral("1 plan")));

    page->undoStack()->undo();
    CHECK(w.temp.workspace().developmentPlans().count() == 0);
    REQUIRE(waitUntil([&] { return page->model()->rowCount() == 0; }));
}

TEST_CASE("Suggested plans for a branch are reviewed in one list and the checked ones accepted together",
          "[ui][training][plans]")
{
    PlanWindow w;
    PlanPage *page = w.showPage();
    page->suggestForScope();
    auto *dialog = waitForChild<PlanSuggestionsDialog>(w.window.get());
    REQUIRE(dialog != nullptr);
    REQUIRE(waitUntil([dialog] { return !dialog->isComputing() && dialog->table()->rowCount() > 0; }));
    QTableWidget *table = dialog->table();
    CHECK(table->rowCount() == 5);
    CHECK(dialog->checkedPlans().size() == 5);
    table->selectRow(0);
    CHECK(dialog->findChild<QLabel *>(QStringLiteral("reasons"))->text().contains(QStringLiteral("•")));
    table->item(0, 0)->setCheckState(Qt::Unchecked);
    CHECK(dialog->checkedPlans().size() == 4);
    CHECK(
        dialog->findChild<QLabel *>(QStringLiteral("checkedCount"))->text().startsWith(QStringLiteral("4")));
    dialog->accept();
    CHECK(w.temp.workspace().developmentPlans().count() == 4);
    REQUIRE(waitUntil([&] { return page->model()->rowCount() == 4 && !page->isComputing(); }));

    // Asked again, only the one left without a plan is proposed.
    page->suggestForScope();
    REQUIRE(waitUntil([&] {
        auto *again = qobject_cast<PlanSuggestionsDialog *>(QApplication::activeModalWidget());
        return again && again != dialog && !again->isComputing() && again->table()->rowCount() == 1;
    }));
    qobject_cast<PlanSuggestionsDialog *>(QApplication::activeModalWidget())->reject();

    // One undo takes the whole batch back.
    page->undoStack()->undo();
    CHECK(w.temp.workspace().developmentPlans().count() == 0);
    page->undoStack()->redo();
    CHECK(w.temp.workspace().developmentPlans().count() == 4);
}
