#include "attachments/DemoAttachmentFiles.h"

#include "attachments/AttachmentPreview.h"
#include "common/ReportFont.h"

#include <QBuffer>
#include <QImage>
#include <QPageSize>
#include <QPainter>
#include <QPainterPath>
#include <QPdfWriter>
#include <QRandomGenerator>

namespace rongpei {

namespace {

/// The demo's files are not limited: each is far below any limit a clerk sets.
constexpr qint64 noLimit = qint64(1) << 40;

QString dayText(QDate date)
{
    return date.toString(QStringLiteral("yyyy年M月d日"));
}

/// A generator seeded from the meeting, so the same demo draws the same files.
QRandomGenerator randomFor(const DemoMeeting &meeting, quint32 salt)
{
    return QRandomGenerator(
        static_cast<quint32>(qHash(meeting.branch + meeting.topic) ^ qHash(meeting.date)) ^ salt);
}

QByteArray jpegOf(const QImage &image, int quality)
{
    QByteArray jpeg;
    QBuffer buffer(&jpeg);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "JPEG", quality);
    return jpeg;
}

QString fileStem(const DemoMeeting &meeting)
{
    return meeting.date.toString(QStringLiteral("yyyyMMdd")) + meeting.kind;
}

} // namespace

PreparedAttachment DemoAttachmentFiles::minutes(const DemoMeeting &meeting) const
{
    QByteArray pdf;
    {
        QBuffer buffer(&pdf);
        buffer.open(QIODevice::WriteOnly);
        QPdfWriter writer(&buffer);
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setResolution(150);
        writer.setTitle(meeting.branch + meeting.kind + QStringLiteral("会议记录"));
        QPainter painter(&writer);
        const QRect page = painter.viewport().adjusted(90, 90, -90, -90);
        painter.setFont(reportFont(18));
        QRect title(page.left(), page.top(), page.width(), 70);
        painter.drawText(title, Qt::AlignCenter, meeting.branch + meeting.kind + QStringLiteral("会议记录"));
        painter.setFont(reportFont(11));
        const QStringList lines{
            QStringLiteral("会议名称：%1").arg(meeting.topic),
            QStringLiteral("时间：%1").arg(dayText(meeting.date)),
            QStringLiteral("地点：%1")
                .arg(meeting.location.isEmpty() ? QStringLiteral("党员活动室") : meeting.location),
            QStringLiteral("主持人：%1")
                .arg(meeting.speaker.isEmpty() ? QStringLiteral("支部书记") : meeting.speaker),
            QStringLiteral("实到：%1 人").arg(meeting.attendees.size()),
            QStringLiteral("出席人员：%1").arg(meeting.attendees.join(QStringLiteral("、"))),
            QString(),
            QStringLiteral("会议内容："),
            QStringLiteral("一、传达学习上级党组织有关文件和会议精神，结合本单位实际谈体会。"),
            QStringLiteral("二、围绕“%1”开展学习讨论，与会同志逐一发言。").arg(meeting.topic),
            QStringLiteral("三、通报本季度党建和生产经营重点工作，研究下一步措施。"),
            QString(),
            QStringLiteral("会议决定：按计划落实学习任务，下次会议前完成个人学习笔记。"),
            QString(),
            QStringLiteral("记录人：%1").arg(meeting.attendees.value(1, QStringLiteral("组织委员"))),
        };
        QRect text(page.left(), title.bottom() + 40, page.width(), page.bottom() - title.bottom() - 40);
        painter.drawText(text, Qt::TextWordWrap | Qt::AlignTop | Qt::AlignLeft, lines.join(u'\n'));
    }
    return AttachmentPreview::prepareBytes(fileStem(meeting) + QStringLiteral("会议记录.pdf"), std::move(pdf),
                                           noLimit);
}

