#include "rotation/EvaluationForm.h"

#include "PdfText.h"
#include "TestSupport.h"
#include "Workspace.h"
#include "common/ValidationError.h"
#include "roster/CadreRepository.h"
#include "rotation/RotationRepository.h"

#include <QFile>

using namespace rongpei;
using namespace rongpei::test;

namespace {

/// A party-affairs cadre seconded to the second branch's production department, evaluated at the
/// end, with a self-summary; returns the rotation's id.
qint64 evaluatedRotation(Workspace &workspace, const SmallOrganization &org)
{
    Cadre cadre = sampleCadre(org.firstBranch, QStringLiteral("R001"), QStringLiteral("王党务"));
    cadre.track = Track::Party;
    cadre.post = QStringLiteral("党务专员");
    Rotation r;
    r.cadreId = workspace.cadres().add(cadre);
    r.mentorId = workspace.cadres().add(
        sampleCadre(org.secondBranch, QStringLiteral("R002"), QStringLiteral("李导师")));
    r.kind = RotationKind::Secondment;
    r.fromUnitId = org.office;
    r.fromPost = QStringLiteral("党务专员");
    r.toUnitId = org.production;
    r.toPost = QStringLiteral("生产部副经理");
    r.plannedStart = QDate(2026, 3, 1);
    r.plannedEnd = QDate(2026, 8, 31);
    r.actualStart = r.plannedStart;
    r.actualEnd = r.plannedEnd;
    r.approvalNumber = QStringLiteral("华远党组〔2026〕12号");
    r.goals = QStringLiteral("熟悉生产经营管理流程");
    r.selfSummary = QStringLiteral("半年来认真学习生产管理知识，参与检修计划编制。");
    RotationEvaluation last;
    last.evaluatedOn = QDate(2026, 9, 10);
    last.grade = EvaluationGrade::Excellent;
    last.integrity = 5;
    last.ability = 4;
    last.hostComments = QStringLiteral("工作积极主动，作风务实。");
    last.homeOpinion = QStringLiteral("同意派驻单位鉴定意见。");
    r.finalEvaluation = last;
    return workspace.rotations().add(r);
}

} // namespace

TEST_CASE(
    "The evaluation form of a rotation is an A4 PDF with the cadre, the arrangement and the grades in text",
    "[report][rotation]")
{
    TemporaryWorkspace temp;
    const SmallOrganization org = SmallOrganization::create(temp.workspace());
    const qint64 id = evaluatedRotation(temp.workspace(), org);
    const ChineseLocale chinese;
    const EvaluationFormData form = EvaluationFormData::of(temp.workspace().database(), id);
    CHECK(form.name == QStringLiteral("王党务"));
    CHECK(form.mentor == QStringLiteral("李导师"));
    CHECK(form.hostUnit == QStringLiteral("第二党支部生产部　生产部副经理"));
    TemporaryFolder folder;
    const QString path = folder.path(QStringLiteral("鉴定表.pdf"));
    EvaluationForm::writePdf(form, path);
    CHECK(pdfInfo(path, QStringLiteral("Page size")).contains(QStringLiteral("A4")));
    const QStringList pages = pagesOf(path);
    REQUIRE(pages.size() == 1);
    const QString text = pages.first();
    INFO(text.toStdString());
    for (const QString &expected :
         {QStringLiteral("挂职（轮岗）干部考核鉴定表"), QStringLiteral("王党务"),
          QStringLiteral("生产部副经理"), QStringLiteral("华远党组〔2026〕12号"), QStringLiteral("李导师"),
          QStringLiteral("个人小结"), QStringLiteral("参与检修计划编制"), QStringLiteral("优秀"),
          QStringLiteral("工作积极主动"), QStringLiteral("同意派驻单位鉴定意见"),
          QStringLiteral("派出单位意见"), QStringLiteral("党务→生产经营")})
        CHECK(text.contains(expected));
    // No mid-term evaluation: its grades are printed as boxes to tick by hand.
    CHECK(text.contains(QStringLiteral("□ 优秀")));
}

TEST_CASE("An evaluation form that cannot be written names the file and leaves no file", "[report][rotation]")
{
    TemporaryWorkspace temp;
    const SmallOrganization org = SmallOrganization::create(temp.workspace());
    const qint64 id = evaluatedRotation(temp.workspace(), org);
    const EvaluationFormData form = EvaluationFormData::of(temp.workspace().database(), id);
    TemporaryFolder folder;
    const QString path = folder.path(QStringLiteral("no-such-folder/form.pdf"));
    const ValidationError refusal = refusalOf([&] { EvaluationForm::writePdf(form, path); });
    CHECK(refusal.message().contains(QStringLiteral("form.pdf")));
    CHECK_FALSE(QFile::exists(path));
    CHECK_THROWS_AS(EvaluationFormData::of(temp.workspace().database(), id + 1), ValidationError);
}
