// The change journal: a row for every insert, update and delete, in the same transaction.
#include "storage/ChangeJournal.h"

#include "StorageTestSupport.h"
#include "Workspace.h"
#include "demo/DemoGenerator.h"
#include "roster/CadreRepository.h"
#include "storage/AuditChain.h"
#include "storage/ChangeJournalTriggers.h"
#include "storage/ChangeWatcher.h"
#include "storage/Database.h"
#include "storage/SchemaCatalog.h"
#include "study/StudySessionRepository.h"

#include <QSet>
#include <QSqlQuery>

using namespace rongpei;
using namespace rongpei::test;

namespace {

std::vector<JournalEntry> changesAfter(Workspace &workspace, qint64 sequence, JournalFilter filter = {})
{
    return ChangeJournal::changesSince(workspace.database(), sequence, filter);
}

QStringList fieldNames(const JournalEntry &entry)
{
    QStringList names;
    for (const FieldChange &change : entry.fields)
        names.append(change.field);
    return names;
}

} // namespace

TEST_CASE("Adding, changing and deleting a cadre writes exactly one journal row each", "[journal]")
{
    TemporaryWorkspace temp;
    const auto org = SmallOrganization::create(temp.workspace());
    Workspace &workspace = temp.workspace();
    temp.clock().set(QDateTime(QDate(2026, 3, 2), QTime(9, 30), Qt::UTC));
    const qint64 start = ChangeJournal::lastSequence(workspace.database());

    const qint64 id =
        workspace.cadres().add(sampleCadre(org.firstBranch, QStringLiteral("A001"), QStringLiteral("张敏")));
    Cadre cadre = *workspace.cadres().find(id);
    cadre.name = QStringLiteral("张敏华");
    cadre.phone = QStringLiteral("13900139000"); // not the post, which writes the post history too
    workspace.cadres().update(cadre);
    workspace.cadres().update(cadre); // nothing changed: no row
    workspace.cadres().remove(id);

    const std::vector<JournalEntry> entries = changesAfter(workspace, start);
    REQUIRE(entries.size() == 3);
    for (const JournalEntry &entry : entries) {
        CHECK(entry.table == QStringLiteral("cadre"));
        CHECK(entry.recordId == id);
        CHECK(entry.recordUuid == cadre.uuid);
        CHECK(entry.branchId == org.firstBranch);
        CHECK(entry.at == QDateTime(QDate(2026, 3, 2), QTime(9, 30), Qt::UTC));
        CHECK(entry.transaction > 0);
        CHECK_FALSE(entry.device.isEmpty());
        CHECK_FALSE(entry.program.isEmpty());
    }
    CHECK(entries[0].operation == JournalOperation::Insert);
    CHECK(entries[0].value(QStringLiteral("name")) == QStringLiteral("张敏"));
    CHECK(entries[0].value(QStringLiteral("employee_number")) == QStringLiteral("A001"));
    CHECK(entries[0].field(QStringLiteral("party_joined_on")) != nullptr);
    CHECK(entries[0].field(QStringLiteral("id")) == nullptr);

    CHECK(entries[1].operation == JournalOperation::Update);
    CHECK(fieldNames(entries[1]) == QStringList{QStringLiteral("name"), QStringLiteral("phone")});
    CHECK(entries[1].field(QStringLiteral("name"))->before == QStringLiteral("张敏"));
    CHECK(entries[1].field(QStringLiteral("name"))->after == QStringLiteral("张敏华"));

    // The tombstone: the record's last state, field by field.
    CHECK(entries[2].operation == JournalOperation::Delete);
    CHECK(entries[2].value(QStringLiteral("name")) == QStringLiteral("张敏华"));
    CHECK(entries[2].value(QStringLiteral("phone")) == QStringLiteral("13900139000"));
    CHECK(entries[2].value(QStringLiteral("branch_id")).toLongLong() == org.firstBranch);
    CHECK(entries[2].field(QStringLiteral("name"))->after.isNull());

    CHECK(ChangeJournal::history(workspace.database(), QStringLiteral("cadre"), cadre.uuid).size() == 3);
    CHECK(
        ChangeJournal::history(workspace.database(), QStringLiteral("cadre"), cadre.uuid).back().operation ==
        JournalOperation::Delete);
}

