// A file with RongPei's mark whose schema is not the one its version defines is a look-alike:
// check does not say ok, and no query runs against it.
#include "StorageTestSupport.h"
#include "storage/Database.h"
#include "storage/SchemaCatalog.h"

using namespace rongpei;
using namespace rongpei::test;

namespace {

/// A healthy file changed behind RongPei's back by `statements`, checkpointed and closed.
QString alteredFile(TemporaryFolder &folder, const QString &name, const QStringList &statements)
{
    const QString path = makeRongPeiFile(folder, name);
    QStringList all = statements;
    all << QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")
        << QStringLiteral("PRAGMA journal_mode = DELETE");
    rawSql(path, all);
    return path;
}

QString detailsOfRefusal(const QString &path)
{
    try {
        Database::check(path);
    } catch (const DatabaseError &error) {
        return error.details();
    }
    return {};
}

} // namespace

TEST_CASE("A look-alike whose tables, columns, views or triggers differ is refused", "[database][refusal]")
{
    struct Case
    {
        const char *what;
        QStringList statements;
        QString named;
    };
    const QList<Case> cases{
        {"a table missing",
         {QStringLiteral("DROP TABLE attendance")},
         QStringLiteral("missing table attendance")},
        {"a table renamed",
         {QStringLiteral("ALTER TABLE attendance RENAME TO roll_call")},
         QStringLiteral("unexpected table roll_call")},
        {"a column added",
         {QStringLiteral("ALTER TABLE cadre ADD COLUMN salary INTEGER")},
         QStringLiteral("changed table cadre")},
        {"a column renamed",
         {QStringLiteral("ALTER TABLE cadre RENAME COLUMN phone TO mobile")},
         QStringLiteral("changed table cadre")},
        {"an index missing",
         {QStringLiteral("DROP INDEX cadre_branch")},
         QStringLiteral("missing index cadre_branch")},
        {"a view added",
         {QStringLiteral("CREATE VIEW everyone AS SELECT name FROM cadre")},
         QStringLiteral("unexpected view everyone")},
        {"a trigger added",
         {QStringLiteral("CREATE TRIGGER spy AFTER INSERT ON cadre BEGIN DELETE FROM cadre; END")},
         QStringLiteral("unexpected trigger spy")},
    };
    for (const Case &change : cases) {
        INFO(change.what);
        TemporaryFolder folder;
        const QString path = alteredFile(folder, QStringLiteral("lookalike.db"), change.statements);
        requireRefusedUntouched(path, DatabaseError::Kind::SchemaMismatch);
        CHECK(detailsOfRefusal(path).contains(change.named));
    }
}

TEST_CASE("A file of an older schema is verified against that version's schema", "[database]")
{
    TemporaryFolder folder;
    const QString older = schemaOneDatabase(folder, QStringLiteral("v1.db"));
    CHECK(Database::check(older) == 1);

    const QString tampered = schemaOneDatabase(folder, QStringLiteral("v1-tampered.db"));
    rawSql(tampered,
           {QStringLiteral("CREATE TABLE extra (x)"), QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")});
    CHECK(checkRefusalOf(tampered) == DatabaseError::Kind::SchemaMismatch);
    CHECK(refusalOf(tampered) == DatabaseError::Kind::SchemaMismatch); // never migrated
    CHECK(rawScalar(tampered, QStringLiteral("PRAGMA user_version")).toInt() == 1);
}

TEST_CASE("Statistics that SQLite keeps itself do not make a file a look-alike", "[database]")
{
    TemporaryFolder folder;
    const QString path = alteredFile(folder, QStringLiteral("analyzed.db"), {QStringLiteral("ANALYZE")});
    CHECK(Database::check(path) == Database::latestSchemaVersion());
    Database database(path, Database::OpenMode::MustExist);
    CHECK(database.schemaVersion() == Database::latestSchemaVersion());
}
