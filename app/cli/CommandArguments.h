#pragma once

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QString>

namespace rongpei {

/// The options a command was given, already checked by the command line: the command reads
/// its values and judges what they mean.
class CommandArguments final
{
    Q_DECLARE_TR_FUNCTIONS(rongpei::CommandArguments)

public:
    explicit CommandArguments(const QCommandLineParser &parser);

    bool isSet(const QCommandLineOption &option) const;
    /// The value given, or the option's default.
    QString value(const QCommandLineOption &option) const;
    /// The value as a whole number from `min` to `max`; throws UsageError with `problem` otherwise.
    qint64 wholeNumber(const QCommandLineOption &option, qint64 min, qint64 max,
                       const QString &problem) const;

    /// `--database FILE`, offered by every command that works on a database.
    static QCommandLineOption databaseOption();
    /// `--format csv|table` (default table), described by `description`.
    static QCommandLineOption formatOption(const QString &description);
    /// Whether `format` asks for CSV rather than a table; throws UsageError for anything else.
    bool wantsCsv(const QCommandLineOption &format) const;
    /// The file --database names, or the default database.
    QString databasePath() const;

    /// A path as messages show it: absolute, with the system's separators.
    static QString displayPath(const QString &path);

private:
    const QCommandLineParser &m_parser;
};

} // namespace rongpei
