#include "roster/CadreDialog.h"

#include "GuiTestSupport.h"
#include "TestSupport.h"
#include "common/EnumCombo.h"
#include "organization/OrganizationRepository.h"
#include "roster/CadreRepository.h"
#include "roster/CadreTableModel.h"

#include <QComboBox>
#include <QWheelEvent>

using namespace rongpei;
using namespace rongpei::test;

TEST_CASE("The cadre dialog keeps 政治面貌 and the stage on the way into the Party apart", "[ui][roster]")
{
    TemporaryWorkspace temp;
    const auto org = SmallOrganization::create(temp.workspace());
    Cadre cadre = sampleCadre(org.firstBranch, QStringLiteral("A001")); // a member
    std::optional<Cadre> saved;
    CadreDialog dialog(temp.workspace().organizations().all(), cadre, QDate(2026, 11, 24),
                       [&saved](const Cadre &c) { saved = c; });
    auto *status = dialog.findChild<QComboBox *>(QStringLiteral("partyStatus"));
    auto *stage = dialog.findChild<QComboBox *>(QStringLiteral("recruitmentStage"));
    REQUIRE(status != nullptr);
    REQUIRE(stage != nullptr);
    CHECK(status->count() == 13);    // GB/T 4762, 中共党员 to 群众
    CHECK_FALSE(stage->isEnabled()); // a member is past every stage
    auto *role = dialog.findChild<QComboBox *>(CadreField::partyRole);
    REQUIRE(role != nullptr);
    CHECK(role->isEnabled()); // a full member may sit on the branch committee
    selectEnum(role, PartyRole::Organization);

    selectEnum(status, PartyStatus::LeagueMember);
    CHECK(stage->isEnabled());
    CHECK_FALSE(role->isEnabled());
    selectEnum(stage, RecruitmentStage::Activist);
    dialog.accept();
    REQUIRE(saved.has_value());
    CHECK(saved->partyStatus == PartyStatus::LeagueMember);
    CHECK(saved->recruitmentStage == RecruitmentStage::Activist);
    CHECK_FALSE(saved->partyJoinedOn.isValid());
    CHECK(saved->partyRole == PartyRole::None); // the role ticked as a member is not kept

    // The roster shows the stage after the 政治面貌 it does not replace.
    temp.workspace().cadres().add(*saved);
    CadreTableModel model(temp.workspace().cadres(), temp.workspace().organizations());
    model.reload();
    REQUIRE(model.rowCount() == 1);
    CHECK(model.index(0, CadreTableModel::PartyStatusColumn).data().toString() ==
          QStringLiteral("%1 (%2)").arg(enumLabel(PartyStatus::LeagueMember),
                                        enumLabel(RecruitmentStage::Activist)));
}

TEST_CASE("A wheel turned over a field not being edited scrolls the form and changes nothing", "[ui][roster]")
{
    TemporaryWorkspace temp;
    const auto org = SmallOrganization::create(temp.workspace());
    Cadre cadre = sampleCadre(org.firstBranch, QStringLiteral("A001"));
    CadreDialog dialog(temp.workspace().organizations().all(), cadre, QDate(2026, 11, 24),
                       [](const Cadre &) {});
    dialog.show();
    dialog.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&dialog));
    auto *level = dialog.findChild<QComboBox *>(CadreField::partyRole); // a member: enabled
    REQUIRE(level != nullptr);
    const int before = level->currentIndex();
    const QPointF at(level->width() / 2.0, level->height() / 2.0);
    QWheelEvent down(at, level->mapToGlobal(at), QPoint(), QPoint(0, -120), Qt::NoButton, Qt::NoModifier,
                     Qt::NoScrollPhase, false);
    QApplication::sendEvent(level, &down);
    CHECK(level->currentIndex() == before);
    // Once the clerk is in the field, the wheel is theirs.
    level->setFocus();
    REQUIRE(level->hasFocus());
    QWheelEvent again(at, level->mapToGlobal(at), QPoint(), QPoint(0, -120), Qt::NoButton, Qt::NoModifier,
                      Qt::NoScrollPhase, false);
    QApplication::sendEvent(level, &again);
    CHECK(level->currentIndex() != before);
}
