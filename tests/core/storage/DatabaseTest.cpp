// Opening a file: the schema, identity checks and every refusal, which leaves the file as it was.
#include "storage/Database.h"

#include "StorageTestSupport.h"
#include "Workspace.h"
#include "organization/OrganizationRepository.h"
#include "roster/CadreRepository.h"
#include "storage/SchemaCatalog.h"
#include "storage/SqlScript.h"
#include "study/StudyRuleRepository.h"
#include "study/StudySessionRepository.h"

#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlQuery>

using namespace rongpei;
using namespace rongpei::test;

TEST_CASE("A new database gets the latest schema, the application id and durable pragmas", "[database]")
{
    TemporaryWorkspace temp;
    Database &db = temp.workspace().database();
    CHECK(Database::latestSchemaVersion() >= 1);
    CHECK(db.schemaVersion() == Database::latestSchemaVersion());
    CHECK(pragma(db, QStringLiteral("application_id")).toInt() == Database::applicationId);
    CHECK(pragma(db, QStringLiteral("foreign_keys")).toInt() == 1);
    CHECK(pragma(db, QStringLiteral("journal_mode")).toString() == QStringLiteral("wal"));
    CHECK(pragma(db, QStringLiteral("synchronous")).toInt() == 2); // FULL
    CHECK(pragma(db, QStringLiteral("trusted_schema")).toInt() == 0);
    CHECK(pragma(db, QStringLiteral("secure_delete")).toInt() == 1);
    CHECK(Database::check(temp.path()) == Database::latestSchemaVersion());
}

TEST_CASE("A new database and its write-ahead log are readable by their owner only", "[database]")
{
    TemporaryWorkspace temp;
    temp.workspace().cadres().count();
    const QFileDevice::Permissions ownerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")}) {
        INFO(suffix.toStdString());
        REQUIRE(QFileInfo::exists(temp.path() + suffix));
        // Qt reports the owner's bits as the user's too on Linux: look at the others'.
        const QFileDevice::Permissions found = QFileInfo(temp.path() + suffix).permissions();
        CHECK((found & ownerOnly) == ownerOnly);
        CHECK_FALSE(found & (QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ReadOther |
                             QFileDevice::WriteOther));
    }
}

TEST_CASE("Every table of records has id, uuid, created_at, updated_at and its branch", "[database]")
{
    TemporaryWorkspace temp;
    Database &db = temp.workspace().database();
    // file_identity and the change journal's tables are storage's own, not records; the accounts
    // are the file's users, of no one unit; attachment_content holds the bytes of attached files,
    // whose attachment rows are the records.
    QSqlQuery tables = db.exec(QStringLiteral(
        "SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\' "
        "AND name <> 'file_identity' AND name NOT LIKE 'journal%' "
        "AND name NOT LIKE 'account%' AND name <> 'attachment_content'"));
    QStringList names;
    while (tables.next())
        names.append(tables.value(0).toString());
    REQUIRE(names.size() >= 2);
    for (const QString &table : names) {
        QSqlQuery columns = db.exec(QStringLiteral("SELECT name FROM pragma_table_info('%1')").arg(table));
        QStringList found;
        while (columns.next())
            found.append(columns.value(0).toString());
        INFO(table.toStdString());
        for (const char *required : {"id", "uuid", "created_at", "updated_at", "branch_id"})
            CHECK(found.contains(QString::fromLatin1(required)));
    }
}

TEST_CASE("Reopening keeps the data and does not migrate again", "[database]")
{
    TemporaryWorkspace temp;
    const auto org = SmallOrganization::create(temp.workspace());
    temp.workspace().cadres().add(sampleCadre(org.firstBranch, QStringLiteral("A001")));
    temp.reopen();
    CHECK(temp.workspace().database().schemaVersion() == Database::latestSchemaVersion());
    CHECK(temp.workspace().cadres().count() == 1);
}

