#include "DemoCommand.h"

#include "CommandArguments.h"
#include "Workspace.h"
#include "attachments/DemoAttachmentFiles.h"
#include "common/UserMessage.h"
#include "demo/DemoGenerator.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>

#include <limits>

namespace rongpei {

DemoCommand::DemoCommand()
    : m_database(CommandArguments::databaseOption())
    , m_cadres(QStringLiteral("cadres"), tr("Number of cadres (default 300)."), tr("count"),
               QStringLiteral("300"))
    , m_seed(QStringLiteral("seed"), tr("Random seed: the same seed gives the same data (default 2026)."),
             tr("number"), QStringLiteral("2026"))
{}

QString DemoCommand::name() const
{
    return QStringLiteral("demo");
}

QString DemoCommand::summary() const
{
    return tr("Create a new database filled with realistic demo data; never writes into an existing file.");
}

QList<CommandOption> DemoCommand::options() const
{
    return {CommandOption{m_database}, CommandOption{m_cadres}, CommandOption{m_seed}};
}

int DemoCommand::run(const CommandArguments &arguments, CommandContext &context) const
{
    const qint64 cadres = arguments.wholeNumber(
        m_cadres, 1, DemoGenerator::maxCadres,
        tr("--cadres must be a whole number from 1 to %1.").arg(DemoGenerator::maxCadres));
    const quint32 maxSeed = std::numeric_limits<quint32>::max();
    const qint64 seed = arguments.wholeNumber(m_seed, 0, maxSeed,
                                              tr("--seed must be a whole number from 0 to %1.").arg(maxSeed));

    const QString database = arguments.databasePath();
    const QString native = CommandArguments::displayPath(database);
    // Claim the file: only one that this command created is ever filled, or removed on failure.
    QDir().mkpath(QFileInfo(database).absolutePath());
    QFile claim(database);
    if (!claim.open(QIODevice::WriteOnly | QIODevice::NewOnly)) {
        context.err << (QFileInfo::exists(database)
                            ? tr("%1 already exists. demo only creates new databases; choose another file.")
                                  .arg(native)
                            : tr("%1 cannot be created (%2).").arg(native, claim.errorString()))
                    << '\n';
        return ExitCode::Failure;
    }
    claim.close();

    QElapsedTimer timer;
    timer.start();
    try {
        DemoSummary summary;
        {
            Workspace workspace(database, Database::OpenMode::CreateIfMissing, context.clock);
            const DemoAttachmentFiles files;
            summary = DemoGenerator(workspace).generate(
                {static_cast<int>(cadres), static_cast<quint32>(seed), &files});
        }
        context.out << tr("Created %1: %2 party committees, %3 branches, %4 departments, %5 cadres, %6 study "
                          "sessions, %7 attendance records, %8 attached files in %9 ms.")
                           .arg(native)
                           .arg(summary.committees)
                           .arg(summary.branches)
                           .arg(summary.departments)
                           .arg(summary.cadres)
                           .arg(summary.sessions)
                           .arg(summary.attendance)
                           .arg(summary.attachments)
                           .arg(timer.elapsed())
                    << '\n';
        context.out << tr("Training: %1 courses, %2 classes with %3 participants, %4 feedback forms, %5 "
                          "follow-up ratings, %6 development plans, %7 yearly training plans.")
                           .arg(summary.courses)
                           .arg(summary.classes)
                           .arg(summary.participants)
                           .arg(summary.feedbackForms)
                           .arg(summary.followUps)
                           .arg(summary.plans)
                           .arg(summary.unitPlans)
                    << '\n';
        context.out << tr("Rotation: %1 posts in the post histories, %2 rotations.")
                           .arg(summary.posts)
                           .arg(summary.rotations)
                    << '\n';
        context.out
            << tr("Users: admin (administrator), manager (manager) and clerk (clerk of %1), each with "
                  "the password %2. Recovery key of the administrator: %3")
                   .arg(summary.clerkBranch, DemoGenerator::password, summary.recoveryKey)
            << '\n';
        return ExitCode::Success;
    } catch (const std::exception &error) {
        // The file is ours alone: demo created it a moment ago, so a failed one is removed.
        for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
            QFile::remove(database + suffix);
        return context.fail(error);
    }
}

} // namespace rongpei
