// The study page's files: the panel beside the table follows the selected session, and the file
// filter lists the held sessions without minutes or a signed sheet.
#include "StudyWindow.h"
#include "attachments/AttachmentFile.h"
#include "attachments/AttachmentListModel.h"
#include "attachments/AttachmentRepository.h"
#include "attachments/AttachmentsPanel.h"
#include "history/RecordKind.h"
#include "study/SessionTableModel.h"
#include "study/StudySessionRepository.h"

#include <QListView>

using namespace rongpei;
using namespace rongpei::test;

namespace {

AttachmentOwner sessionOwner(qint64 id)
{
    return AttachmentRepository::ownerOf(*Workspace::recordKind(QStringLiteral("session")), id);
}

int rowOfTopic(QTableView *table, const QString &topic)
{
    for (int row = 0; row < table->model()->rowCount(); ++row)
        for (int column = 0; column < table->model()->columnCount(); ++column)
            if (table->model()->index(row, column).data().toString() == topic)
                return row;
    return -1;
}

} // namespace

TEST_CASE("The files beside the study table are the selected session's, the filter finds missing minutes",
          "[ui][study][attachments]")
{
    StudyWindow w;
    Workspace &workspace = w.temp.workspace();
    const qint64 kind = w.kind(QStringLiteral("committee_meeting"));
    StudySession withMinutes =
        sampleSession(kind, w.org.firstBranch, QDate(2026, 3, 12), {w.members.first()});
    withMinutes.topic = QStringLiteral("三月支委会");
    const qint64 march = workspace.studySessions().add(withMinutes);
    StudySession without = sampleSession(kind, w.org.firstBranch, QDate(2026, 4, 9), {w.members.first()});
    without.topic = QStringLiteral("四月支委会");
    const qint64 april = workspace.studySessions().add(without);
    constexpr qint64 limit = 1 << 20;
    workspace.attachments().attach(sessionOwner(march),
                                   AttachmentFile::fromBytes(QStringLiteral("三月会议记录.pdf"),
                                                             QByteArrayLiteral("%PDF-1.4\nminutes"), limit),
                                   AttachmentCategory::Minutes, limit);

    StudyPage *page = w.showStudyPage();
    auto *table = child<QTableView>(page, QStringLiteral("sessionTable"));
    auto *panel = child<AttachmentsPanel>(page, QStringLiteral("attachments"));
    const int marchRow = rowOfTopic(table, QStringLiteral("三月支委会"));
    const int aprilRow = rowOfTopic(table, QStringLiteral("四月支委会"));
    REQUIRE(marchRow >= 0);
    REQUIRE(aprilRow >= 0);

    clickCell(table, marchRow, SessionTableModel::DateColumn);
    REQUIRE(waitUntil([panel] { return panel->model()->rowCount() == 1; }));
    CHECK(panel->model()->attachmentAt(0).fileName == QStringLiteral("三月会议记录.pdf"));
    clickCell(table, aprilRow, SessionTableModel::DateColumn);
    REQUIRE(waitUntil([panel] { return panel->model()->rowCount() == 0; }));

    auto *filter = child<QComboBox>(page, QStringLiteral("studyFileFilter"));
    filter->setCurrentIndex(filter->findData(qint64(SessionTableModel::MinutesMissing)));
    CHECK(rowOfTopic(table, QStringLiteral("四月支委会")) >= 0);
    CHECK(rowOfTopic(table, QStringLiteral("三月支委会")) < 0);
    // Minutes attached in the panel take the session off the list.
    workspace.attachments().attach(sessionOwner(april),
                                   AttachmentFile::fromBytes(QStringLiteral("四月会议记录.pdf"),
                                                             QByteArrayLiteral("%PDF-1.4\napril"), limit),
                                   AttachmentCategory::Minutes, limit);
    CHECK(waitUntil([table] { return rowOfTopic(table, QStringLiteral("四月支委会")) < 0; }));
}