TEST_CASE("A zero-byte file may be initialised on first start but is refused otherwise", "[database]")
{
    TemporaryFolder folder;
    const QString path = folder.path(QStringLiteral("empty.db"));
    writeFile(path, {});
    CHECK(refusalOf(path) == DatabaseError::Kind::NotSqlite);
    CHECK(checkRefusalOf(path) == DatabaseError::Kind::NotSqlite);
    CHECK(QFileInfo(path).size() == 0);
    Database created(path, Database::OpenMode::CreateIfMissing);
    CHECK(created.schemaVersion() == Database::latestSchemaVersion());
}

TEST_CASE("Opening refuses a missing file without creating it", "[database][refusal]")
{
    TemporaryFolder folder;
    const QString path = folder.path(QStringLiteral("missing.db"));
    CHECK(refusalOf(path) == DatabaseError::Kind::NotFound);
    CHECK(checkRefusalOf(path) == DatabaseError::Kind::NotFound);
    CHECK_FALSE(QFileInfo::exists(path));
}

TEST_CASE("Opening refuses a file that is not SQLite and leaves it untouched", "[database][refusal]")
{
    TemporaryFolder folder;
    const QString path = folder.path(QStringLiteral("roster.xlsx"));
    writeFile(path, QByteArray("PK\x03\x04 this is a spreadsheet, not a database ").repeated(40));
    requireRefusedUntouched(path, DatabaseError::Kind::NotSqlite);

    const QString shortFile = folder.path(QStringLiteral("short.db"));
    writeFile(shortFile, QByteArray("SQLite format 3"));
    requireRefusedUntouched(shortFile, DatabaseError::Kind::NotSqlite);
}

TEST_CASE("Opening refuses another application's SQLite database and leaves it untouched",
          "[database][refusal]")
{
    TemporaryFolder folder;
    const QString plain = folder.path(QStringLiteral("other.sqlite"));
    rawSql(plain, {QStringLiteral("CREATE TABLE notes (id INTEGER PRIMARY KEY, text TEXT)"),
                   QStringLiteral("INSERT INTO notes (text) VALUES ('keep me')")});
    requireRefusedUntouched(plain, DatabaseError::Kind::ForeignApplication);

    const QString tagged = folder.path(QStringLiteral("tagged.sqlite"));
    rawSql(tagged, {QStringLiteral("PRAGMA application_id = 1234"), QStringLiteral("CREATE TABLE t (x)")});
    requireRefusedUntouched(tagged, DatabaseError::Kind::ForeignApplication);
}

TEST_CASE("A refused file with unsaved log pages is not checkpointed", "[database][refusal]")
{
    TemporaryFolder folder;
    const QString foreign = crashedCopy(folder, folder.path(QStringLiteral("other.sqlite")),
                                        {QStringLiteral("CREATE TABLE notes (text TEXT)"),
                                         QStringLiteral("INSERT INTO notes VALUES ('keep me')")},
                                        QStringLiteral("crashed-other.sqlite"));
    requireRefusedUntouched(foreign, DatabaseError::Kind::ForeignApplication);

    const QString rongpei = makeRongPeiFile(folder, QStringLiteral("ours.db"));
    const QString newer =
        crashedCopy(folder, rongpei,
                    {QStringLiteral("PRAGMA user_version = %1").arg(Database::latestSchemaVersion() + 1)},
                    QStringLiteral("crashed-newer.db"));
    requireRefusedUntouched(newer, DatabaseError::Kind::NewerSchema);
}

TEST_CASE("A RongPei file with unsaved log pages opens with them", "[database]")
{
    TemporaryFolder folder;
    const QString rongpei = makeRongPeiFile(folder, QStringLiteral("ours.db"));
    const QString crashed =
        crashedCopy(folder, rongpei, {QStringLiteral("UPDATE cadre SET post = '总经济师'")},
                    QStringLiteral("crashed.db"));
    CHECK(Database::check(crashed) == Database::latestSchemaVersion());
    FixedClock clock;
    Workspace workspace(crashed, Database::OpenMode::MustExist, clock);
    CHECK(workspace.cadres().all().first().post == QStringLiteral("总经济师"));
}