TEST_CASE("A rolled-back change leaves no journal row and no transaction row", "[journal]")
{
    TemporaryWorkspace temp;
    const auto org = SmallOrganization::create(temp.workspace());
    Database &db = temp.workspace().database();
    const qint64 before = ChangeJournal::lastSequence(db);
    const QVariant transactions = scalar(db, QStringLiteral("SELECT count(*) FROM journal_transaction"));
    CHECK_THROWS_AS(
        [&] {
            Transaction outer(db);
            temp.workspace().cadres().add(sampleCadre(org.firstBranch, QStringLiteral("A001")));
            temp.workspace().cadres().add(sampleCadre(org.firstBranch, QStringLiteral("A001"))); // refused
            outer.commit();
        }(),
        ValidationError);
    CHECK(ChangeJournal::lastSequence(db) == before);
    CHECK(scalar(db, QStringLiteral("SELECT count(*) FROM journal_transaction")) == transactions);
    CHECK(scalar(db, QStringLiteral("SELECT txn IS NULL AND at IS NULL FROM journal_writer")).toBool());

    // A transaction that changed no record leaves no transaction row either.
    Transaction empty(db);
    empty.commit();
    CHECK(scalar(db, QStringLiteral("SELECT count(*) FROM journal_transaction")) == transactions);
}

TEST_CASE("Every record table is journalled: declared, with its three triggers", "[journal]")
{
    TemporaryWorkspace temp;
    Database &db = temp.workspace().database();
    // A record table is one with a uuid: every one of them must be in journal_table.
    QSqlQuery records = db.exec(QStringLiteral(
        "SELECT m.name FROM sqlite_schema m WHERE m.type = 'table' AND m.name <> 'file_identity' AND "
        "EXISTS (SELECT 1 FROM pragma_table_info(m.name) c WHERE c.name = 'uuid') ORDER BY m.name"));
    QStringList recordTables;
    while (records.next())
        recordTables.append(records.value(0).toString());
    REQUIRE(recordTables.size() >= 11);
    CHECK(ChangeJournal::journalledTables(db) == recordTables);
    for (const QString &table : recordTables)
        for (const char *operation : {"insert", "update", "delete"}) {
            INFO(table.toStdString() << " " << operation);
            CHECK(
                scalar(db, QStringLiteral("SELECT count(*) FROM sqlite_schema WHERE type = 'trigger' AND "
                                          "name = '%1' AND tbl_name = '%2'")
                               .arg(ChangeJournalTriggers::triggerName(table, QString::fromLatin1(operation)),
                                    table))
                    .toInt() == 1);
        }
}

