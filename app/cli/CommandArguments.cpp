#include "CommandArguments.h"

#include "UsageError.h"
#include "Workspace.h"

#include <QDir>
#include <QFileInfo>

namespace rongpei {

namespace {
const QString databaseName = QStringLiteral("database");
}

CommandArguments::CommandArguments(const QCommandLineParser &parser)
    : m_parser(parser)
{}

bool CommandArguments::isSet(const QCommandLineOption &option) const
{
    return m_parser.isSet(option);
}

QString CommandArguments::value(const QCommandLineOption &option) const
{
    return m_parser.value(option);
}

qint64 CommandArguments::wholeNumber(const QCommandLineOption &option, qint64 min, qint64 max,
                                     const QString &problem) const
{
    bool ok = false;
    const qint64 number = value(option).toLongLong(&ok);
    if (!ok || number < min || number > max)
        throw UsageError(problem);
    return number;
}

QCommandLineOption CommandArguments::databaseOption()
{
    return QCommandLineOption(databaseName,
                              tr("The database file (default: %1).")
                                  .arg(QDir::toNativeSeparators(Workspace::defaultDatabasePath())),
                              tr("file"));
}

QCommandLineOption CommandArguments::formatOption(const QString &description)
{
    return QCommandLineOption(QStringLiteral("format"), description, tr("format"), QStringLiteral("table"));
}

bool CommandArguments::wantsCsv(const QCommandLineOption &format) const
{
    const QString value = this->value(format);
    if (value != QStringLiteral("csv") && value != QStringLiteral("table"))
        throw UsageError(tr("--format must be csv or table."));
    return value == QStringLiteral("csv");
}

QString CommandArguments::databasePath() const
{
    return m_parser.isSet(databaseName) ? m_parser.value(databaseName) : Workspace::defaultDatabasePath();
}

QString CommandArguments::displayPath(const QString &path)
{
    return QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath());
}

} // namespace rongpei