TEST_CASE("A blank SQLite file left by a failed first start is set up anew", "[database]")
{
    TemporaryFolder folder;
    const QString path = folder.path(QStringLiteral("blank.db"));
    CHECK(Database::isUninitialized(path)); // missing
    writeFile(path, {});
    CHECK(Database::isUninitialized(path)); // zero bytes
    QFile::remove(path);
    rawSql(path,
           {QStringLiteral("PRAGMA journal_mode = WAL"), QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")});
    REQUIRE(QFileInfo(path).size() > 0);
    CHECK(Database::isUninitialized(path));
    CHECK(refusalOf(path) == DatabaseError::Kind::ForeignApplication); // never opened as if it were ours
    Database created(path, Database::OpenMode::CreateIfMissing);
    CHECK(created.schemaVersion() == Database::latestSchemaVersion());
    CHECK_FALSE(Database::isUninitialized(path));
}

TEST_CASE("Opening refuses a database from a newer RongPei and leaves it untouched", "[database][refusal]")
{
    TemporaryFolder folder;
    const QString path = makeRongPeiFile(folder, QStringLiteral("newer.db"));
    rawSql(path, {QStringLiteral("PRAGMA user_version = %1").arg(Database::latestSchemaVersion() + 1),
                  QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"),
                  QStringLiteral("PRAGMA journal_mode = DELETE")});
    requireRefusedUntouched(path, DatabaseError::Kind::NewerSchema);
}

TEST_CASE("Opening refuses a corrupt database and leaves it untouched", "[database][refusal]")
{
    TemporaryFolder folder;
    const QString path = makeRongPeiFile(folder, QStringLiteral("corrupt.db"));
    rawSql(path, {QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"),
                  QStringLiteral("PRAGMA journal_mode = DELETE")});
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadWrite));
    const qint64 size = file.size();
    REQUIRE(size >= 4096 * 3);
    // Scribble over the b-tree pages after the first, keeping the header intact.
    file.seek(4096);
    file.write(QByteArray(static_cast<int>(size - 4096), '\x5A'));
    file.close();
    requireRefusedUntouched(path, DatabaseError::Kind::Corrupt);
}

TEST_CASE("A crashed rollback journal is recovered for RongPei's own file only", "[database][refusal]")
{
    TemporaryFolder folder;
    const QString ours = copyWithHotJournal(folder, makeRongPeiFile(folder, QStringLiteral("ours.db")),
                                            QStringLiteral("crashed-ours.db"));
    const QByteArray before = fileHash(ours);
    CHECK(checkRefusalOf(ours) == DatabaseError::Kind::NeedsRecovery); // check() only reads
    CHECK(fileHash(ours) == before);
    {
        FixedClock clock;
        Workspace workspace(ours, Database::OpenMode::MustExist, clock);
        CHECK(workspace.cadres().count() == 1);
        QSqlQuery filler = workspace.database().exec(
            QStringLiteral("SELECT count(*) FROM sqlite_schema WHERE name = 'filler'"));
        CHECK(workspace.database().scalar(filler).toInt() == 0); // the half-written change is undone
    }
    CHECK(Database::check(ours) == Database::latestSchemaVersion());

    const QString otherSource = folder.path(QStringLiteral("other.sqlite"));
    rawSql(otherSource, {QStringLiteral("CREATE TABLE notes (text TEXT)")});
    const QString other = copyWithHotJournal(folder, otherSource, QStringLiteral("crashed-other.sqlite"));
    const QByteArray otherBefore = fileHash(other);
    const QByteArray journalBefore = fileHash(other + QStringLiteral("-journal"));
    CHECK(refusalOf(other) == DatabaseError::Kind::NeedsRecovery);
    CHECK(checkRefusalOf(other) == DatabaseError::Kind::NeedsRecovery);
    CHECK(fileHash(other) == otherBefore);
    CHECK(fileHash(other + QStringLiteral("-journal")) == journalBefore);
}

