// What a record takes as a file, told from its content: refused kinds, disguised files, sizes,
// files that are not regular files.
#include "attachments/AttachmentFile.h"

#include "TestSupport.h"
#include "attachments/AttachmentFileType.h"
#include "attachments/ContentDigest.h"
#include "common/FileError.h"
#include "common/ValidationError.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QStringEncoder>

#include <sys/stat.h>

using namespace rongpei;
using namespace rongpei::test;

namespace {

const QByteArray png = QByteArrayLiteral("\x89PNG\r\n\x1A\n\0\0\0\rIHDR") + QByteArray(64, 'x');
const QByteArray jpeg = QByteArrayLiteral("\xFF\xD8\xFF\xE0\0\x10JFIF") + QByteArray(64, 'y');
const QByteArray windowsProgram = QByteArrayLiteral("MZ\x90\0\x03\0\0\0") + QByteArray(64, '\0');

QString refusalOf(const QString &name, const QByteArray &bytes, qint64 limit = 1024 * 1024)
{
    try {
        AttachmentFile::fromBytes(name, bytes, limit);
    } catch (const ValidationError &error) {
        return error.message();
    }
    return {};
}

QString writeFile(TemporaryFolder &folder, const QString &name, const QByteArray &bytes)
{
    const QString path = folder.path(name);
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(bytes);
    return path;
}

} // namespace

TEST_CASE("Photos, PDF, Office and WPS documents and plain text are taken, by their content", "[attachments]")
{
    const PreparedAttachment photo = AttachmentFile::fromBytes(QStringLiteral("活动照片.JPG"), jpeg, 1024);
    CHECK(photo.mediaType == QStringLiteral("image/jpeg"));
    CHECK(photo.suggestedCategory == AttachmentCategory::Photo);
    CHECK(photo.sha256.size() == 64);
    CHECK(AttachmentFile::fromBytes(QStringLiteral("签到表.png"), png, 1024).suggestedCategory ==
          AttachmentCategory::SignInSheet);
    CHECK(AttachmentFile::fromBytes(QStringLiteral("3月支委会会议记录.pdf"),
                                    QByteArrayLiteral("%PDF-1.7\n%\xE2\xE3"), 1024)
              .suggestedCategory == AttachmentCategory::Minutes);
    const QByteArray ole = QByteArrayLiteral("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1") + QByteArray(100, '\0');
    CHECK(AttachmentFile::fromBytes(QStringLiteral("纪要.doc"), ole, 1024).mediaType ==
          QStringLiteral("application/msword"));
    CHECK(AttachmentFile::fromBytes(QStringLiteral("纪要.wps"), ole, 1024).mediaType ==
          QStringLiteral("application/msword"));
    CHECK(AttachmentFile::fromBytes(QStringLiteral("台账.et"), ole, 1024).mediaType ==
          QStringLiteral("application/vnd.ms-excel"));
    const QByteArray docx =
        QByteArrayLiteral("PK\x03\x04\x14\0\0\0") + "[Content_Types].xml....word/document.xml";
    CHECK(AttachmentFile::fromBytes(QStringLiteral("总结.docx"), docx, 1024)
              .mediaType.contains(QStringLiteral("wordprocessingml")));
    const QByteArray xlsx =
        QByteArrayLiteral("PK\x03\x04\x14\0\0\0") + "[Content_Types].xml....xl/workbook.xml";
    CHECK(AttachmentFile::fromBytes(QStringLiteral("名单.xlsx"), xlsx, 1024)
              .mediaType.contains(QStringLiteral("spreadsheetml")));
    const QByteArray heic = QByteArrayLiteral("\0\0\0\x18"
                                              "ftypheic\0\0\0\0mif1heic");
    CHECK(AttachmentFile::fromBytes(QStringLiteral("IMG_0001.HEIC"), heic, 1024).mediaType ==
          QStringLiteral("image/heic"));
    // Plain text as a Chinese Windows saves it, and as UTF-8.
    QStringEncoder gbk("GB18030");
    const QByteArray gbkText = gbk.encode(QStringLiteral("会议记录：学习党章，全体党员参加。"));
    CHECK(AttachmentFile::fromBytes(QStringLiteral("记录.txt"), gbkText, 1024).mediaType ==
          QStringLiteral("text/plain"));
    CHECK(AttachmentFile::fromBytes(QStringLiteral("记录.txt"), QStringLiteral("学习心得").toUtf8(), 1024)
              .mediaType == QStringLiteral("text/plain"));
}

