#include "study/SignInSheet.h"

#include "PdfText.h"
#include "TestSupport.h"
#include "common/ValidationError.h"
#include "roster/CadreRepository.h"
#include "study/SignInSheetData.h"
#include "study/StudySessionRepository.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QFont>
#include <QHash>
#include <QLocale>
#include <QPrinter>
#include <QProcess>
#include <QRawFont>
#include <QRegularExpression>
#include <QTranslator>

using namespace rongpei;
using namespace rongpei::test;

namespace {

constexpr int attendees = 40; // two pages

/// A planned 主题党日 of the first branch whose roll call lists 40 cadres out of the order
/// they were added in (position i holds the cadre added 7·i mod 40th), so the sheet must
/// follow the roll call. Forty rows of 10 mm fill two A4 pages.
struct SheetFixture
{
    TemporaryWorkspace temp;
    SmallOrganization org = SmallOrganization::create(temp.workspace());
    QStringList numbers; // employee numbers in roll-call order
    QStringList names;   // names in roll-call order
    QStringList units;   // units in roll-call order
    qint64 sessionId = 0;

    SheetFixture()
    {
        // Names with characters Qt's PDF text map reads back as radicals (一, 人, 门, 长, 见, 车, 马).
        const QStringList given{QStringLiteral("王一鸣"), QStringLiteral("李人杰"), QStringLiteral("张门生"),
                                QStringLiteral("刘长青"), QStringLiteral("陈见明"), QStringLiteral("杨车辉"),
                                QStringLiteral("赵马力"), QStringLiteral("黄敏"),   QStringLiteral("周静")};
        struct Added
        {
            qint64 id;
            QString number, name, unit;
        };
        QList<Added> added;
        CadreRepository &cadres = temp.workspace().cadres();
        for (int i = 0; i < attendees; ++i) {
            const bool second = i % 5 == 4;
            Cadre cadre =
                sampleCadre(second ? org.secondBranch : org.firstBranch,
                            QStringLiteral("HY%1").arg(i + 1, 4, 10, QLatin1Char('0')),
                            given.at(i % given.size()) + (i < given.size() ? QString() : QString::number(i)));
            QString unit = second ? QStringLiteral("第二党支部") : QStringLiteral("第一党支部");
            if (i % 5 == 1) {
                cadre.departmentId = org.office;
                unit = QStringLiteral("办公室");
            } else if (i % 5 == 2) {
                cadre.departmentId = org.finance;
                unit = QStringLiteral("财务部");
            } else if (i % 5 == 3) {
                cadre.departmentId = 0; // the branch itself
            } else if (second) {
                cadre.departmentId = org.production;
                unit = QStringLiteral("生产部");
            }
            added.append({cadres.add(cadre), cadre.employeeNumber, cadre.name, unit});
        }

        StudySession session;
        session.kindId = kind(QStringLiteral("theme_day"));
        session.state = SessionState::Planned;
        session.topic = QStringLiteral("学习贯彻党的二十大精神，推动党建与生产经营深度融合");
        session.speaker = QStringLiteral("张敏");
        session.branchId = org.firstBranch;
        session.date = QDate(2026, 12, 1); // a Tuesday
        session.startTime = QTime(14, 30);
        session.endTime = QTime(16, 30);
        session.hours = 2;
        session.location = QStringLiteral("三楼会议室");
        for (int position = 0; position < attendees; ++position) {
            const Added &cadre = added.at(position * 7 % attendees);
            session.attendance.append({QString(), cadre.id, AttendanceStatus::Present, QString()});
            numbers.append(cadre.number);
            names.append(cadre.name);
            units.append(cadre.unit);
        }
        sessionId = temp.workspace().studySessions().add(session);
    }

    qint64 kind(const QString &code)
    {
        QSqlQuery query =
            temp.workspace().database().prepare(QStringLiteral("SELECT id FROM session_kind WHERE code = ?"));
        query.addBindValue(code);
        return temp.workspace().database().scalar(query).toLongLong();
    }