TEST_CASE("check reads every page, including the roll calls that opening leaves to SQLite",
          "[database][refusal]")
{
    TemporaryFolder folder;
    const QString path = folder.path(QStringLiteral("rollcalls.db"));
    {
        const FixedClock clock;
        Workspace workspace(path, Database::OpenMode::CreateIfMissing, clock);
        const auto org = SmallOrganization::create(workspace);
        QList<qint64> present;
        for (int i = 0; i < 300; ++i)
            present.append(
                workspace.cadres().add(sampleCadre(org.firstBranch, QStringLiteral("R%1").arg(i))));
        workspace.studySessions().add(sampleSession(studyKind(workspace, QStringLiteral("theme_day")),
                                                    org.firstBranch, QDate(2026, 11, 2), present));
    }
    rawSql(path, {QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"),
                  QStringLiteral("PRAGMA journal_mode = DELETE")});
    const qint64 rootPage = rawScalar(path, QStringLiteral("SELECT rootpage FROM sqlite_schema WHERE name = "
                                                           "'attendance_cadre'"))
                                .toLongLong();
    REQUIRE(rootPage > 1);
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadWrite));
    file.seek((rootPage - 1) * 4096);
    file.write(QByteArray(4096, '\x5A'));
    file.close();
    const QByteArray before = fileHash(path);
    CHECK(checkRefusalOf(path) == DatabaseError::Kind::Corrupt);
    // Opening skips only tables too large to check at every start, whichever module owns
    // them: 300 roll-call lines are checked when the file is opened too.
    CHECK(refusalOf(path) == DatabaseError::Kind::Corrupt);
    // A background computation's second reader checks the file's identity, not its pages.
    CHECK_NOTHROW(Database(path, Database::OpenMode::ReadOnly, DatabaseOptions::secondReader()));
    CHECK(fileHash(path) == before);
}

TEST_CASE("A second reader still refuses a file that is not RongPei's or is older", "[database][refusal]")
{
    TemporaryFolder folder;
    const QString other = folder.path(QStringLiteral("other.db"));
    rawSql(other, {QStringLiteral("CREATE TABLE t (x)")});
    const QByteArray before = fileHash(other);
    CHECK_THROWS_AS(Database(other, Database::OpenMode::ReadOnly, DatabaseOptions::secondReader()),
                    DatabaseError);
    CHECK(fileHash(other) == before);
    const QString old = schemaOneDatabase(folder, QStringLiteral("old.db"));
    CHECK_THROWS_AS(Database(old, Database::OpenMode::ReadOnly, DatabaseOptions::secondReader()),
                    OlderSchemaError);
}

TEST_CASE("A database of schema 1 is upgraded with the study rules and keeps its roster", "[database]")
{
    TemporaryFolder folder;
    const QString path = schemaOneDatabase(folder, QStringLiteral("foundation.db"));

    const FixedClock clock;
    Workspace workspace(path, Database::OpenMode::MustExist, clock);
    CHECK(workspace.database().schemaVersion() == Database::latestSchemaVersion());
    CHECK(workspace.cadres().count() == 1);
    CHECK(workspace.studyRules().kinds().size() == 15);
    CHECK(workspace.studyRules().requirements().size() == 4);
    // The cadre can be put on a roll call at once.
    workspace.studySessions().add(
        sampleSession(studyKind(workspace, QStringLiteral("theme_day")), 3, QDate(2026, 11, 2), {1}));
    CHECK(workspace.studySessions().find(1)->attendance.size() == 1);
}

TEST_CASE("Schema 7 words the built-in rules as GLOSSARY.md does, and leaves what an administrator edited",
          "[database]")
{
    TemporaryFolder folder;
    const QString path = folder.path(QStringLiteral("six.db"));
    QStringList statements = statementsOfSchema(6);
    statements << QStringLiteral("UPDATE hour_requirement SET source = '本企业自定：每年不少于40学时' "
                                 "WHERE category = 'township_and_below'");
    rawSql(path, statements);

    const FixedClock clock;
    Workspace workspace(path, Database::OpenMode::MustExist, clock);
    QHash<CadreCategory, QString> sources;
    for (const HourRequirement &requirement : workspace.studyRules().requirements())
        sources.insert(requirement.category, requirement.source);
    CHECK(sources.value(CadreCategory::TownshipAndBelow) == QStringLiteral("本企业自定：每年不少于40学时"));
    CHECK(sources.value(CadreCategory::CountyAndAbove)
              .startsWith(QStringLiteral("《干部教育培训工作条例》（2023年修订）第十四条（企业参照执行）")));
    CHECK(sources.value(CadreCategory::PartyMember)
              .startsWith(QStringLiteral("《中国共产党党员教育管理工作条例》（2019年）")));
    bool committee = false;
    for (const StudyKind &kind : workspace.studyRules().kinds())
        if (kind.code == QStringLiteral("committee_meeting"))
            committee = kind.name == QStringLiteral("支委会");
    CHECK(committee);
}

