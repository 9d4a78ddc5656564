// Rotation benchmark at enterprise scale (20,000 cadres): the rotations of a year as the page reads
// them, against the same question by hand in the sqlite3 shell; the timeline of the branch with the
// most rotations, rows and drawn scene; the exchange-due list of the whole enterprise against its
// reads by hand. Prints one "name: value unit" per line.
#include "BenchSupport.h"
#include "Workspace.h"
#include "common/Clock.h"
#include "organization/OrganizationRepository.h"
#include "roster/CadreRepository.h"
#include "rotation/ExchangeRules.h"
#include "rotation/RotationRepository.h"
#include "rotation/RotationTimeline.h"
#include "rotation/TimelineRows.h"

#include <QApplication>
#include <QTemporaryDir>
#include <QTextStream>

using rongpei::bench::medianMs;

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication application(argc, argv);
    QTextStream out(stdout);
    QTemporaryDir folder;
    const QString path = rongpei::bench::benchDatabase(application, folder, out);
    if (path.isEmpty())
        return 1;
    rongpei::SystemClock clock;
    rongpei::Workspace workspace(path, rongpei::Database::OpenMode::MustExist, clock);
    rongpei::bench::signInAdministrator(workspace);
    rongpei::Database &database = workspace.database();
    const QDate today = clock.today();
    const QDate from(today.year(), 1, 1);
    const QDate to(today.year(), 12, 31);
    out << "rotations: " << workspace.rotations().count() << " rotations\n";

    QList<rongpei::Rotation> year;
    const double yearMs =
        medianMs(5, [&] { year = rongpei::RotationRepository::during(database, from, to); });
    out << "rotations_of_year: " << year.size() << " rotations\n";
    out << "rotations_year_read: " << yearMs << " ms\n";
    const QString window =
        QStringLiteral("coalesce(actual_start, planned_start) <= '%1' AND coalesce(actual_end, "
                       "extended_to, planned_end) >= '%2'")
            .arg(to.toString(Qt::ISODate), from.toString(Qt::ISODate));
    rongpei::bench::printFloor(
        out, QStringLiteral("rotations_year_read"), yearMs,
        rongpei::bench::sqliteShellMs(
            path,
            {QStringLiteral("SELECT * FROM rotation WHERE %1").arg(window),
             QStringLiteral("SELECT * FROM rotation_evaluation WHERE rotation_id IN (SELECT id FROM rotation "
                            "WHERE %1)")
                 .arg(window)}));

    // The timeline of the branch with the most rotations in the year, as the page shows it.
    QHash<qint64, rongpei::Cadre> cadres;
    for (const rongpei::Cadre &cadre : rongpei::CadreRepository::all(database))
        cadres.insert(cadre.id, cadre);
    QHash<qint64, QString> branchNames;
    for (const rongpei::Organization &unit : workspace.organizations().all())
        branchNames.insert(unit.id, unit.name);
    QHash<qint64, QList<rongpei::Rotation>> byBranch;
    for (const rongpei::Rotation &rotation : std::as_const(year))
        byBranch[cadres.value(rotation.cadreId).branchId].append(rotation);
    qint64 largest = 0;
    for (auto it = byBranch.cbegin(); it != byBranch.cend(); ++it)
        if (largest == 0 || it.value().size() > byBranch.value(largest).size())
            largest = it.key();
    out << "timeline_largest_branch: " << byBranch.value(largest).size() << " rotations\n";
    rongpei::RotationTimeline timeline;
    timeline.resize(1200, 700);
    const double branchMs = medianMs(5, [&] {
        timeline.setRows(rongpei::timelineRows(byBranch.value(largest), cadres, branchNames), from, to,
                         today);
    });
    out << "timeline_largest_branch: " << branchMs << " ms\n";
    const double enterpriseMs = medianMs(
        5, [&] { timeline.setRows(rongpei::timelineRows(year, cadres, branchNames), from, to, today); });
    out << "timeline_enterprise: " << timeline.rowCount() << " rows\n";
    out << "timeline_enterprise: " << enterpriseMs << " ms\n";

    rongpei::ExchangeDue due;
    const double dueMs = medianMs(5, [&] { due = rongpei::ExchangeDue::compute(database, today); });
    out << "exchange_due_enterprise: " << due.lines.size() << " cadres\n";
    out << "exchange_due_enterprise: " << dueMs << " ms\n";
    rongpei::bench::printFloor(
        out, QStringLiteral("exchange_due_enterprise"), dueMs,
        rongpei::bench::sqliteShellMs(path, {QStringLiteral("SELECT * FROM cadre"),
                                             QStringLiteral("SELECT * FROM post_history"),
                                             QStringLiteral("SELECT * FROM exchange_rule")}));
    return 0;
}
