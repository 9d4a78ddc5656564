// Attachments at scale: a 10 MB PDF read, checked and stored; a session of 20 files listed with
// their thumbnails; the file's growth when one file is attached to many records.
//   build/bin/rongpei_bench_attachments [--database FILE] [--cadres N]
// Works on a copy of the file: the files never reach FILE.
#include "BenchSupport.h"
#include "Workspace.h"
#include "attachments/AttachmentPreview.h"
#include "attachments/AttachmentRepository.h"
#include "attachments/ContentDigest.h"
#include "common/Clock.h"
#include "history/RecordKind.h"
#include "storage/Database.h"

#include <QBuffer>
#include <QFile>
#include <QGuiApplication>
#include <QImage>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QRandomGenerator>
#include <QSqlQuery>

#include <cmath>

namespace {

using rongpei::bench::fileBytes;
using rongpei::bench::median;

/// A picture of noise on an A4 page, `side` pixels square.
QByteArray noisePdf(int side, quint32 seed)
{
    QImage noise(side, side, QImage::Format_RGB888);
    QRandomGenerator random(seed);
    for (int y = 0; y < side; ++y)
        random.fillRange(reinterpret_cast<quint32 *>(noise.scanLine(y)), noise.bytesPerLine() / 4);
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setResolution(150);
    QPainter painter(&writer);
    painter.drawImage(QRect(0, 0, 1200, 1200), noise);
    painter.end();
    return bytes;
}

/// A PDF of at least `megabytes` whose page is a picture of noise, which no compression shrinks
/// much: the size a scanned document has. Qt stores the picture as JPEG, so the side is found by
/// trying.
QByteArray scannedPdf(int megabytes, quint32 seed)
{
    const double target = megabytes * 1024.0 * 1024.0;
    int side = int(std::sqrt(target / 3));
    QByteArray pdf = noisePdf(side, seed);
    for (int attempt = 0; attempt < 4 && pdf.size() < target; ++attempt) {
        side = int(side * std::sqrt(target / pdf.size()) * 1.02);
        pdf = noisePdf(side, seed);
    }
    return pdf;
}

QByteArray photoJpeg(quint32 seed)
{
    QImage photo(1600, 1200, QImage::Format_RGB32);
    QRandomGenerator random(seed);
    photo.fill(QColor::fromRgb(random.generate()));
    QPainter painter(&photo);
    for (int i = 0; i < 200; ++i)
        painter.fillRect(random.bounded(1600), random.bounded(1200), 80, 60,
                         QColor::fromRgb(random.generate()));
    painter.end();
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    photo.save(&buffer, "JPEG", 85);
    return bytes;
}

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen"); // QPdfWriter and the thumbnails need no screen
    QGuiApplication application(argc, argv);
    QTextStream out(stdout);
    const QTemporaryDir folder;
    const QString path =
        rongpei::bench::copyOfBenchDatabase(application, folder, out, QStringLiteral("attachments.db"));
    if (path.isEmpty())
        return 1;
    rongpei::SystemClock clock;
    rongpei::Workspace workspace(path, rongpei::Database::OpenMode::MustExist, clock);
    rongpei::bench::signInAdministrator(workspace);
    rongpei::Database &database = workspace.database();
    rongpei::AttachmentRepository &files = workspace.attachments();
    const rongpei::RecordKind &sessionKind = *rongpei::Workspace::recordKind(QStringLiteral("session"));
    QSqlQuery sessionQuery = database.exec(
        QStringLiteral("SELECT id FROM study_session WHERE state = 'held' ORDER BY id DESC LIMIT 30"));
    QList<qint64> sessions;
    while (sessionQuery.next())
        sessions.append(sessionQuery.value(0).toLongLong());
    sessionQuery.finish();
    if (sessions.size() < 30) {
        out << "the database has fewer than 30 held sessions\n";
        return 1;
    }
    QSqlQuery countQuery = database.exec(QStringLiteral("SELECT count(*) FROM attachment"));
    out << "attachments_at_start: " << database.scalar(countQuery).toLongLong() << " files\n";
    constexpr qint64 limit = 50LL * 1024 * 1024;

