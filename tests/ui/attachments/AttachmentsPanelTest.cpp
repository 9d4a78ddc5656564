// The files panel of a record: picked, dropped and pasted files are checked off the GUI thread and
// attached; refusals are told; a new record's files wait for its save; a clerk changes the files
// of their own branch only.
#include "attachments/AttachmentsPanel.h"

#include "AttachmentTestSupport.h"
#include "GuiTestSupport.h"
#include "attachments/AttachmentListModel.h"
#include "attachments/AttachmentPreview.h"
#include "attachments/AttachmentRepository.h"
#include "history/RecordKind.h"
#include "history/RecycleBin.h"
#include "study/StudySessionRepository.h"

#include <QBuffer>
#include <QClipboard>
#include <QDropEvent>
#include <QGuiApplication>
#include <QImage>
#include <QListView>
#include <QMimeData>
#include <QSignalSpy>
#include <QToolButton>
#include <QUrl>

using namespace rongpei;
using namespace rongpei::test;

namespace {

QByteArray pngBytes(QColor colour)
{
    QImage image(300, 200, QImage::Format_RGB32);
    image.fill(colour);
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return bytes;
}

/// The team's sessions and a photo on disk to attach.
struct PanelFixture : TeamSessions
{
    TemporaryFolder folder;
    QString photo;