TEST_CASE("A session's roll call is journalled line by line, dated by the session", "[journal]")
{
    TemporaryWorkspace temp;
    const auto org = SmallOrganization::create(temp.workspace());
    Workspace &workspace = temp.workspace();
    const qint64 a = workspace.cadres().add(sampleCadre(org.firstBranch, QStringLiteral("A001")));
    const qint64 b = workspace.cadres().add(sampleCadre(org.firstBranch, QStringLiteral("A002")));
    const qint64 start = ChangeJournal::lastSequence(workspace.database());
    const qint64 session = workspace.studySessions().add(sampleSession(
        studyKind(workspace, QStringLiteral("theme_day")), org.firstBranch, QDate(2026, 2, 10), {a, b}));

    const std::vector<JournalEntry> added = changesAfter(workspace, start);
    REQUIRE(added.size() == 3);
    CHECK(added[0].table == QStringLiteral("study_session"));
    CHECK(added[1].table == QStringLiteral("attendance"));
    for (const JournalEntry &entry : added) {
        CHECK(entry.datedOn == QDate(2026, 2, 10));
        CHECK(entry.transaction == added[0].transaction);
    }
    CHECK(changesAfter(workspace, start, {{QStringLiteral("attendance")}, {}, 0}).size() == 2);
    CHECK(changesAfter(workspace, start, {{}, {org.secondBranch}, 0}).empty());
    CHECK(changesAfter(workspace, start, {{}, {}, 1}).size() == 1);

    // Moving the session into another quarter changes both quarters.
    const qint64 moved = ChangeJournal::lastSequence(workspace.database());
    StudySession edited = *workspace.studySessions().find(session);
    edited.date = QDate(2026, 4, 10);
    workspace.studySessions().update(edited);
    const QStringList studyTables{QStringLiteral("study_session"), QStringLiteral("attendance")};
    CHECK(ChangeJournal::changedWithin(workspace.database(), studyTables, QDate(2026, 1, 1),
                                       QDate(2026, 3, 31), moved));
    CHECK(ChangeJournal::changedWithin(workspace.database(), studyTables, QDate(2026, 4, 1),
                                       QDate(2026, 6, 30), moved));
    CHECK_FALSE(ChangeJournal::changedWithin(workspace.database(), studyTables, QDate(2026, 7, 1),
                                             QDate(2026, 9, 30), moved));
    CHECK_FALSE(ChangeJournal::changedWithin(workspace.database(), {QStringLiteral("cadre")},
                                             QDate(2026, 1, 1), QDate(2026, 12, 31), moved));

    // Deleting it leaves a tombstone for it and for each line the deletion took with it.
    const qint64 deleted = ChangeJournal::lastSequence(workspace.database());
    workspace.studySessions().remove(session);
    const std::vector<JournalEntry> removed = changesAfter(workspace, deleted);
    REQUIRE(removed.size() == 3);
    int lines = 0;
    for (const JournalEntry &entry : removed) {
        CHECK(entry.operation == JournalOperation::Delete);
        if (entry.table == QStringLiteral("attendance")) {
            ++lines;
            CHECK(entry.value(QStringLiteral("session_id")).toLongLong() == session);
            CHECK(entry.value(QStringLiteral("status")) == QStringLiteral("present"));
        }
    }
    CHECK(lines == 2);
}

TEST_CASE("A write by another program is journalled too, with no RongPei transaction", "[journal]")
{
    TemporaryWorkspace temp;
    const auto org = SmallOrganization::create(temp.workspace());
    const qint64 id = temp.workspace().cadres().add(sampleCadre(org.firstBranch, QStringLiteral("A001")));
    const qint64 start = ChangeJournal::lastSequence(temp.workspace().database());
    rawSql(temp.path(), {QStringLiteral("UPDATE cadre SET phone = '13800000000' WHERE id = %1").arg(id)});
    const std::vector<JournalEntry> entries = changesAfter(temp.workspace(), start);
    REQUIRE(entries.size() == 1);
    CHECK(entries[0].transaction == 0);
    CHECK(entries[0].at.isValid());
    CHECK(entries[0].field(QStringLiteral("phone"))->after == QStringLiteral("13800000000"));
}

TEST_CASE("A file whose journal triggers were removed is refused by check, with the trigger named",
          "[journal]")
{
    TemporaryWorkspace temp;
    temp.close();
    rawSql(temp.path(), {QStringLiteral("DROP TRIGGER journal_cadre_update")});
    const QByteArray before = fileHash(temp.path());
    try {
        Database::check(temp.path());
        FAIL("check passed a file without journalling");
    } catch (const DatabaseError &error) {
        CHECK(error.kind() == DatabaseError::Kind::SchemaMismatch);
        CHECK(error.details().contains(QStringLiteral("missing trigger journal_cadre_update")));
        CHECK(error.message().contains(QStringLiteral("change journal")));
    }
    CHECK(fileHash(temp.path()) == before);
}