    // A 10 MB scanned PDF: read from disk, its kind checked, hashed, its first page drawn; then stored.
    std::vector<double> prepares;
    std::vector<double> stores;
    qint64 pdfBytes = 0;
    for (int round = 0; round < 5; ++round) {
        const QString pdfPath = folder.filePath(QStringLiteral("scan-%1.pdf").arg(round));
        const QByteArray pdf = scannedPdf(10, 100 + round);
        pdfBytes = pdf.size();
        QFile file(pdfPath);
        file.open(QIODevice::WriteOnly);
        file.write(pdf);
        file.close();
        QElapsedTimer timer;
        timer.start();
        const rongpei::PreparedAttachment prepared = rongpei::AttachmentPreview::prepareFile(pdfPath, limit);
        prepares.push_back(timer.nsecsElapsed() / 1e6);
        timer.restart();
        files.attach(rongpei::AttachmentRepository::ownerOf(sessionKind, sessions.at(round)), prepared,
                     rongpei::AttachmentCategory::Minutes, limit);
        stores.push_back(timer.nsecsElapsed() / 1e6);
    }
    {
        // attach() hashes the bytes again rather than trust the digest it is handed: its share.
        const QByteArray pdf = scannedPdf(10, 100);
        std::vector<double> hashes;
        QString digest;
        for (int round = 0; round < 5; ++round) {
            QElapsedTimer timer;
            timer.start();
            digest = rongpei::contentDigest(pdf);
            hashes.push_back(timer.nsecsElapsed() / 1e6);
        }
        out << "attach_10mb_pdf_sha256_median: " << median(hashes) << " ms\n";
        Q_UNUSED(digest);
    }
    out << "attach_pdf_bytes: " << pdfBytes / 1024.0 / 1024.0 << " MB\n";
    out << "attach_10mb_pdf_prepare_median: " << median(prepares) << " ms\n";
    out << "attach_10mb_pdf_store_median: " << median(stores) << " ms\n";
    out << "attach_10mb_pdf_total_median: " << median(prepares) + median(stores) << " ms\n";
    // The floor of storing: the same bytes inserted by hand in the sqlite3 shell, in a table of
    // their own, on a copy of the file.
    const QString floorCopy = folder.filePath(QStringLiteral("floor.db"));
    rongpei::Database::backup(path, floorCopy);
    rongpei::bench::sqliteShellMs(floorCopy, {QStringLiteral("CREATE TABLE floor_blob (b BLOB)")}, 1, false);
    const double storeFloor =
        rongpei::bench::sqliteShellMs(floorCopy,
                                      {QStringLiteral("INSERT INTO floor_blob VALUES (readfile('%1'))")
                                           .arg(folder.filePath(QStringLiteral("scan-0.pdf")))},
                                      5, false);
    rongpei::bench::printFloor(out, QStringLiteral("attach_10mb_pdf_store"), median(stores), storeFloor);

    // A session with 20 photos, listed with their thumbnails as its panel shows them.
    const qint64 busy = sessions.at(10);
    const rongpei::AttachmentOwner busyOwner = rongpei::AttachmentRepository::ownerOf(sessionKind, busy);
    for (int i = 0; i < 20; ++i)
        files.attach(busyOwner,
                     rongpei::AttachmentPreview::prepareBytes(QStringLiteral("活动照片%1.jpg").arg(i + 1),
                                                              photoJpeg(500 + i), limit),
                     rongpei::AttachmentCategory::Photo, limit);
    std::vector<double> lists;
    qsizetype listed = 0;
    for (int round = 0; round < 50; ++round) {
        QElapsedTimer timer;
        timer.start();
        listed = files.of(busyOwner).size();
        lists.push_back(timer.nsecsElapsed() / 1e6);
    }
    out << "list_session_files: " << listed << " files\n";
    out << "list_session_20_files_median: " << median(lists) << " ms\n";
    // 50 listings a round: the shell's timer counts whole milliseconds.
    const double listFloor =
        rongpei::bench::sqliteShellMs(
            path,
            QStringList(50,
                        QStringLiteral(
                            "SELECT a.id, a.uuid, a.branch_id, a.sha256, a.file_name, a.media_type, a.size, "
                            "a.category, a.attached_by, a.created_at, c.thumbnail FROM attachment a JOIN "
                            "attachment_content c ON c.sha256 = a.sha256 WHERE a.session_id = %1 ORDER BY "
                            "a.created_at, a.id")
                            .arg(busy))) /
        50;
    rongpei::bench::printFloor(out, QStringLiteral("list_session_20_files"), median(lists), listFloor);

    // One file attached to 20 more sessions: the bytes are stored once.
    const QString pdfPath = folder.filePath(QStringLiteral("shared.pdf"));
    {
        QFile file(pdfPath);
        file.open(QIODevice::WriteOnly);
        file.write(scannedPdf(10, 900));
    }
    const rongpei::PreparedAttachment shared = rongpei::AttachmentPreview::prepareFile(pdfPath, limit);
    const qint64 before = fileBytes(database);
    files.attach(rongpei::AttachmentRepository::ownerOf(sessionKind, sessions.at(5)), shared,
                 rongpei::AttachmentCategory::Evidence, limit);
    const qint64 afterOne = fileBytes(database);
    for (int i = 6; i < 26; ++i)
        files.attach(rongpei::AttachmentRepository::ownerOf(sessionKind, sessions.at(i)), shared,
                     rongpei::AttachmentCategory::Evidence, limit);
    const qint64 afterMany = fileBytes(database);
    out << "shared_file_bytes: " << shared.bytes.size() / 1024.0 / 1024.0 << " MB\n";
    out << "growth_first_attach: " << (afterOne - before) / 1024.0 / 1024.0 << " MB\n";
    out << "growth_first_attach_per_file_byte: " << double(afterOne - before) / shared.bytes.size() << " x\n";
    out << "growth_20_more_attaches: " << (afterMany - afterOne) / 1024.0 << " KB\n";
    return 0;
}
