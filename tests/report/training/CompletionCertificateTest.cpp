#include "training/CompletionCertificate.h"

#include "PdfText.h"
#include "TestSupport.h"
#include "common/ValidationError.h"

#include <QFile>

using namespace rongpei;
using namespace rongpei::test;

namespace {

/// A class of three: one completed with a score, one failed, one completed with half a day's leave.
struct CertificateFixture
{
    TrainingClass trainingClass;
    QList<ParticipantLine> lines;

    CertificateFixture()
    {
        trainingClass.id = 7;
        trainingClass.name = QStringLiteral("2026年经营管理能力联合培训班");
        trainingClass.startsOn = QDate(2026, 9, 7);
        trainingClass.endsOn = QDate(2026, 9, 11);
        trainingClass.passMark = 60;
        const auto line = [](const QString &name, const QString &number, CompletionState state, double earned,
                             double score) {
            ParticipantLine l;
            l.name = name;
            l.employeeNumber = number;
            l.branchName = QStringLiteral("第一党支部");
            l.enrollment.cadreId = number.right(1).toLongLong();
            l.enrollment.score = score;
            l.outcome.state = state;
            l.outcome.classHours = 35;
            l.outcome.hoursEarned = earned;
            return l;
        };
        lines = {
            line(QStringLiteral("王伟"), QStringLiteral("A001"), CompletionState::Completed, 35, 88),
            line(QStringLiteral("李娜"), QStringLiteral("A002"), CompletionState::Failed, 0, 52),
            line(QStringLiteral("张强"), QStringLiteral("A003"), CompletionState::Completed, 31.5, 75.5)};
    }

    QList<CertificateData> certificates(const QList<qint64> &cadres = {}) const
    {
        return CertificateData::forClass(trainingClass, lines, QStringLiteral("集团党委"), cadres);
    }
};

} // namespace

TEST_CASE("Certificates go to the participants who completed the class, numbered by their line",
          "[report][training]")
{
    const CertificateFixture f;
    const QList<CertificateData> all = f.certificates();
    REQUIRE(all.size() == 2);
    CHECK(all.at(0).cadreName == QStringLiteral("王伟"));
    CHECK(all.at(0).number == QStringLiteral("2026-0007-001"));
    CHECK(all.at(1).cadreName == QStringLiteral("张强"));
    CHECK(all.at(1).number == QStringLiteral("2026-0007-003"));
    CHECK(all.at(1).hoursEarned == 31.5);
    CHECK(all.at(1).issuedOn == QDate(2026, 9, 11));
    CHECK(f.certificates({2}).isEmpty()); // the one who failed gets none
    CHECK(f.certificates({3}).size() == 1);
}

TEST_CASE("The certificate PDF has one A4 landscape page per participant, in Chinese", "[report][training]")
{
    const CertificateFixture f;
    const ChineseLocale chinese;
    TemporaryFolder folder;
    const QString path = folder.path(QStringLiteral("结业证书.pdf"));
    CompletionCertificate::writePdf(f.certificates(), path);
    const QString size = pdfInfo(path, QStringLiteral("Page size"));
    INFO(size.toStdString());
    CHECK(size.startsWith(QStringLiteral("842 x 595"))); // landscape
    CHECK(size.contains(QStringLiteral("A4")));
    if (qEnvironmentVariableIsSet("RONGPEI_KEEP_PDF"))
        QFile::copy(path, qEnvironmentVariable("RONGPEI_KEEP_PDF"));
    const QStringList pages = pagesOf(path);
    REQUIRE(pages.size() == 2);
    const QString first = QString(pages.at(0)).remove(QRegularExpression(QStringLiteral("\\s")));
    CHECK(first.contains(QStringLiteral("结业证书")));
    CHECK(first.contains(QStringLiteral("王伟")));
    CHECK(first.contains(QStringLiteral("2026年经营管理能力联合培训班")));
    CHECK(first.contains(QStringLiteral("获得35学时")));
    CHECK(first.contains(QStringLiteral("88")));
    CHECK(first.contains(QStringLiteral("集团党委")));
    CHECK(first.contains(QStringLiteral("2026年9月7日至2026年9月11日")));
    CHECK(first.contains(QStringLiteral("2026-0007-001")));
    const QString second = QString(pages.at(1)).remove(QRegularExpression(QStringLiteral("\\s")));
    CHECK(second.contains(QStringLiteral("张强")));
    CHECK(second.contains(QStringLiteral("31.5")));
    CHECK_FALSE(second.contains(QStringLiteral("李娜")));
}

TEST_CASE("Saving certificates for nobody who completed, or to a folder that cannot be written, is refused",
          "[report][training]")
{
    const CertificateFixture f;
    TemporaryFolder folder;
    const QString path = folder.path(QStringLiteral("none.pdf"));
    CHECK_THROWS_AS(CompletionCertificate::writePdf(f.certificates({2}), path), ValidationError);
    CHECK_FALSE(QFile::exists(path));
    const QString blocked = folder.path(QStringLiteral("missing/folder/c.pdf"));
    try {
        CompletionCertificate::writePdf(f.certificates(), blocked);
        FAIL("saved into a folder that does not exist");
    } catch (const ValidationError &error) {
        CHECK(QString::fromUtf8(error.what()).contains(QStringLiteral("c.pdf")));
    }
}