    SignInSheetData data() { return SignInSheetData::load(temp.workspace().database(), sessionId); }
};

/// Keeps a copy of a written sheet to look at when RONGPEI_TEST_OUTPUT names a folder.
void keep(const QString &pdf)
{
    const QString folder = qEnvironmentVariable("RONGPEI_TEST_OUTPUT");
    if (folder.isEmpty())
        return;
    const QString target = QDir(folder).filePath(QFileInfo(pdf).fileName());
    QFile::remove(target);
    QFile::copy(pdf, target);
}

} // namespace

TEST_CASE("The sign-in sheet data follows the roll call", "[report][signin]")
{
    SheetFixture fixture;
    const SignInSheetData data = fixture.data();

    CHECK(data.title == QStringLiteral("第一党支部 主题党日"));
    CHECK(data.kindName == QStringLiteral("主题党日"));
    CHECK(data.branchName == QStringLiteral("第一党支部"));
    CHECK(data.topic == QStringLiteral("学习贯彻党的二十大精神，推动党建与生产经营深度融合"));
    CHECK(data.speaker == QStringLiteral("张敏"));
    CHECK(data.location == QStringLiteral("三楼会议室"));
    CHECK(data.date == QDate(2026, 12, 1));
    CHECK(data.startTime == QTime(14, 30));
    CHECK(data.endTime == QTime(16, 30));
    CHECK(data.hours == 2);
    REQUIRE(data.lines.size() == attendees);
    for (int i = 0; i < attendees; ++i) {
        INFO("line " << i);
        const SignInSheetLine &line = data.lines.at(i);
        CHECK(line.number == i + 1);
        CHECK(line.employeeNumber == fixture.numbers.at(i));
        CHECK(line.name == fixture.names.at(i));
        CHECK(line.unit == fixture.units.at(i));
    }
}

TEST_CASE("The sign-in sheet keeps roll-call order after a line is removed and put back", "[report][signin]")
{
    SheetFixture fixture;
    StudySessionRepository &sessions = fixture.temp.workspace().studySessions();
    const StudySession original = sessions.find(fixture.sessionId).value();
    // Taking the third line off and putting it back gives it a new row, with a higher id than
    // the lines after it: only its position keeps it third.
    StudySession without = original;
    without.attendance.removeAt(2);
    sessions.update(without);
    StudySession restored = sessions.find(fixture.sessionId).value();
    Attendance back = original.attendance.at(2);
    back.uuid.clear();
    restored.attendance.insert(2, back);
    sessions.update(restored);

    const SignInSheetData data = fixture.data();
    REQUIRE(data.lines.size() == fixture.numbers.size());
    for (int i = 0; i < data.lines.size(); ++i) {
        INFO("line " << i);
        CHECK(data.lines.at(i).employeeNumber == fixture.numbers.at(i));
        CHECK(data.lines.at(i).number == i + 1);
    }
}

TEST_CASE("The sign-in sheet of a missing session is refused", "[report][signin]")
{
    SheetFixture fixture;
    CHECK_THROWS_AS(SignInSheetData::load(fixture.temp.workspace().database(), fixture.sessionId + 1000),
                    ValidationError);
}

