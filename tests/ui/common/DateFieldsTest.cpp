// Dates a record may or must have: the optional hire and leaving dates, a branch's records start.
#include "GuiTestSupport.h"
#include "TestSupport.h"
#include "common/OptionalDateEdit.h"
#include "organization/OrganizationDialog.h"
#include "organization/OrganizationRepository.h"
#include "roster/CadreDialog.h"
#include "roster/CadreRepository.h"
#include "study/OpeningHoursDialog.h"
#include "study/OpeningHoursRepository.h"

#include <QDoubleSpinBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QTest>

using namespace rongpei;
using namespace rongpei::test;

TEST_CASE("An optional date is unknown until set and cleared again with Delete", "[ui][date]")
{
    OptionalDateEdit edit;
    CHECK_FALSE(edit.optionalDate().isValid());
    CHECK(edit.text() == edit.specialValueText());

    edit.setOptionalDate(QDate(2026, 7, 1));
    CHECK(edit.optionalDate() == QDate(2026, 7, 1));
    edit.show();
    edit.setFocus();
    QTest::keyClick(&edit, Qt::Key_Delete);
    CHECK_FALSE(edit.optionalDate().isValid());
    edit.setOptionalDate(QDate());
    CHECK_FALSE(edit.optionalDate().isValid());
}

TEST_CASE("The cadre dialog keeps the hire and leaving dates, and leaves unknown ones empty", "[ui][roster]")
{
    TemporaryWorkspace temp;
    const auto org = SmallOrganization::create(temp.workspace());
    Cadre cadre = sampleCadre(org.firstBranch, QStringLiteral("A001"));
    cadre.hiredOn = QDate(2012, 7, 1);
    std::optional<Cadre> saved;
    CadreDialog dialog(temp.workspace().organizations().all(), cadre, QDate(2026, 11, 24),
                       [&saved](const Cadre &c) { saved = c; });
    auto *hired = dialog.findChild<OptionalDateEdit *>(CadreField::hiredOn);
    auto *left = dialog.findChild<OptionalDateEdit *>(CadreField::leftOn);
    REQUIRE(hired != nullptr);
    REQUIRE(left != nullptr);
    CHECK(hired->optionalDate() == QDate(2012, 7, 1));
    CHECK_FALSE(left->optionalDate().isValid());
    left->setOptionalDate(QDate(2027, 1, 1));
    dialog.accept();
    REQUIRE(saved.has_value());
    CHECK(saved->hiredOn == QDate(2012, 7, 1));
    CHECK(saved->leftOn == QDate(2027, 1, 1));
}

TEST_CASE("A branch's dialog asks for its records start, a department's does not", "[ui][organization]")
{
    Organization branch;
    branch.kind = OrganizationKind::Branch;
    branch.recordsStart = QDate(2026, 3, 1);
    std::optional<Organization> saved;
    OrganizationDialog dialog(QStringLiteral("编辑"), branch, QString(), {OrganizationKind::Branch},
                              QDate(2026, 11, 24), [&saved](const Organization &o) { saved = o; });
    auto *start = dialog.findChild<QDateEdit *>(OrganizationField::recordsStart);
    REQUIRE(start != nullptr);
    CHECK(start->isVisibleTo(&dialog));
    CHECK(start->date() == QDate(2026, 3, 1));
    CHECK(start->maximumDate() == QDate(2026, 11, 24));
    dialog.findChild<QLineEdit *>(OrganizationField::name)->setText(QStringLiteral("第三党支部"));
    dialog.accept();
    REQUIRE(saved.has_value());
    CHECK(saved->recordsStart == QDate(2026, 3, 1));

    Organization department;
    department.kind = OrganizationKind::Department;
    OrganizationDialog other(QStringLiteral("新增"), department, QString(), {OrganizationKind::Department},
                             QDate(2026, 11, 24), [&saved](const Organization &o) { saved = o; });
    CHECK_FALSE(other.findChild<QDateEdit *>(OrganizationField::recordsStart)->isVisibleTo(&other));
}

TEST_CASE("A cadre's opening hours are entered per year, replaced, refused without evidence and deleted",
          "[ui][opening]")
{
    TemporaryWorkspace temp;
    const auto org = SmallOrganization::create(temp.workspace());
    Cadre cadre = sampleCadre(org.firstBranch, QStringLiteral("A001"));
    cadre.id = temp.workspace().cadres().add(cadre);
    OpeningHoursRepository &repo = temp.workspace().openingHours();
    OpeningHoursDialog dialog(repo, cadre, QDate(2026, 11, 24));
    auto *year = dialog.findChild<QSpinBox *>(OpeningHoursField::year);
    auto *hours = dialog.findChild<QDoubleSpinBox *>(OpeningHoursField::hours);
    auto *note = dialog.findChild<QLineEdit *>(OpeningHoursField::note);
    auto *save = dialog.findChild<QPushButton *>(QStringLiteral("saveOpeningHours"));
    auto *error = dialog.findChild<QLabel *>(QStringLiteral("openingHoursError"));
    REQUIRE((year && hours && note && save && error));
    CHECK(year->maximum() == 2026);

    year->setValue(2024);
    hours->setValue(40);
    save->click(); // no evidence given
    CHECK(repo.forCadre(cadre.id).isEmpty());
    CHECK(error->isVisibleTo(&dialog));
    CHECK_FALSE(error->text().isEmpty());

    note->setText(QStringLiteral("2024年集中轮训结业证书"));
    save->click();
    REQUIRE(repo.forCadre(cadre.id).size() == 1);
    CHECK_FALSE(error->isVisibleTo(&dialog));
    hours->setValue(48);
    save->click(); // the same year again replaces it
    REQUIRE(repo.forCadre(cadre.id).size() == 1);
    CHECK(repo.forCadre(cadre.id).first().hours == 48);
    CHECK(dialog.table()->rowCount() == 1);

    dialog.table()->selectRow(0);
    MessageBoxAnswerer answerer;
    answerer.answer(QMessageBox::Yes);
    dialog.findChild<QPushButton *>(QStringLiteral("removeOpeningHours"))->click();
    CHECK(repo.forCadre(cadre.id).isEmpty());
    CHECK(answerer.texts.size() == 1);
}