PreparedAttachment DemoAttachmentFiles::signedSheet(const DemoMeeting &meeting) const
{
    QRandomGenerator random = randomFor(meeting, 1);
    QImage scan(827, 1169, QImage::Format_Grayscale8); // A4 at 100 dpi
    scan.fill(QColor(238, 238, 232));
    QPainter painter(&scan);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.rotate((random.bounded(200) - 100) / 200.0); // never quite straight on the scanner
    painter.setFont(reportFont(15));
    painter.drawText(QRect(40, 40, 747, 50), Qt::AlignCenter, meeting.branch + QStringLiteral("签到表"));
    painter.setFont(reportFont(9));
    painter.drawText(
        QRect(60, 95, 707, 30), Qt::AlignLeft | Qt::AlignVCenter,
        QStringLiteral("%1　%2　%3").arg(meeting.kind, meeting.topic.left(24), dayText(meeting.date)));
    const int rowHeight = 34;
    const int rows = qMin(28, qMax(8, int(meeting.attendees.size())));
    painter.setPen(QPen(Qt::black, 1.2));
    for (int row = 0; row <= rows + 1; ++row)
        painter.drawLine(60, 130 + row * rowHeight, 767, 130 + row * rowHeight);
    for (int x : {60, 140, 330, 767})
        painter.drawLine(x, 130, x, 130 + (rows + 1) * rowHeight);
    painter.drawText(QRect(60, 130, 80, rowHeight), Qt::AlignCenter, QStringLiteral("序号"));
    painter.drawText(QRect(140, 130, 190, rowHeight), Qt::AlignCenter, QStringLiteral("姓名"));
    painter.drawText(QRect(330, 130, 437, rowHeight), Qt::AlignCenter, QStringLiteral("本人签名"));
    QPen ink(QColor(30, 30, 60), 2.2);
    for (int row = 0; row < rows && row < meeting.attendees.size(); ++row) {
        const int top = 130 + (row + 1) * rowHeight;
        painter.setPen(Qt::black);
        painter.drawText(QRect(60, top, 80, rowHeight), Qt::AlignCenter, QString::number(row + 1));
        painter.drawText(QRect(140, top, 190, rowHeight), Qt::AlignCenter, meeting.attendees[row]);
        // A signature: a quick stroke of a few curves.
        QPainterPath signature(QPointF(360 + random.bounded(40), top + 22));
        for (int stroke = 0; stroke < 4; ++stroke)
            signature.cubicTo(signature.currentPosition() + QPointF(10, -18 + random.bounded(10)),
                              signature.currentPosition() + QPointF(22, 14 - random.bounded(10)),
                              signature.currentPosition() +
                                  QPointF(28 + random.bounded(14), random.bounded(8) - 4));
        painter.setPen(ink);
        painter.drawPath(signature);
    }
    painter.end();
    return AttachmentPreview::prepareBytes(fileStem(meeting) + QStringLiteral("签到表.jpg"), jpegOf(scan, 60),
                                           noLimit);
}

PreparedAttachment DemoAttachmentFiles::photo(const DemoMeeting &meeting) const
{
    QRandomGenerator random = randomFor(meeting, 2);
    QImage photo(800, 600, QImage::Format_RGB32);
    QPainter painter(&photo);
    painter.setRenderHint(QPainter::Antialiasing);
    QLinearGradient wall(0, 0, 0, 600);
    wall.setColorAt(0, QColor(236, 230, 218));
    wall.setColorAt(1, QColor(190, 176, 150));
    painter.fillRect(photo.rect(), wall);
    painter.fillRect(QRect(60, 40, 680, 90), QColor(180, 20, 20));
    painter.setPen(QColor(250, 225, 120));
    painter.setFont(reportFont(17));
    painter.drawText(QRect(60, 40, 680, 90), Qt::AlignCenter, meeting.topic.left(20));
    // The attendees from behind, row by row.
    const int people = qBound(4, int(meeting.attendees.size()), 24);
    for (int i = 0; i < people; ++i) {
        const int row = i / 8;
        const QPointF head(90 + (i % 8) * 88 + random.bounded(20), 330 + row * 90);
        painter.setPen(Qt::NoPen);
        painter.setBrush(QColor(40 + random.bounded(40), 40 + random.bounded(40), 60 + random.bounded(60)));
        painter.drawRoundedRect(QRectF(head.x() - 34, head.y() + 24, 68, 80), 18, 18);
        painter.setBrush(QColor(25, 20, 18));
        painter.drawEllipse(head, 22, 26);
    }
    painter.end();
    return AttachmentPreview::prepareBytes(fileStem(meeting) + QStringLiteral("活动照片.jpg"),
                                           jpegOf(photo, 75), noLimit);
}

} // namespace rongpei
