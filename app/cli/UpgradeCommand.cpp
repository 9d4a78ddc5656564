#include "UpgradeCommand.h"

#include "CommandArguments.h"
#include "common/Clock.h"
#include "common/UserMessage.h"
#include "storage/Database.h"

#include <QDir>
#include <QFileInfo>

namespace rongpei {

UpgradeCommand::UpgradeCommand()
    : m_database(CommandArguments::databaseOption())
{}

QString UpgradeCommand::name() const
{
    return QStringLiteral("upgrade");
}

QString UpgradeCommand::summary() const
{
    return tr("Bring a database written by an older version of RongPei up to date, after saving a copy "
              "beside it.");
}

QList<CommandOption> UpgradeCommand::options() const
{
    return {CommandOption{m_database}};
}

QString UpgradeCommand::backupPath(const QString &database, QDate day)
{
    const QFileInfo file(database);
    const QString suffix = file.suffix().isEmpty() ? QString() : u'.' + file.suffix();
    const QString stem =
        QStringLiteral("%1-before-upgrade-%2").arg(file.completeBaseName(), day.toString(Qt::ISODate));
    QString candidate = file.absoluteDir().filePath(stem + suffix);
    for (int number = 2; QFileInfo::exists(candidate); ++number)
        candidate = file.absoluteDir().filePath(QStringLiteral("%1-%2%3").arg(stem).arg(number).arg(suffix));
    return candidate;
}

int UpgradeCommand::run(const CommandArguments &arguments, CommandContext &context) const
{
    const QString database = arguments.databasePath();
    const QString native = CommandArguments::displayPath(database);
    const int latest = Database::latestSchemaVersion();
    try {
        // Read the whole file first, changing nothing: a damaged, foreign or newer file is
        // refused before any copy is made or anything is written.
        const int before = Database::check(database);
        if (before == latest) {
            context.out << tr("%1 is already up to date (file format version %2); nothing was changed.")
                               .arg(native)
                               .arg(latest)
                        << '\n';
            return ExitCode::Success;
        }
        const QString copy = backupPath(database, context.clock.today());
        Database::backup(database, copy);
        context.out << tr("Saved a copy of %1 as %2.").arg(native, CommandArguments::displayPath(copy))
                    << '\n';
        int after = 0;
        {
            const Database upgraded(database, Database::OpenMode::MustExist); // opening read-write upgrades
            after = upgraded.schemaVersion();
        }
        context.out
            << tr("Upgraded %1 from file format version %2 to version %3.").arg(native).arg(before).arg(after)
            << '\n';
        return ExitCode::Success;
    } catch (const std::exception &error) {
        return context.fail(error);
    }
}

} // namespace rongpei