TEST_CASE("Schema 8 starts each branch's records at its creation or its first session, whichever is earlier",
          "[database]")
{
    TemporaryFolder folder;
    const QString path = folder.path(QStringLiteral("seven.db"));
    QStringList statements = statementsOfSchema(7);
    const QString created = QStringLiteral("'2026-11-20T08:00:00Z'");
    statements << QStringLiteral(
                      "INSERT INTO organization (id, uuid, parent_id, kind, name, created_at, updated_at) "
                      "VALUES (1, 'e', NULL, 'enterprise', '华远集团', %1, %1), "
                      "(2, 'c', 1, 'committee', '集团党委', %1, %1), "
                      "(3, 'b1', 2, 'branch', '第一党支部', %1, %1), "
                      "(4, 'b2', 2, 'branch', '第二党支部', %1, %1)")
                      .arg(created)
               << QStringLiteral("UPDATE organization SET branch_id = id WHERE kind = 'branch'")
               << QStringLiteral(
                      "INSERT INTO study_session (uuid, branch_id, kind_id, state, topic, session_date, "
                      "start_time, end_time, hours, created_at, updated_at) SELECT 's', 3, id, 'held', "
                      "'补录', '2026-02-10', '14:00', '16:00', 2, %1, %1 FROM session_kind LIMIT 1")
                      .arg(created);
    rawSql(path, statements);

    const FixedClock clock;
    Workspace workspace(path, Database::OpenMode::MustExist, clock);
    CHECK(workspace.organizations().find(3)->recordsStart == QDate(2026, 2, 10));
    CHECK(workspace.organizations().find(4)->recordsStart == QDate(2026, 11, 20));
    CHECK_FALSE(workspace.organizations().find(2)->recordsStart.isValid());
}

TEST_CASE("Schema 10 lets a roll-call line be not marked, and unticks only planned sessions' default ticks",
          "[database]")
{
    TemporaryFolder folder;
    const QString path = folder.path(QStringLiteral("nine.db"));
    QStringList statements = statementsOfSchema(9);
    const QString at = QStringLiteral("'2026-11-20T08:00:00Z'");
    statements
        << oneBranch(at)
        << QStringLiteral(
               "INSERT INTO cadre (id, uuid, branch_id, name, employee_number, gender, birth_date, level, "
               "track, party_status, employment_status, created_at, updated_at) VALUES "
               "(1, 'p1', 3, '王芳', 'E1', 'female', '1980-01-01', 'middle', 'party', 'member', "
               "'active', %1, %1), "
               "(2, 'p2', 3, '李强', 'E2', 'male', '1981-01-01', 'middle', 'party', 'member', "
               "'active', %1, %1)")
               .arg(at);
    for (const auto &[id, state] : {std::pair{1, "held"}, std::pair{2, "planned"}})
        statements << QStringLiteral(
                          "INSERT INTO study_session (id, uuid, branch_id, kind_id, state, topic, "
                          "session_date, start_time, end_time, hours, created_at, updated_at) "
                          "SELECT %1, 's%1', 3, id, '%2', '学习', '2026-11-10', '14:00', '16:00', 2, "
                          "%3, %3 FROM session_kind LIMIT 1")
                          .arg(id)
                          .arg(QString::fromLatin1(state), at)
                   << QStringLiteral(
                          "INSERT INTO attendance (uuid, session_id, cadre_id, branch_id, position, "
                          "status, excuse, created_at, updated_at) VALUES "
                          "('a%1', %1, 1, 3, 0, 'present', '', %2, %2), "
                          "('b%1', %1, 2, 3, 1, 'excused', '出差', %2, %2)")
                          .arg(id)
                          .arg(at);
    rawSql(path, statements);

    const FixedClock clock;
    {
        Workspace workspace(path, Database::OpenMode::MustExist, clock);
        const auto held = workspace.studySessions().find(1);
        const auto planned = workspace.studySessions().find(2);
        REQUIRE(held);
        REQUIRE(planned);
        CHECK(held->attendance.at(0).status == AttendanceStatus::Present);
        CHECK(planned->attendance.at(0).status == AttendanceStatus::Unmarked);
        CHECK(planned->attendance.at(1).status == AttendanceStatus::Excused);
        CHECK(planned->attendance.at(1).excuse == QStringLiteral("出差"));
    }
    // The widened definition is the one this version builds, and it still refuses other marks.
    CHECK(Database::check(path) == Database::latestSchemaVersion());
    bool refused = false;
    withRawConnection(path, [&refused](QSqlQuery &query) {
        refused = !query.exec(QStringLiteral("UPDATE attendance SET status = 'maybe' WHERE id = 1"));
    });
    CHECK(refused);
}