TEST_CASE("The sign-in sheet PDF lists the roll call on A4 pages", "[report][signin]")
{
    SheetFixture fixture;
    TemporaryFolder folder;
    const QString pdf = folder.path(QStringLiteral("signin-en.pdf"));
    const QLocale previous;
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    SignInSheet::writePdf(fixture.data(), pdf);
    QLocale::setDefault(previous);
    keep(pdf);

    CHECK(pdfInfo(pdf, QStringLiteral("Pages")) == QStringLiteral("2"));
    const QString size = pdfInfo(pdf, QStringLiteral("Page size"));
    INFO(size.toStdString());
    const QRegularExpressionMatch points =
        QRegularExpression(QStringLiteral("^([0-9.]+) x ([0-9.]+) pts")).match(size);
    REQUIRE(points.hasMatch());
    CHECK(qRound(points.captured(1).toDouble()) == 595);
    CHECK(qRound(points.captured(2).toDouble()) == 842);
    CHECK(pdfInfo(pdf, QStringLiteral("Title")) == QStringLiteral("第一党支部 主题党日 sign-in sheet"));
    CHECK(pdfInfo(pdf, QStringLiteral("Creator")).startsWith(QStringLiteral("RongPei ")));

    const QStringList pages = pagesOf(pdf);
    REQUIRE(pages.size() == 2);
    const QString text = pages.join(u'\n');
    INFO(text.toStdString());
    CHECK(text.contains(QStringLiteral("第一党支部 主题党日")));
    CHECK(text.contains(QStringLiteral("Tuesday, December 1, 2026")));
    CHECK(text.contains(QStringLiteral("三楼会议室")));
    CHECK(text.contains(QStringLiteral("Host:"))); // a branch or a committee, not always a branch
    CHECK(text.contains(QStringLiteral("张敏")));
    CHECK(text.contains(QStringLiteral("Expected: %1").arg(attendees)));
    CHECK(text.contains(QStringLiteral("Recorder:")));
    for (int page = 0; page < pages.size(); ++page) {
        INFO("page " << page + 1);
        // The table heading repeats on every page, and every page is numbered.
        CHECK(pages.at(page).contains(QStringLiteral("Employee no.")));
        CHECK(pages.at(page).contains(QStringLiteral("Signature")));
        CHECK(pages.at(page).contains(QStringLiteral("Page %1 of 2").arg(page + 1)));
    }

    // Every attendee once, in roll-call order, with name and unit on the same line.
    const QStringList lines = text.split(u'\n');
    qsizetype previousLine = -1;
    for (int i = 0; i < attendees; ++i) {
        INFO("attendee " << i + 1 << ": " << fixture.numbers.at(i).toStdString());
        const QRegularExpression number(QStringLiteral("\\b%1\\b").arg(fixture.numbers.at(i)));
        CHECK(text.count(number) == 1);
        qsizetype at = -1;
        for (qsizetype l = 0; l < lines.size(); ++l)
            if (lines.at(l).contains(number))
                at = l;
        REQUIRE(at > previousLine);
        previousLine = at;
        const QString line = lines.at(at);
        CHECK(line.contains(fixture.names.at(i)));
        CHECK(line.contains(fixture.units.at(i)));
        CHECK(line.simplified().startsWith(QString::number(i + 1) + u' '));
    }
}

TEST_CASE("The sign-in sheet speaks Chinese in a Chinese locale", "[report][signin]")
{
    SheetFixture fixture;
    TemporaryFolder folder;
    const QString pdf = folder.path(QStringLiteral("signin-zh.pdf"));
    {
        ChineseLocale chinese;
        SignInSheet::writePdf(fixture.data(), pdf);
    }
    keep(pdf);

    CHECK(pdfInfo(pdf, QStringLiteral("Title")) == QStringLiteral("第一党支部 主题党日签到表"));
    const QString text = pagesOf(pdf).join(u'\n');
    INFO(text.toStdString());
    CHECK(text.contains(QStringLiteral("签到表")));
    CHECK(text.contains(QStringLiteral("2026年12月1日星期二")));
    CHECK(text.contains(QStringLiteral("14:30至16:30")));
    CHECK(text.contains(QStringLiteral("工号")));
    CHECK(text.contains(QStringLiteral("签名")));
    CHECK(text.contains(QStringLiteral("应到：%1人").arg(attendees)));
    CHECK(text.contains(QStringLiteral("第1页，共2页")));
    for (const QString &name : fixture.names)
        CHECK(text.contains(name));
}