TEST_CASE("A file whose content does not match its name is refused, and says what it is", "[attachments]")
{
    const QString disguised = refusalOf(QStringLiteral("照片.jpg"), windowsProgram);
    CHECK(disguised.contains(QStringLiteral("照片.jpg")));
    CHECK(disguised.contains(QStringLiteral("Windows program")));
    CHECK(refusalOf(QStringLiteral("a.jpg"), QByteArrayLiteral("\x7F"
                                                               "ELF\x02\x01\x01") +
                                                 QByteArray(50, '\0'))
              .contains(QStringLiteral("a program")));
    CHECK(refusalOf(QStringLiteral("scan.jpg"), png).contains(QStringLiteral("PNG image")));
    CHECK(!refusalOf(QStringLiteral("report.pdf"), windowsProgram).isEmpty());
    // A zip that is not a Word document, an OLE file claiming to be a PDF, text with NUL bytes.
    CHECK(
        !refusalOf(QStringLiteral("总结.docx"), QByteArrayLiteral("PK\x03\x04") + "setup.exe....").isEmpty());
    CHECK(!refusalOf(QStringLiteral("a.txt"), QByteArrayLiteral("abc\0def")).isEmpty());
    CHECK(!refusalOf(QStringLiteral("a.txt"), QByteArrayLiteral("\xFF\xFF\xFF\x80\x80")).isEmpty());
    // Kinds a record does not take at all.
    for (const QString &name :
         {QStringLiteral("setup.exe"), QStringLiteral("run.sh"), QStringLiteral("a.zip"),
          QStringLiteral("a.lnk"), QStringLiteral("noextension")})
        CHECK(refusalOf(name, png).contains(QStringLiteral("cannot be attached")));
    CHECK(refusalOf(QStringLiteral("empty.pdf"), QByteArray()).contains(QStringLiteral("empty")));
}

TEST_CASE("A file larger than the limit is refused with both sizes", "[attachments]")
{
    const QString tooLarge =
        refusalOf(QStringLiteral("扫描件.png"), png + QByteArray(3 * 1024 * 1024, 'z'), 2 * 1024 * 1024);
    CHECK(tooLarge.contains(QStringLiteral("3.0 MB")));
    CHECK(tooLarge.contains(QStringLiteral("2.0 MB")));
    CHECK(AttachmentFile::maxMegabytes() == AttachmentFile::defaultMaxMegabytes);
    AttachmentFile::setMaxMegabytes(5);
    CHECK(AttachmentFile::maxBytes() == 5 * 1024 * 1024);
    AttachmentFile::setMaxMegabytes(AttachmentFile::defaultMaxMegabytes);
}

TEST_CASE("Reading a file to attach refuses what is gone, a folder and a FIFO without waiting",
          "[attachments]")
{
    TemporaryFolder folder;
    const QString photo = writeFile(folder, QStringLiteral("照片.png"), png);
    CHECK(AttachmentFile::read(photo, 1024).bytes == png);
    CHECK_THROWS_AS(AttachmentFile::read(folder.path(QStringLiteral("gone.png")), 1024), FileError);
    CHECK_THROWS_AS(AttachmentFile::read(folder.path(QStringLiteral(".")), 1024), FileError);
    const QString fifo = folder.path(QStringLiteral("pipe.png"));
    REQUIRE(::mkfifo(QFile::encodeName(fifo).constData(), 0600) == 0);
    CHECK_THROWS_AS(AttachmentFile::read(fifo, 1024), FileError);
    CHECK_THROWS_AS(
        AttachmentFile::read(writeFile(folder, QStringLiteral("big.png"), png + QByteArray(2048, 'x')), 1024),
        ValidationError);
}

TEST_CASE("A stored name keeps no folder and no control characters", "[attachments]")
{
    CHECK(AttachmentFile::cleanName(QStringLiteral("../../etc/passwd.txt")) == QStringLiteral("passwd.txt"));
    CHECK(AttachmentFile::cleanName(QStringLiteral("C:\\Users\\张敏\\会议记录.pdf")) ==
          QStringLiteral("会议记录.pdf"));
    CHECK(AttachmentFile::cleanName(QStringLiteral("a\u202Egpj.exe")) == QStringLiteral("agpj.exe"));
    CHECK(AttachmentFile::cleanName(QString(300, u'长') + QStringLiteral(".pdf")).size() == 255);
    CHECK(AttachmentFile::cleanName(QString(300, u'长') + QStringLiteral(".pdf"))
              .endsWith(QStringLiteral(".pdf")));
}

TEST_CASE("A file's digest is its SHA-256, as every other tool computes it", "[attachments]")
{
    CHECK(contentDigest(QByteArrayLiteral("abc")) ==
          QStringLiteral("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"));
    const QByteArray large(3 * 1024 * 1024 + 17, 'x');
    CHECK(contentDigest(large) ==
          QString::fromLatin1(QCryptographicHash::hash(large, QCryptographicHash::Sha256).toHex()));
    CHECK(AttachmentFile::fromBytes(QStringLiteral("a.txt"), QByteArrayLiteral("abc"), 1024).sha256 ==
          contentDigest(QByteArrayLiteral("abc")));
}