TEST_CASE("Schema 11 counts the regulations' kinds toward the built-in requirements and every kind toward "
          "an administrator's own",
          "[database]")
{
    TemporaryFolder folder;
    const QString path = folder.path(QStringLiteral("ten.db"));
    QStringList statements = statementsOfSchema(10);
    const QString at = QStringLiteral("'2026-11-20T08:00:00Z'");
    statements << QStringLiteral(
                      "INSERT INTO session_kind (uuid, name, conversion_id, sort_order, created_at, "
                      "updated_at) SELECT 'own-kind', '脱产培训', id, 20, %1, %1 FROM hour_conversion "
                      "LIMIT 1")
                      .arg(at)
               << QStringLiteral(
                      "INSERT INTO hour_requirement (uuid, category, period_years, minimum_hours, "
                      "source, created_at, updated_at) VALUES ('own-rule', 'township_and_below', 3, "
                      "240, '本企业规定', %1, %1)")
                      .arg(at);
    rawSql(path, statements);

    const FixedClock clock;
    Workspace workspace(path, Database::OpenMode::MustExist, clock);
    const QList<StudyKind> kinds = workspace.studyRules().kinds();
    CHECK(kinds.size() == 15); // the administrator's 脱产培训 is kept, not doubled (and 中心组学习 added)
    QHash<QString, HourRequirement> byUuid;
    for (const HourRequirement &requirement : workspace.studyRules().requirements())
        byUuid.insert(requirement.uuid, requirement);
    REQUIRE(byUuid.contains(QStringLiteral("own-rule")));
    // Every kind there was then; schema 14's 中心组学习 joins the built-in requirements only.
    CHECK(byUuid.value(QStringLiteral("own-rule")).countedKinds.size() == kinds.size() - 1);
    const HourRequirement members = byUuid.value(QStringLiteral("96e7c9e4-489c-543c-b84c-40f2d8558f6f"));
    CHECK(members.countedKinds.contains(QStringLiteral("own-kind")));
    for (const StudyKind &kind : kinds) {
        INFO(kind.name.toStdString());
        if (kind.code == QStringLiteral("member_assembly") || kind.code == QStringLiteral("theme_day") ||
            kind.code == QStringLiteral("self_study"))
            CHECK_FALSE(members.counts(kind));
        if (kind.code == QStringLiteral("concentrated_study") || kind.code == QStringLiteral("party_lecture"))
            CHECK(members.counts(kind));
    }
}