TEST_CASE("A sign-in sheet for a folder that does not exist is refused and writes nothing",
          "[report][signin]")
{
    SheetFixture fixture;
    TemporaryFolder folder;
    const QString missing = folder.path(QStringLiteral("no-such-folder"));
    const QString pdf = QDir(missing).filePath(QStringLiteral("signin.pdf"));
    try {
        SignInSheet::writePdf(fixture.data(), pdf);
        FAIL("writePdf did not throw");
    } catch (const ValidationError &error) {
        INFO(error.message().toStdString());
        CHECK(error.message().contains(QDir::toNativeSeparators(pdf)));
    }
    CHECK_FALSE(QFileInfo::exists(pdf));
    CHECK_FALSE(QFileInfo::exists(missing));
}

TEST_CASE("A sign-in sheet replaces an existing file only when complete", "[report][signin]")
{
    SheetFixture fixture;
    TemporaryFolder folder;
    const QString pdf = folder.path(QStringLiteral("signin.pdf"));
    writeFile(pdf, "old");
    SignInSheet::writePdf(fixture.data(), pdf);
    QFile file(pdf);
    REQUIRE(file.open(QIODevice::ReadOnly));
    CHECK(file.read(5) == "%PDF-");
    CHECK(QDir(folder.path(QString())).entryList(QDir::Files) == QStringList{QStringLiteral("signin.pdf")});
}

TEST_CASE("The sign-in sheet prints on a printer set up with its page layout", "[report][signin]")
{
    SheetFixture fixture;
    TemporaryFolder folder;
    const QString pdf = folder.path(QStringLiteral("printed.pdf"));
    QPrinter printer(QPrinter::HighResolution); // as a QPrintPreviewDialog hands it over
    printer.setOutputFormat(QPrinter::PdfFormat);
    printer.setOutputFileName(pdf);
    REQUIRE(printer.setPageLayout(SignInSheet::pageLayout()));
    CHECK(SignInSheet::print(fixture.data(), &printer) == 2);
    CHECK(pdfInfo(pdf, QStringLiteral("Pages")) == QStringLiteral("2"));
    const QString text = pagesOf(pdf).join(u'\n');
    for (const QString &number : fixture.numbers)
        CHECK(text.contains(number));
}

TEST_CASE("A sign-in sheet without a roll call is one unnumbered page", "[report][signin]")
{
    SheetFixture fixture;
    SignInSheetData data = fixture.data();
    data.lines.clear();
    TemporaryFolder folder;
    const QString pdf = folder.path(QStringLiteral("empty.pdf"));
    SignInSheet::writePdf(data, pdf);
    CHECK(pdfInfo(pdf, QStringLiteral("Pages")) == QStringLiteral("1"));
    const QString text = pagesOf(pdf).join(u'\n');
    CHECK(text.contains(QStringLiteral("Signature")));
    CHECK(text.contains(QStringLiteral("Expected: 0")));
    CHECK_FALSE(text.contains(QStringLiteral("Page 1")));
}

TEST_CASE("A long roll call is written in time proportional to its length", "[report][signin]")
{
    // Built cell by cell outside one edit block, the document is laid out again after every
    // cell: 80 rows took 20 s, 1000 would take hours.
    SignInSheetData data;
    data.title = QStringLiteral("集团党委 集中学习");
    data.date = QDate(2026, 12, 1);
    for (int i = 0; i < 1000; ++i)
        data.lines.append({i + 1, QStringLiteral("王一鸣"),
                           QStringLiteral("HY%1").arg(i + 1, 4, 10, QLatin1Char('0')),
                           QStringLiteral("办公室")});
    TemporaryFolder folder;
    const QString pdf = folder.path(QStringLiteral("long.pdf"));
    QElapsedTimer timer;
    timer.start();
    SignInSheet::writePdf(data, pdf);
    CHECK(timer.elapsed() < 10000);
    const QStringList pages = pagesOf(pdf);
    REQUIRE(pages.size() > 40);
    CHECK(pages.last().contains(QStringLiteral("HY1000")));
    CHECK(pages.last().contains(QStringLiteral("Page %1 of %1").arg(pages.size())));
}
