// The copies opened in the system's viewer: in a folder of this user's alone, read-only, never
// executable, never outside that folder whatever the file's name, and gone with removeAll().
#include "attachments/PrivateCopy.h"

#include "TestSupport.h"
#include "common/FileError.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

using namespace rongpei;
using namespace rongpei::test;

namespace {

/// Points the temporary folder at a test folder of its own, so no real copy is touched.
struct TemporaryFolderForCopies
{
    TemporaryFolder folder;
    QByteArray previous = qgetenv("TMPDIR");
    TemporaryFolderForCopies() { qputenv("TMPDIR", folder.path(QString()).toLocal8Bit()); }
    ~TemporaryFolderForCopies() { qputenv("TMPDIR", previous); }
};

QByteArray contentOf(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

TEST_CASE("A private copy is read-only, in a folder of this user's alone, and goes with removeAll",
          "[attachments]")
{
    TemporaryFolderForCopies temp;
    REQUIRE(PrivateCopy::folder().startsWith(QDir::cleanPath(temp.folder.path(QString()))));
    const QString first =
        PrivateCopy::write(QStringLiteral("3月支委会会议记录.pdf"), QByteArrayLiteral("%PDF-1.4\n1"));
    const QString second =
        PrivateCopy::write(QStringLiteral("3月支委会会议记录.pdf"), QByteArrayLiteral("%PDF-1.4\n2"));
    CHECK(first != second); // the same name twice does not clash
    CHECK(QFileInfo(first).fileName() == QStringLiteral("3月支委会会议记录.pdf"));
    CHECK(contentOf(first) == QByteArrayLiteral("%PDF-1.4\n1"));
    CHECK(contentOf(second) == QByteArrayLiteral("%PDF-1.4\n2"));
    // The owner's, group's and others' bits; the "user" ones say what the tests' user may do (root: all).
    constexpr QFile::Permissions modeBits(0x7077);
    CHECK((QFileInfo(first).permissions() & modeBits) == QFile::ReadOwner);
    const QFile::Permissions folder = QFileInfo(PrivateCopy::folder()).permissions();
    CHECK_FALSE(folder & (QFile::ReadGroup | QFile::WriteGroup | QFile::ExeGroup | QFile::ReadOther |
                          QFile::WriteOther | QFile::ExeOther));

    // A name with folders in it stays inside the copies' folder.
    const QString climbing = PrivateCopy::write(QStringLiteral("../../../.bashrc"), QByteArrayLiteral("x"));
    CHECK(QFileInfo(climbing).canonicalFilePath().startsWith(
        QFileInfo(PrivateCopy::folder()).canonicalFilePath()));

    PrivateCopy::removeAll();
    CHECK_FALSE(QFileInfo::exists(first));
    CHECK_FALSE(QFileInfo::exists(second));
    CHECK_FALSE(QFileInfo::exists(climbing));
}

TEST_CASE("A link left in place of the copies' folder is refused, and nothing is written through it",
          "[attachments]")
{
    TemporaryFolderForCopies temp;
    const QString elsewhere = temp.folder.path(QStringLiteral("elsewhere"));
    REQUIRE(QDir().mkpath(elsewhere));
    REQUIRE(QFile::link(elsewhere, PrivateCopy::folder()));
    CHECK_THROWS_AS(PrivateCopy::write(QStringLiteral("a.pdf"), QByteArrayLiteral("%PDF-1.4\n")), FileError);
    CHECK(QDir(elsewhere).isEmpty());
}
