// The audit chain: every journal row sealed to the one before, so tampering shows where it began.
#include "storage/AuditChain.h"

#include "StorageTestSupport.h"
#include "Workspace.h"
#include "roster/CadreRepository.h"
#include "storage/ChangeJournal.h"
#include "storage/Database.h"

#include <QSqlQuery>

using namespace rongpei;
using namespace rongpei::test;

namespace {

/// A file with a short history: three cadres added, one changed, one removed.
struct EditedFile
{
    TemporaryWorkspace temp;
    qint64 firstCadreSeq = 0;

    EditedFile()
    {
        const auto org = SmallOrganization::create(temp.workspace());
        CadreRepository &cadres = temp.workspace().cadres();
        firstCadreSeq = ChangeJournal::lastSequence(db()) + 1;
        const qint64 a =
            cadres.add(sampleCadre(org.firstBranch, QStringLiteral("A001"), QStringLiteral("张敏")));
        cadres.add(sampleCadre(org.firstBranch, QStringLiteral("A002"), QStringLiteral("李强")));
        const qint64 c =
            cadres.add(sampleCadre(org.firstBranch, QStringLiteral("A003"), QStringLiteral("王芳")));
        Cadre changed = *cadres.find(a);
        changed.post = QStringLiteral("车间主任");
        cadres.update(changed);
        cadres.remove(c);
    }

    Database &db() { return temp.workspace().database(); }
    void sql(const QString &statement) { db().exec(statement); }
};

} // namespace

TEST_CASE("A file's whole history verifies, and the head is its last row", "[audit]")
{
    EditedFile file;
    const ChainVerdict verdict = AuditChain::verify(file.db());
    CHECK(verdict.isIntact());
    CHECK(verdict.rows == ChangeJournal::lastSequence(file.db()));
    CHECK(verdict.head.seq == ChangeJournal::lastSequence(file.db()));
    CHECK(verdict.head.seal.size() == 32);
    CHECK(verdict.head == AuditChain::head(file.db()));
    CHECK(ChainHead::fromText(verdict.head.toText()) == verdict.head);
    CHECK(AuditChain::verify(file.db(), verdict.head).isIntact());
    CHECK(scalar(file.db(), QStringLiteral("SELECT count(*) FROM journal WHERE seal IS NULL")).toInt() == 0);
}

TEST_CASE("Altering a field, a row or its transaction names the altered row", "[audit]")
{
    EditedFile file;
    const qint64 target = file.firstCadreSeq + 1; // 李强's insert
    SECTION("a field's value")
    {
        file.sql(QStringLiteral("UPDATE journal_field SET after = '李刚' WHERE seq = %1 AND field = 'name'")
                     .arg(target));
    }
    SECTION("the row's operation")
    {
        file.sql(QStringLiteral("UPDATE journal SET operation = 'update' WHERE seq = %1").arg(target));
    }
    SECTION("who wrote it")
    {
        file.sql(QStringLiteral("UPDATE journal_transaction SET user = 'someone' WHERE id = "
                                "(SELECT txn FROM journal WHERE seq = %1)")
                     .arg(target));
    }
    SECTION("a field removed")
    {
        file.sql(QStringLiteral("DELETE FROM journal_field WHERE seq = %1 AND field = 'phone'").arg(target));
    }
    const ChainVerdict verdict = AuditChain::verify(file.db());
    CHECK(verdict.problem == ChainVerdict::Problem::Altered);
    CHECK(verdict.badSeq == target);
    CHECK(verdict.message().contains(QString::number(target)));
}

TEST_CASE("Removing a row, inserting one, or a write by another program is each detected", "[audit]")
{
    EditedFile file;
    const qint64 last = ChangeJournal::lastSequence(file.db());
    SECTION("a row deleted from the middle")
    {
        file.sql(QStringLiteral("DELETE FROM journal WHERE seq = %1").arg(last - 1));
        const ChainVerdict verdict = AuditChain::verify(file.db());
        CHECK(verdict.problem == ChainVerdict::Problem::Removed);
        CHECK(verdict.badSeq == last - 1);
    }
    SECTION("the last row deleted: only the head kept outside the file shows it")
    {
        const ChainHead seen = AuditChain::head(file.db());
        file.sql(QStringLiteral("DELETE FROM journal WHERE seq = %1").arg(last));
        CHECK(AuditChain::verify(file.db()).isIntact());
        const ChainVerdict verdict = AuditChain::verify(file.db(), seen);
        CHECK(verdict.problem == ChainVerdict::Problem::Behind);
        CHECK_FALSE(verdict.isBroken());
        CHECK(verdict.badSeq == last);
    }
    SECTION("a row inserted, even with a seal copied from another row")
    {
        file.sql(QStringLiteral("INSERT INTO journal (seq, txn, at, table_name, record_id, record_uuid, "
                                "operation, seal) SELECT %1, txn, at, table_name, record_id, record_uuid, "
                                "'delete', seal FROM journal WHERE seq = %2")
                     .arg(last + 1)
                     .arg(last));
        const ChainVerdict verdict = AuditChain::verify(file.db());
        CHECK(verdict.problem == ChainVerdict::Problem::Altered);
        CHECK(verdict.badSeq == last + 1);
    }
    SECTION("a cadre changed by another program: its triggers write a row that is not sealed")
    {
        file.sql(QStringLiteral("UPDATE cadre SET phone = '13900000000' WHERE employee_number = 'A002'"));
        const ChainVerdict verdict = AuditChain::verify(file.db());
        CHECK(verdict.problem == ChainVerdict::Problem::Unsealed);
        CHECK(verdict.badSeq == last + 1);
    }
}

TEST_CASE("A history rewritten and sealed anew verifies alone but not against the head seen before",
          "[audit]")
{
    EditedFile file;
    const ChainHead seen = AuditChain::head(file.db());
    const qint64 target = file.firstCadreSeq;
    file.sql(QStringLiteral("UPDATE journal_field SET after = '张三' WHERE seq = %1 AND field = 'name'")
                 .arg(target));
    {
        Transaction transaction(file.db());
        AuditChain::seal(file.db(), target - 1); // what anyone holding the file and the code can do
        transaction.commit();
    }
    CHECK(AuditChain::verify(file.db()).isIntact());
    const ChainVerdict verdict = AuditChain::verify(file.db(), seen);
    CHECK(verdict.problem == ChainVerdict::Problem::Rewritten);
    CHECK(verdict.badSeq == seen.seq);
}

TEST_CASE("Verifying is cancelled on request", "[audit]")
{
    EditedFile file;
    TaskControl control;
    control.canceled = [] { return true; };
    CHECK_THROWS_AS(AuditChain::verify(file.db(), {}, control), TaskCanceled);
}
