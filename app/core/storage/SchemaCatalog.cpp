#include "storage/SchemaCatalog.h"

#include "storage/ChangeJournalTriggers.h"
#include "storage/DatabaseError.h"
#include "storage/SqlScript.h"

#include <QDir>
#include <QFile>
#include <QMutex>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QSqlError>

#include <algorithm>

namespace rongpei {

namespace {

/// "type name" → the CREATE statement SQLite keeps for it. SQLite's own objects (automatic
/// indexes, sqlite_sequence, the statistics of ANALYZE) follow from these and are left out.
using SchemaObjects = std::map<QString, QString>;

SchemaObjects readSchema(const inspection::StatementRunner &run)
{
    SchemaObjects objects;
    QSqlQuery query = run(QStringLiteral("SELECT type, name, coalesce(sql, '') FROM sqlite_schema WHERE name "
                                         "NOT LIKE 'sqlite\\_%' ESCAPE '\\'"));
    while (query.next())
        objects.emplace(query.value(0).toString() + u' ' + query.value(1).toString(),
                        query.value(2).toString());
    return objects;
}

/// Builds the schema of `version` in memory by running its migrations.
SchemaObjects buildSchema(int version)
{
    const QString name = inspection::nextConnectionName();
    inspection::openConnection(name, QStringLiteral(":memory:"), QString());
    const auto cleanup = qScopeGuard([&name] { inspection::closeConnection(name); });
    const inspection::StatementRunner run = [&name](const QString &sql) {
        QSqlQuery query(QSqlDatabase::database(name, false));
        if (!query.exec(sql))
            throw DatabaseError::fromSqlError(query.lastError(), QStringLiteral(":memory:"));
        return query;
    };
    for (int step = 1; step <= version; ++step)
        SchemaCatalog::runMigration(step, run);
    return readSchema(run);
}

const SchemaObjects &expectedSchema(int version)
{
    static QMutex mutex;
    static std::map<int, SchemaObjects> built;
    const QMutexLocker lock(&mutex);
    auto found = built.find(version);
    if (found == built.end())
        found = built.emplace(version, buildSchema(version)).first;
    return found->second;
}

} // namespace

const std::map<int, QString> &SchemaCatalog::migrationFiles()
{
    static const std::map<int, QString> files = [] {
        static const QRegularExpression fileName(QStringLiteral(R"(^(\d{4})_[a-z0-9_]+\.sql$)"));
        std::map<int, QString> found;
        const QDir dir(QStringLiteral(":/sql"));
        for (const QString &entry : dir.entryList(QDir::Files, QDir::Name)) {
            const auto match = fileName.match(entry);
            if (match.hasMatch())
                found.emplace(match.captured(1).toInt(), dir.filePath(entry));
        }
        int expected = 1;
        for (const auto &entry : found) {
            Q_ASSERT_X(entry.first == expected, "migrationFiles",
                       "migration numbers must be contiguous from 1");
            Q_UNUSED(entry);
            ++expected;
        }
        return found;
    }();
    return files;
}

QStringList SchemaCatalog::migrationStatements(int version)
{
    const auto found = migrationFiles().find(version);
    QFile file(found == migrationFiles().end() ? QString() : found->second);
    if (!file.open(QIODevice::ReadOnly))
        throw DatabaseError(DatabaseError::Kind::Other, tr("The definition of file format %1 is missing from "
                                                           "this RongPei; reinstall it.")
                                                            .arg(version));
    return splitSqlStatements(QString::fromUtf8(file.readAll()));
}

void SchemaCatalog::runMigration(int version, const inspection::StatementRunner &run)
{
    for (const QString &statement : migrationStatements(version))
        run(statement);
    for (const QString &statement : ChangeJournalTriggers::statements(run))
        run(statement);
}

QStringList SchemaCatalog::differences(const inspection::StatementRunner &run, int version)
{
    const SchemaObjects &expected = expectedSchema(version);
    const SchemaObjects found = readSchema(run);
    QStringList lines;
    for (const auto &[object, sql] : expected) {
        const auto there = found.find(object);
        if (there == found.end())
            lines.append(QStringLiteral("missing %1").arg(object));
        else if (there->second != sql)
            lines.append(QStringLiteral("changed %1: %2").arg(object, there->second.simplified()));
    }
    for (const auto &[object, sql] : found)
        if (!expected.contains(object))
            lines.append(QStringLiteral("unexpected %1: %2").arg(object, sql.simplified()));
    return lines;
}

void SchemaCatalog::verify(const QString &path, const inspection::StatementRunner &run, int version)
{
    const QStringList lines = differences(run, version);
    if (lines.isEmpty())
        return;
    // Without its journal's tables or triggers a file could change records without a trace.
    static const QRegularExpression journalObject(QStringLiteral(R"(^\w+ \w+ journal(\b|_))"));
    const bool journal = std::any_of(
        lines.begin(), lines.end(), [](const QString &line) { return journalObject.match(line).hasMatch(); });
    const QString file = QDir::toNativeSeparators(path);
    const QString message =
        journal
            ? tr("%1 carries RongPei's mark, but its change journal (the record of every change) is missing "
                 "or "
                 "incomplete: another program may have changed it. It was left unchanged and is not read; "
                 "restore it from a backup.")
                  .arg(file)
            : tr("%1 carries RongPei's mark, but its tables are not those of RongPei's file format %2: "
                 "another "
                 "program may have changed it. It was left unchanged and is not read; restore it from a "
                 "backup.")
                  .arg(file)
                  .arg(version);
    throw DatabaseError(DatabaseError::Kind::SchemaMismatch, message, lines.join(u'\n'));
}

} // namespace rongpei