TEST_CASE("Upgrading to the journal covers the records already there with one baseline row per table",
          "[journal][database]")
{
    TemporaryFolder folder;
    const QString path = folder.path(QStringLiteral("fifteen.db"));
    QStringList statements = statementsOfSchema(15);
    const QString at = QStringLiteral("'2026-11-20T08:00:00Z'");
    statements << oneBranch(at);
    for (int number = 1; number <= 3; ++number)
        statements << QStringLiteral(
                          "INSERT INTO cadre (id, uuid, branch_id, name, employee_number, gender, "
                          "birth_date, level, track, party_status, employment_status, created_at, "
                          "updated_at) VALUES (%1, 'p%1', 3, '干部%1', 'E%1', 'male', '1980-01-01', "
                          "'middle', 'party', 'masses', 'active', %2, %2)")
                          .arg(number)
                          .arg(at);
    rawSql(path, statements);

    const FixedClock clock;
    Workspace workspace(path, Database::OpenMode::MustExist, clock);
    Database &db = workspace.database();
    CHECK(workspace.cadres().count() == 3);
    const std::vector<JournalEntry> baseline = ChangeJournal::changesSince(db, 0);
    // The record tables of schema 15; the accounts' tables come later, empty.
    REQUIRE(baseline.size() == 11);
    for (const JournalEntry &entry : baseline) {
        CHECK(entry.operation == JournalOperation::Baseline);
        if (entry.table == QStringLiteral("cadre"))
            CHECK(entry.value(QStringLiteral("rows")).toInt() == 3);
        if (entry.table == QStringLiteral("organization"))
            CHECK(entry.value(QStringLiteral("rows")).toInt() == 3);
    }
    // From now on every change is journalled, and the upgraded file has a fresh file's schema.
    Cadre cadre = *workspace.cadres().find(2);
    cadre.phone = QStringLiteral("13900000000");
    workspace.cadres().update(cadre);
    const std::vector<JournalEntry> after = ChangeJournal::changesSince(db, baseline.back().sequence);
    REQUIRE(after.size() == 1);
    CHECK(after[0].recordUuid == QStringLiteral("p2"));
    CHECK(SchemaCatalog::differences([&db](const QString &sql) { return db.exec(sql); },
                                     Database::latestSchemaVersion())
              .isEmpty());
    // The history from before the upgrade is sealed into the audit chain as it was found.
    CHECK(AuditChain::verify(db).isIntact());
}

TEST_CASE("The demo's bulk rows stand for its records: one journal row per table, not one per record",
          "[journal][demo]")
{
    TemporaryWorkspace temp;
    Workspace &workspace = temp.workspace();
    const qint64 start = ChangeJournal::lastSequence(workspace.database());
    DemoGenerator(workspace).generate({30, 7});
    const std::vector<JournalEntry> entries = ChangeJournal::changesSince(workspace.database(), start);
    QStringList tables;
    qint64 lastBulk = 0;
    for (const JournalEntry &entry : entries) {
        // The demo's users come after the bulk rows, journalled one by one like any later change.
        if (entry.table.startsWith(QStringLiteral("account"))) {
            CHECK(entry.operation == JournalOperation::Insert);
            continue;
        }
        CHECK(entry.operation == JournalOperation::Bulk);
        CHECK(entry.sequence > lastBulk);
        lastBulk = entry.sequence;
        tables.append(entry.table);
        if (entry.table == QStringLiteral("cadre"))
            CHECK(entry.value(QStringLiteral("rows")).toInt() == 30);
    }
    CHECK(tables.contains(QStringLiteral("attendance")));
    CHECK(tables.size() == QSet<QString>(tables.begin(), tables.end()).size());
    CHECK(SchemaCatalog::differences(
              [&workspace](const QString &sql) { return workspace.database().exec(sql); },
              Database::latestSchemaVersion())
              .isEmpty()); // the triggers are back, exactly as they were
    // After it, edits are journalled again, and sealed like every row before them.
    workspace.signIn(QStringLiteral("admin"), DemoGenerator::password);
    Cadre cadre = workspace.cadres().all().first();
    cadre.phone = QStringLiteral("13700000000");
    workspace.cadres().update(cadre);
    const std::vector<JournalEntry> after =
        ChangeJournal::changesSince(workspace.database(), entries.back().sequence);
    REQUIRE(after.size() == 1);
    CHECK(after[0].user == QStringLiteral("admin"));
    CHECK(AuditChain::verify(workspace.database()).isIntact());
}

