// Database::backup: a healthy copy that reads its source only.
#include "StorageTestSupport.h"
#include "Workspace.h"
#include "roster/CadreRepository.h"
#include "storage/Database.h"
#include "storage/SqlScript.h"
#include "study/StudyRuleRepository.h"
#include "study/StudySessionRepository.h"

#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlQuery>

using namespace rongpei;
using namespace rongpei::test;

TEST_CASE("A backup is a healthy copy, reads its source only and never overwrites a file",
          "[database][backup]")
{
    TemporaryWorkspace temp;
    const auto org = SmallOrganization::create(temp.workspace());
    temp.workspace().cadres().add(sampleCadre(org.firstBranch, QStringLiteral("A001")));
    temp.close();
    const QByteArray sourceBefore = fileHash(temp.path());

    TemporaryFolder folder;
    const QString target = folder.path(QStringLiteral("copy.db"));
    Database::backup(temp.path(), target);
    CHECK_FALSE(QFileInfo(target).permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther |
                                                   QFileDevice::WriteGroup | QFileDevice::WriteOther));
    CHECK(fileHash(temp.path()) == sourceBefore);
    CHECK(Database::check(target) == Database::latestSchemaVersion());
    FixedClock clock;
    {
        Workspace copy(target, Database::OpenMode::MustExist, clock);
        CHECK(copy.cadres().count() == 1);
    }

    const QString existing = folder.path(QStringLiteral("existing.db"));
    writeFile(existing, "precious");
    CHECK_THROWS_AS(Database::backup(temp.path(), existing), DatabaseError);
    QFile file(existing);
    REQUIRE(file.open(QIODevice::ReadOnly));
    CHECK(file.readAll() == QByteArray("precious"));

    // A source that is not a RongPei database is refused before any copy is made.
    const QString other = folder.path(QStringLiteral("other.sqlite"));
    rawSql(other, {QStringLiteral("CREATE TABLE t (x)")});
    const QString refused = folder.path(QStringLiteral("refused.db"));
    CHECK_THROWS_AS(Database::backup(other, refused), DatabaseError);
    CHECK_FALSE(QFileInfo::exists(refused));
}
