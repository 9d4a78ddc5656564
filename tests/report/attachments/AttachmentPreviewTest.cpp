// Files made ready to attach: real pictures and PDFs get a thumbnail, damaged ones are refused, and
// the demo's drawn minutes, sheets and photos are real files of their kind.
#include "attachments/AttachmentPreview.h"

#include "PdfText.h"
#include "TestSupport.h"
#include "attachments/DemoAttachmentFiles.h"
#include "common/ValidationError.h"

#include <QBuffer>
#include <QImage>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>

using namespace rongpei;
using namespace rongpei::test;

namespace {

constexpr qint64 limit = 20 * 1024 * 1024;

QByteArray encoded(const QImage &image, const char *format)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    REQUIRE(image.save(&buffer, format));
    return bytes;
}

QByteArray onePagePdf()
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        writer.setPageSize(QPageSize(QPageSize::A4));
        QPainter painter(&writer);
        painter.fillRect(QRect(0, 0, 2000, 2000), Qt::black);
    }
    return bytes;
}

QImage thumbnailOf(const PreparedAttachment &prepared)
{
    return QImage::fromData(prepared.thumbnail, "PNG");
}

QString refusal(const QString &fileName, const QByteArray &bytes)
{
    try {
        AttachmentPreview::prepareBytes(fileName, bytes, limit);
    } catch (const ValidationError &error) {
        return error.message();
    }
    return {};
}

} // namespace

TEST_CASE("A photo's thumbnail is the picture scaled to fit, its proportions kept", "[report][attachments]")
{
    QImage photo(1200, 800, QImage::Format_RGB32);
    photo.fill(Qt::red);
    for (const char *format : {"JPEG", "PNG"}) {
        const PreparedAttachment prepared = AttachmentPreview::prepareBytes(
            QStringLiteral("活动照片.%1").arg(QString::fromLatin1(format).toLower()), encoded(photo, format),
            limit);
        const QImage thumbnail = thumbnailOf(prepared);
        REQUIRE_FALSE(thumbnail.isNull());
        CHECK(thumbnail.width() == AttachmentPreview::thumbnailSize);
        CHECK(thumbnail.height() == AttachmentPreview::thumbnailSize * 2 / 3);
        CHECK(qRed(thumbnail.pixel(50, 50)) > 200);
        CHECK(prepared.suggestedCategory == AttachmentCategory::Photo);
    }
}

TEST_CASE("A PDF's thumbnail is its first page on white paper", "[report][attachments]")
{
    const PreparedAttachment prepared =
        AttachmentPreview::prepareBytes(QStringLiteral("3月支委会会议记录.pdf"), onePagePdf(), limit);
    const QImage thumbnail = thumbnailOf(prepared);
    REQUIRE_FALSE(thumbnail.isNull());
    CHECK(thumbnail.height() == AttachmentPreview::thumbnailSize);
    CHECK(thumbnail.width() < thumbnail.height());                                      // A4 stands upright
    CHECK(qGray(thumbnail.pixel(2, 2)) < 60);                                           // the black square
    CHECK(qGray(thumbnail.pixel(thumbnail.width() - 2, thumbnail.height() - 2)) > 240); // the paper
    CHECK(prepared.suggestedCategory == AttachmentCategory::Minutes);
}

TEST_CASE("A damaged picture or PDF is refused with its name, before anything is stored",
          "[report][attachments]")
{
    QImage photo(400, 300, QImage::Format_RGB32);
    photo.fill(Qt::blue);
    const QByteArray jpeg = encoded(photo, "JPEG");
    CHECK(refusal(QStringLiteral("照片.jpg"), jpeg.left(20)).contains(QStringLiteral("照片.jpg")));
    CHECK(refusal(QStringLiteral("会议记录.pdf"), QByteArrayLiteral("%PDF-1.4\nnot a document"))
              .contains(QStringLiteral("会议记录.pdf")));
    CHECK(refusal(QStringLiteral("会议记录.pdf"), onePagePdf().left(200)).contains(QStringLiteral("PDF")));
    // A program dressed as a photo is refused for its content, whatever its name says.
    CHECK_FALSE(refusal(QStringLiteral("照片.jpg"), QByteArrayLiteral("\x7f"
                                                                      "ELF\x02\x01\x01"))
                    .isEmpty());
    CHECK_FALSE(refusal(QStringLiteral("照片.jpg"), encoded(photo, "PNG")).isEmpty());
}

TEST_CASE("A HEIC photo is taken only where Qt reads HEIC, else refused with what to do",
          "[report][attachments]")
{
    const QByteArray heic = QByteArray::fromHex("00000018") + QByteArrayLiteral("ftypheic") +
                            QByteArray::fromHex("00000000") + QByteArrayLiteral("mif1heic");
    const QString message = refusal(QStringLiteral("IMG_0001.HEIC"), heic);
    if (AttachmentPreview::readsHeic())
        CHECK_FALSE(message.contains(QStringLiteral("JPEG")));
    else
        CHECK(message.contains(QStringLiteral("JPEG")));
    CHECK_FALSE(message.isEmpty()); // a header alone is no photo either way
}

TEST_CASE("The demo's minutes, signed sheet and photo are real files of their kind, one per meeting",
          "[report][attachments][demo]")
{
    const DemoAttachmentFiles files;
    DemoMeeting meeting{QStringLiteral("第一党支部"),
                        QStringLiteral("支部委员会"),
                        QStringLiteral("学习贯彻党的二十届四中全会精神"),
                        QStringLiteral("王伟"),
                        QStringLiteral("三楼会议室"),
                        QDate(2026, 3, 12),
                        {QStringLiteral("王伟"), QStringLiteral("李娜"), QStringLiteral("张强")}};
    const PreparedAttachment minutes = files.minutes(meeting);
    CHECK(minutes.mediaType == QStringLiteral("application/pdf"));
    CHECK(minutes.suggestedCategory == AttachmentCategory::Minutes);
    CHECK_FALSE(thumbnailOf(minutes).isNull());
    TemporaryFolder folder;
    const QString pdf = folder.path(QStringLiteral("minutes.pdf"));
    writeFile(pdf, minutes.bytes);
    const QString text = pagesOf(pdf).join(QString()).simplified().remove(u' ');
    CHECK(text.contains(QStringLiteral("会议记录")));
    CHECK(text.contains(QStringLiteral("学习贯彻党的二十届四中全会精神")));
    CHECK(text.contains(QStringLiteral("李娜")));

    const PreparedAttachment sheet = files.signedSheet(meeting);
    CHECK(sheet.mediaType == QStringLiteral("image/jpeg"));
    CHECK_FALSE(QImage::fromData(sheet.bytes).isNull());
    const PreparedAttachment photo = files.photo(meeting);
    CHECK(photo.mediaType == QStringLiteral("image/jpeg"));
    CHECK_FALSE(QImage::fromData(photo.bytes).isNull());

    DemoMeeting next = meeting;
    next.date = QDate(2026, 4, 9);
    CHECK(files.minutes(next).sha256 != minutes.sha256);
    CHECK(files.photo(next).sha256 != photo.sha256);
}