TEST_CASE("Another connection's roll-call change is announced as a change of its session, once", "[journal]")
{
    TemporaryWorkspace temp;
    const auto org = SmallOrganization::create(temp.workspace());
    Workspace &workspace = temp.workspace();
    const qint64 a = workspace.cadres().add(sampleCadre(org.firstBranch, QStringLiteral("A001")));
    const qint64 b = workspace.cadres().add(sampleCadre(org.firstBranch, QStringLiteral("A002")));
    const qint64 session = workspace.studySessions().add(sampleSession(
        studyKind(workspace, QStringLiteral("theme_day")), org.firstBranch, QDate(2026, 2, 10), {a, b}));
    ChangeWatcher watcher(workspace.database());
    QList<qint64> changed;
    QList<qint64> added;
    QObject::connect(&workspace.studySessions(), &RecordRepository::recordChanged,
                     [&changed](qint64 id) { changed.append(id); });
    QObject::connect(&workspace.studySessions(), &RecordRepository::recordAdded,
                     [&added](qint64 id) { added.append(id); });
    QObject::connect(
        &watcher, &ChangeWatcher::foreignChanges,
        [&workspace](const std::vector<JournalEntry> &entries) { workspace.announceChanges(entries); });
    CHECK_FALSE(watcher.check()); // nothing committed elsewhere

    const FixedClock otherClock;
    Workspace other(temp.path(), Database::OpenMode::MustExist, otherClock);
    StudySession edited = *other.studySessions().find(session);
    edited.attendance[0].status = AttendanceStatus::Absent;
    edited.attendance[1].status = AttendanceStatus::Late;
    other.studySessions().update(edited);
    CHECK(watcher.check());
    CHECK(changed == QList<qint64>{session});
    CHECK(added.isEmpty());
    CHECK_FALSE(watcher.check()); // read once
}

TEST_CASE("A transaction cannot commit while a bulk write has the journal's triggers off", "[journal]")
{
    TemporaryWorkspace temp;
    const auto org = SmallOrganization::create(temp.workspace());
    Database &db = temp.workspace().database();
    const QString triggers = QStringLiteral(
        "SELECT count(*) FROM sqlite_schema WHERE type = 'trigger' AND name LIKE 'journal\\_%' ESCAPE '\\'");
    const int before = scalar(db, triggers).toInt();
    REQUIRE(before >= 33);
    {
        Transaction transaction(db);
        BulkJournal bulk(db);
        CHECK(scalar(db, triggers).toInt() == 0);
        temp.workspace().cadres().add(sampleCadre(org.firstBranch, QStringLiteral("A001")));
        CHECK_THROWS_AS(transaction.commit(), DatabaseError);
    }
    CHECK(scalar(db, triggers).toInt() == before);
    CHECK(temp.workspace().cadres().count() == 0);
    // And the journal works as before.
    const qint64 sequence = ChangeJournal::lastSequence(db);
    temp.workspace().cadres().add(sampleCadre(org.firstBranch, QStringLiteral("A001")));
    CHECK(ChangeJournal::lastSequence(db) == sequence + 1);
}