    PanelFixture()
    {
        photo = folder.path(QStringLiteral("活动照片.png"));
        writeFile(photo, pngBytes(Qt::darkGreen));
    }
    int attached(qint64 sessionId) { return int(workspace().attachments().of(session(sessionId)).size()); }
};

QToolButton *button(AttachmentsPanel &panel, const QString &action)
{
    for (auto *candidate : panel.findChildren<QToolButton *>())
        if (candidate->defaultAction() != nullptr && candidate->defaultAction()->objectName() == action)
            return candidate;
    return panel.findChild<QToolButton *>(action);
}

/// A drag entering `target` and dropped there, as the window system delivers one: Qt hands the drop
/// to the widget that accepted the drag's entry. True if the drop was taken.
bool dropOn(QWidget *target, QMimeData &mime)
{
    QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(target, &enter);
    if (!enter.isAccepted())
        return false;
    QDropEvent drop(QPointF(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(target, &drop);
    return drop.isAccepted();
}

bool doneReading(AttachmentsPanel &panel)
{
    return waitUntil([&panel] { return !panel.isReading(); });
}

} // namespace

TEST_CASE("Picked files are checked off the GUI thread, the good one is attached and the rest are told",
          "[ui][attachments]")
{
    PanelFixture f;
    const QString empty = f.folder.path(QStringLiteral("空.pdf"));
    writeFile(empty, {});
    const QString program = f.folder.path(QStringLiteral("签到表.jpg"));
    writeFile(program,
              QByteArrayLiteral("MZ\x90\x00\x03\x00\x00\x00 this program cannot be run in DOS mode"));
    AttachmentsPanel panel(f.workspace());
    panel.setRecord(f.session(f.first), f.team.org.firstBranch);
    panel.show();

    MessageBoxAnswerer answers;
    answers.answerWhenShown(QMessageBox::Ok);
    QSignalSpy added(&panel, &AttachmentsPanel::filesAdded);
    panel.addFiles({f.photo, empty, program, f.folder.path(QStringLiteral("已删除.pdf"))});
    REQUIRE(waitUntil([&added] { return added.size() == 1; }));
    CHECK(added.first().at(0).toInt() == 1);
    CHECK(added.first().at(1).toStringList().size() == 3);
    REQUIRE(answers.texts.size() == 1);
    CHECK(answers.texts.first().contains(QStringLiteral("签到表.jpg")));
    CHECK(answers.texts.first().contains(QStringLiteral("已删除.pdf")));
    CHECK(answers.texts.first().contains(QStringLiteral("空.pdf")));

    REQUIRE(f.attached(f.first) == 1);
    REQUIRE(panel.model()->rowCount() == 1);
    CHECK(panel.model()->attachmentAt(0).fileName == QStringLiteral("活动照片.png"));
    CHECK(panel.model()->attachmentAt(0).category == AttachmentCategory::Photo);
    // Its thumbnail is the picture, not a document's page.
    const QPixmap thumbnail = qvariant_cast<QPixmap>(panel.model()->index(0).data(Qt::DecorationRole));
    REQUIRE_FALSE(thumbnail.isNull());
    // It fits the square its name sits under.
    CHECK(thumbnail.width() == AttachmentListModel::pictureSize);
    CHECK(thumbnail.height() <= AttachmentListModel::pictureSize);
    const QColor centre = thumbnail.toImage().pixelColor(thumbnail.width() / 2, thumbnail.height() / 2);
    CHECK(centre.green() > 80);
    CHECK(centre.red() < 40);
}

TEST_CASE("Files dropped on the list are attached, a dropped web link is refused", "[ui][attachments]")
{
    PanelFixture f;
    AttachmentsPanel panel(f.workspace());
    panel.setRecord(f.session(f.first), f.team.org.firstBranch);
    panel.show();
    QMimeData mime;
    mime.setUrls({QUrl::fromLocalFile(f.photo)});
    QWidget *target = panel.view()->viewport();
    CHECK(dropOn(target, mime));
    REQUIRE(doneReading(panel));
    REQUIRE(waitUntil([&f] { return f.attached(f.first) == 1; }));

    QMimeData web;
    web.setUrls({QUrl(QStringLiteral("https://example.org/minutes.pdf"))});
    MessageBoxAnswerer answers;
    answers.answer(QMessageBox::Ok);
    CHECK(dropOn(target, web));
    REQUIRE(doneReading(panel));
    REQUIRE(answers.texts.size() == 1);
    CHECK(answers.texts.first().contains(QStringLiteral("example.org")));
    CHECK(f.attached(f.first) == 1);
}

TEST_CASE("A pasted picture is attached as a PNG", "[ui][attachments]")
{
    PanelFixture f;
    AttachmentsPanel panel(f.workspace());
    panel.setRecord(f.session(f.first), f.team.org.firstBranch);
    panel.show();
    QImage picture(120, 90, QImage::Format_RGB32);
    picture.fill(Qt::yellow);
    QGuiApplication::clipboard()->setImage(picture);
    REQUIRE(QGuiApplication::clipboard()->mimeData()->hasImage()); // the offscreen platform keeps one
    panel.paste();
    REQUIRE(doneReading(panel));
    REQUIRE(waitUntil([&f] { return f.attached(f.first) == 1; }));
    const Attachment pasted = f.workspace().attachments().of(f.session(f.first)).first();
    CHECK(pasted.mediaType == QStringLiteral("image/png"));
    CHECK(pasted.fileName.endsWith(QStringLiteral(".png")));
    CHECK(QImage::fromData(f.workspace().attachments().content(pasted.id)).size() == QSize(120, 90));
    QGuiApplication::clipboard()->clear();
}

TEST_CASE("A new record's files wait, and are attached once it is saved", "[ui][attachments]")
{
    PanelFixture f;
    AttachmentsPanel panel(f.workspace());
    panel.setRecord(std::nullopt, f.team.org.firstBranch);
    panel.addFiles({f.photo});
    REQUIRE(doneReading(panel));
    REQUIRE(waitUntil([&panel] { return panel.hasPending(); }));
    CHECK(panel.model()->rowCount() == 1);
    CHECK(f.attached(f.first) == 0);
    panel.view()->setCurrentIndex(panel.model()->index(0));
    panel.setSelectedCategory(AttachmentCategory::SignInSheet);
    panel.attachPendingTo(f.session(f.first));
    CHECK_FALSE(panel.hasPending());
    const QList<Attachment> stored = f.workspace().attachments().of(f.session(f.first));
    REQUIRE(stored.size() == 1);
    CHECK(stored.first().category == AttachmentCategory::SignInSheet);
    REQUIRE(waitUntil([&panel] { return panel.model()->rowCount() == 1; }));
    CHECK(panel.model()->attachmentAt(0).id == stored.first().id);
}

TEST_CASE("Removing a file asks first, and the recycle bin keeps it", "[ui][attachments]")
{
    PanelFixture f;
    AttachmentsPanel panel(f.workspace());
    panel.setRecord(f.session(f.first), f.team.org.firstBranch);
    panel.show();
    panel.addFiles({f.photo});
    REQUIRE(doneReading(panel));
    REQUIRE(waitUntil([&panel] { return panel.model()->rowCount() == 1; }));
    panel.view()->setCurrentIndex(panel.model()->index(0));
    MessageBoxAnswerer answers;
    answers.answer(QMessageBox::No);
    panel.removeSelected();
    CHECK(f.attached(f.first) == 1);
    answers.answer(QMessageBox::Yes);
    panel.removeSelected();
    REQUIRE(answers.texts.size() == 2);
    CHECK(answers.texts.last().contains(QStringLiteral("活动照片.png")));
    CHECK(f.attached(f.first) == 0);
    CHECK(panel.model()->rowCount() == 0);
    bool inBin = false;
    for (const DeletedRecord &deleted :
         RecycleBin::contents(f.workspace().database(), f.workspace().access()))
        inBin = inBin || deleted.name.contains(QStringLiteral("活动照片.png"));
    CHECK(inBin);
}

TEST_CASE("A clerk may attach to their branch's records, another branch's files are read only",
          "[ui][attachments][accounts]")
{
    PanelFixture f;
    f.workspace().attachments().attach(f.session(f.second), AttachmentPreview::prepareFile(f.photo, 1 << 20),
                                       AttachmentCategory::Photo, 1 << 20);
    f.team.signIn(QStringLiteral("clerk"));
    AttachmentsPanel own(f.workspace());
    own.setRecord(f.session(f.first), f.team.org.firstBranch);
    CHECK(button(own, QStringLiteral("attachFiles"))->isEnabled());

    f.team.signIn(QStringLiteral("manager"));
    AttachmentsPanel other(f.workspace());
    other.setRecord(f.session(f.second), f.team.org.secondBranch);
    REQUIRE(other.model()->rowCount() == 1);
    other.view()->setCurrentIndex(other.model()->index(0));
    CHECK_FALSE(button(other, QStringLiteral("attachFiles"))->isEnabled());
    CHECK_FALSE(button(other, QStringLiteral("removeAttachment"))->isEnabled());
    CHECK(button(other, QStringLiteral("saveAttachment"))->isEnabled());
    other.addFiles({f.photo});
    CHECK_FALSE(other.isReading());
    CHECK(f.attached(f.second) == 1);
}
