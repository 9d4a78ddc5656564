// The change journal's cost: a roll call saved with and without it, 10,000 single edits, the file's
// growth, the live-refresh check when nothing changed, and a record's history.
//   build/bin/rongpei_bench_journal [--database FILE] [--cadres N]
// Works on a copy of the file: the edits never reach FILE.
#include "BenchSupport.h"
#include "Workspace.h"
#include "accounts/AccessPolicy.h"
#include "accounts/AccountRepository.h"
#include "accounts/PasswordHash.h"
#include "common/Clock.h"
#include "history/RecordHistory.h"
#include "roster/CadreRepository.h"
#include "storage/AuditChain.h"
#include "storage/ChangeJournal.h"
#include "storage/ChangeWatcher.h"
#include "storage/Database.h"
#include "study/StudyRuleRepository.h"
#include "study/StudySessionRepository.h"

#include <QCoreApplication>
#include <QFile>
#include <QSqlQuery>

namespace {

using rongpei::bench::fileBytes;
using rongpei::bench::median;

rongpei::StudySession rollCall(rongpei::Workspace &workspace, qint64 branch, const QList<qint64> &people)
{
    rongpei::StudySession session;
    session.kindId = workspace.studyRules().kinds().first().id;
    session.topic = QStringLiteral("全体干部大会");
    session.branchId = branch;
    session.date = workspace.clock().today();
    session.startTime = QTime(9, 0);
    session.endTime = QTime(11, 0);
    session.hours = 2;
    for (const qint64 person : people)
        session.attendance.append({QString(), person, rongpei::AttendanceStatus::Present, {}});
    return session;
}

/// Saves the roll call `rounds` times, returning the median milliseconds; `silenced` writes it with
/// the journal's triggers off, as the demo's bulk rows do: the same work without the journal.
double saveRollCall(rongpei::Workspace &workspace, const rongpei::StudySession &session, bool silenced)
{
    std::vector<double> times;
    for (int round = 0; round < 7; ++round) {
        QElapsedTimer timer;
        timer.start();
        rongpei::Transaction transaction(workspace.database());
        std::optional<rongpei::BulkJournal> bulk;
        if (silenced)
            bulk.emplace(workspace.database());
        workspace.studySessions().add(session);
        if (bulk)
            bulk->finish();
        transaction.commit();
        times.push_back(timer.nsecsElapsed() / 1e6);
    }
    return median(times);
}

/// Signing in (Argon2id at PasswordHash's parameters), and a roll call saved by a clerk, whose
/// every journal row the write guard checks against their units.
void measureAccounts(rongpei::Workspace &workspace, const rongpei::StudySession &session, QTextStream &out)
{
    std::vector<double> signIns;
    for (int i = 0; i < 5; ++i) {
        QElapsedTimer timer;
        timer.start();
        rongpei::bench::signInAdministrator(workspace);
        signIns.push_back(timer.nsecsElapsed() / 1e6);
    }
    out << "sign_in_argon2id_" << rongpei::PasswordHash::memoryBytes / (1024 * 1024) << "MiB_t"
        << rongpei::PasswordHash::passes << ": " << median(signIns) << " ms\n";
    rongpei::Account clerk; // of the host branch; the roll-call lines are the host's records
    clerk.name = QStringLiteral("bench-clerk");
    clerk.role = rongpei::AccountRole::Clerk;
    clerk.units = {session.branchId};
    if (!workspace.accounts().findByName(clerk.name))
        workspace.accounts().add(clerk, rongpei::DemoGenerator::password);
    workspace.signIn(clerk.name, rongpei::DemoGenerator::password);
    out << "roll_call_200_add_by_clerk_with_audit: " << saveRollCall(workspace, session, false) << " ms\n";
    rongpei::bench::signInAdministrator(workspace);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication application(argc, argv);
    QTextStream out(stdout);
    const QTemporaryDir folder;
    const QString path =
        rongpei::bench::copyOfBenchDatabase(application, folder, out, QStringLiteral("journal.db"));
    if (path.isEmpty())
        return 1;
    rongpei::SystemClock clock;
    rongpei::Workspace workspace(path, rongpei::Database::OpenMode::MustExist, clock);
    rongpei::bench::signInAdministrator(workspace);
    rongpei::Database &database = workspace.database();
    out << "journal_rows_at_start: " << rongpei::ChangeJournal::lastSequence(database) << " rows\n";

    // A 200-person roll call, saved with the journal and with it silenced.
    QSqlQuery branchQuery =
        database.exec(QStringLiteral("SELECT branch_id FROM cadre WHERE employment_status = 'active' GROUP "
                                     "BY branch_id ORDER BY count(*) DESC "
                                     "LIMIT 1"));
    const qint64 branch = database.scalar(branchQuery).toLongLong();
    QSqlQuery peopleQuery = database.exec(
        QStringLiteral("SELECT id FROM cadre WHERE employment_status = 'active' ORDER BY id LIMIT 200"));
    QList<qint64> people;
    while (peopleQuery.next())
        people.append(peopleQuery.value(0).toLongLong());
    const rongpei::StudySession session = rollCall(workspace, branch, people);
    const double journalled = saveRollCall(workspace, session, false);
    const double silenced = saveRollCall(workspace, session, true);
    out << "roll_call_200_add_journalled: " << journalled << " ms\n";
    out << "roll_call_200_add_without_journal: " << silenced << " ms\n";
    out << "roll_call_200_journal_ratio: " << journalled / silenced << " x\n";

    // 10,000 single-record edits, each its own transaction as a clerk's Save is.
    QList<rongpei::Cadre> cadres = workspace.cadres().all();
    const qint64 bytesBefore = fileBytes(database);
    const qint64 rowsBefore = rongpei::ChangeJournal::lastSequence(database);
    std::vector<double> edits;
    QElapsedTimer all;
    all.start();
    constexpr int editCount = 10000;
    for (int i = 0; i < editCount; ++i) {
        rongpei::Cadre &cadre = cadres[(i * 7) % 50]; // a few cadres edited often: a long history
        cadre.phone = QStringLiteral("139%1").arg(10000000 + i);
        QElapsedTimer one;
        one.start();
        workspace.cadres().update(cadre);
        edits.push_back(one.nsecsElapsed() / 1e6);
    }
    out << "single_edit_10000_total: " << all.elapsed() << " ms\n";
    out << "single_edit_median: " << median(edits) << " ms\n";
    const qint64 bytesAfter = fileBytes(database);
    out << "journal_rows_per_10000_edits: " << rongpei::ChangeJournal::lastSequence(database) - rowsBefore
        << " rows\n";
    out << "file_growth_per_10000_edits: " << (bytesAfter - bytesBefore) / 1024.0 / 1024.0 << " MB\n";
    out << "file_growth_per_edit: " << (bytesAfter - bytesBefore) / double(editCount) << " bytes\n";

    // The audit chain: every row's seal recomputed, against the same rows read by hand; before the
    // hand edits below, whose rows no RongPei sealed.
    QElapsedTimer verifying;
    verifying.start();
    const rongpei::ChainVerdict verdict = rongpei::AuditChain::verify(database);
    const double verifyMs = verifying.nsecsElapsed() / 1e6;
    out << "audit_chain_rows: " << verdict.rows << " rows" << (verdict.isIntact() ? "" : " (broken!)")
        << "\n";
    out << "audit_chain_verify_rows_per_s: " << verdict.rows / (verifyMs / 1000) << " rows/s\n";
    const double readByHand = rongpei::bench::sqliteShellMs(
        path,
        {QStringLiteral(
            "SELECT count(*), sum(length(j.table_name) + length(j.seal) + length(t.user)), "
            "(SELECT sum(length(field) + length(before) + length(after)) FROM journal_field) FROM "
            "journal j LEFT JOIN journal_transaction t ON t.id = j.txn")},
        5, false);
    rongpei::bench::printFloor(out, QStringLiteral("audit_chain_verify"), verifyMs, readByHand);

    // The floor: the same edit by hand in the sqlite3 shell, each in its own transaction, on this
    // file and on a copy whose journal triggers were dropped: the journal's own share of an edit.
    // 50 edits a round: the shell's timer counts whole milliseconds.
    QStringList handEdit;
    for (int i = 0; i < 50; ++i)
        handEdit << QStringLiteral("BEGIN IMMEDIATE")
                 << QStringLiteral("UPDATE cadre SET phone = '1370000' || abs(random() % 1000), updated_at = "
                                   "strftime('%Y-%m-%dT%H:%M:%SZ', 'now') WHERE id = ") +
                        QString::number(cadres.first().id)
                 << QStringLiteral("COMMIT");
    const QString bare = folder.filePath(QStringLiteral("without-journal.db"));
    // Not QFile::copy: closing a descriptor of a file this process has open drops SQLite's locks on it.
    rongpei::Database::backup(path, bare);
    QStringList drops;
    QSqlQuery triggers =
        database.exec(QStringLiteral("SELECT name FROM sqlite_schema WHERE type = 'trigger'"));
    while (triggers.next())
        drops.append(QStringLiteral("DROP TRIGGER \"%1\"").arg(triggers.value(0).toString()));
    rongpei::bench::sqliteShellMs(bare, drops, 1, false);
    triggers.finish();
    const double floorJournalled = rongpei::bench::sqliteShellMs(path, handEdit, 7, false) / 50;
    const double floorBare = rongpei::bench::sqliteShellMs(bare, handEdit, 7, false) / 50;
    rongpei::bench::printFloor(out, QStringLiteral("single_edit"), median(edits), floorJournalled);
    out << "single_edit_by_hand_without_journal: " << floorBare << " ms\n";
    out << "single_edit_journal_share_by_hand: " << floorJournalled / floorBare << " x\n";

    // Live refresh: the check every open window makes each second, when nothing changed.
    rongpei::ChangeWatcher watcher(database);
    std::vector<double> checks;
    for (int i = 0; i < 2000; ++i) {
        QElapsedTimer one;
        one.start();
        watcher.check();
        checks.push_back(one.nsecsElapsed() / 1e6);
    }
    out << "live_refresh_check_idle_median: " << median(checks) << " ms\n";
    out << "live_refresh_check_idle_max: " << *std::max_element(checks.begin(), checks.end()) << " ms\n";
    {
        rongpei::Workspace other(path, rongpei::Database::OpenMode::MustExist, clock);
        rongpei::bench::signInAdministrator(other);
        rongpei::Cadre cadre = *other.cadres().find(cadres.first().id);
        cadre.notes = QStringLiteral("另一窗口");
        other.cadres().update(cadre);
    }
    QElapsedTimer foreign;
    foreign.start();
    const bool noticed = watcher.check();
    out << "live_refresh_check_one_foreign_edit: " << foreign.nsecsElapsed() / 1e6 << " ms"
        << (noticed ? "" : " (not noticed!)") << "\n";

    // The history of the most edited cadre, as its dialog's History… shows it.
    const rongpei::RecordKind *kind = rongpei::Workspace::recordKind(QStringLiteral("cadre"));
    QElapsedTimer history;
    history.start();
    const std::vector<rongpei::HistoryLine> lines = rongpei::RecordHistory::lines(
        database, *kind, cadres.first().uuid, rongpei::AccessPolicy::unrestricted());
    out << "history_of_busiest_cadre: " << history.nsecsElapsed() / 1e6 << " ms\n";
    out << "history_of_busiest_cadre_lines: " << lines.size() << " lines\n";
    measureAccounts(workspace, session, out);

    return 0;
}