TEST_CASE("Schema 12 moves 入党积极分子 from 政治面貌 to the recruitment stage", "[database]")
{
    TemporaryFolder folder;
    const QString path = folder.path(QStringLiteral("eleven.db"));
    QStringList statements = statementsOfSchema(11);
    const QString at = QStringLiteral("'2026-11-20T08:00:00Z'");
    statements
        << oneBranch(at)
        << QStringLiteral(
               "INSERT INTO cadre (id, uuid, branch_id, name, employee_number, gender, birth_date, level, "
               "track, party_status, employment_status, created_at, updated_at) VALUES "
               "(1, 'p1', 3, '王芳', 'E1', 'female', '1996-01-01', 'grassroots', 'operations', "
               "'activist', 'active', %1, %1), "
               "(2, 'p2', 3, '李强', 'E2', 'male', '1981-01-01', 'middle', 'party', 'masses', "
               "'active', %1, %1)")
               .arg(at);
    rawSql(path, statements);

    const FixedClock clock;
    {
        Workspace workspace(path, Database::OpenMode::MustExist, clock);
        const std::optional<Cadre> activist = workspace.cadres().find(1);
        REQUIRE(activist);
        CHECK(activist->partyStatus == PartyStatus::Masses);
        CHECK(activist->recruitmentStage == RecruitmentStage::Activist);
        const std::optional<Cadre> masses = workspace.cadres().find(2);
        REQUIRE(masses);
        CHECK(masses->partyStatus == PartyStatus::Masses);
        CHECK(masses->recruitmentStage == RecruitmentStage::None);
    }
    CHECK(Database::check(path) == Database::latestSchemaVersion());
    bool refused = false;
    withRawConnection(path, [&refused](QSqlQuery &query) {
        refused = !query.exec(QStringLiteral("UPDATE cadre SET party_status = 'activist' WHERE id = 2"));
    });
    CHECK(refused); // no longer a 政治面貌
}

TEST_CASE("Schema 13 names the plan of the 56 学时 and its successor, unless an administrator edited it",
          "[database]")
{
    TemporaryWorkspace fresh;
    const auto sourceOf = [](Workspace &workspace) {
        for (const HourRequirement &requirement : workspace.studyRules().requirements())
            if (requirement.category == CadreCategory::BranchCommittee)
                return requirement.source;
        return QString();
    };
    CHECK(sourceOf(fresh.workspace()).contains(QStringLiteral("2019—2023年")));
    CHECK(sourceOf(fresh.workspace()).contains(QStringLiteral("（2024—2028年）")));

    TemporaryFolder folder;
    const QString path = folder.path(QStringLiteral("twelve.db"));
    QStringList statements = statementsOfSchema(12);
    statements << QStringLiteral("UPDATE hour_requirement SET source = '本企业规定：每年不少于60学时' "
                                 "WHERE category = 'branch_committee'");
    rawSql(path, statements);
    const FixedClock clock;
    Workspace edited(path, Database::OpenMode::MustExist, clock);
    CHECK(sourceOf(edited) == QStringLiteral("本企业规定：每年不少于60学时"));
}

TEST_CASE("Schema 15 gives a role named by a post to its first holder in the branch, and keeps the post",
          "[database]")
{
    TemporaryFolder folder;
    const QString path = folder.path(QStringLiteral("fourteen.db"));
    QStringList statements = statementsOfSchema(14);
    const QString at = QStringLiteral("'2026-11-20T08:00:00Z'");
    statements << oneBranch(at);
    int number = 0;
    for (const auto &[post, status] :
         {std::pair{"组织委员", "member"}, std::pair{"组织委员", "member"}, std::pair{"党支部书记", "member"},
          std::pair{"宣传委员", "probationary"}, std::pair{"车间主任", "member"}}) {
        ++number;
        statements << QStringLiteral(
                          "INSERT INTO cadre (id, uuid, branch_id, name, employee_number, gender, "
                          "birth_date, level, track, post, party_status, employment_status, created_at, "
                          "updated_at) VALUES (%1, 'p%1', 3, '干部%1', 'E%1', 'male', '1980-01-01', "
                          "'middle', 'party', '%2', '%3', 'active', %4, %4)")
                          .arg(number)
                          .arg(QString::fromUtf8(post), QString::fromLatin1(status), at);
    }
    rawSql(path, statements);

    const FixedClock clock;
    Workspace workspace(path, Database::OpenMode::MustExist, clock);
    const auto roleOf = [&workspace](qint64 id) { return workspace.cadres().find(id)->partyRole; };
    CHECK(roleOf(1) == PartyRole::Organization);
    CHECK(roleOf(2) == PartyRole::None); // one holder: the first by employee number
    CHECK(roleOf(3) == PartyRole::Secretary);
    CHECK(roleOf(4) == PartyRole::None); // a probationary member sits on no committee
    CHECK(roleOf(5) == PartyRole::None);
    CHECK(workspace.cadres().find(1)->post == QStringLiteral("组织委员"));
}
