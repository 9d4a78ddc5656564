#pragma once

#include "storage/FileInspection.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <map>

namespace rongpei {

/// The schema every version defines, as its migrations build it: the tables, indexes, views
/// and triggers of a RongPei file of that version, and nothing else. A file with RongPei's
/// mark is trusted only once its schema is exactly this, so no query runs against a look-alike.
class SchemaCatalog final
{
    Q_DECLARE_TR_FUNCTIONS(rongpei::SchemaCatalog)

public:
    /// Migrations are resources named ":/sql/NNNN_description.sql", numbered from 1 without gaps.
    static const std::map<int, QString> &migrationFiles();
    /// The statements of one migration, in order.
    static QStringList migrationStatements(int version);
    /// Runs one migration's statements, then brings the change journal's triggers up to date
    /// with the tables as that step left them.
    static void runMigration(int version, const inspection::StatementRunner &run);

    /// Throws DatabaseError (Kind::SchemaMismatch) unless the file's schema is the one
    /// `version` defines; the details name what differs.
    static void verify(const QString &path, const inspection::StatementRunner &run, int version);

    /// The differences between the schema read through `run` and the one `version` defines,
    /// one line each ("missing table cadre"); empty when they are the same.
    static QStringList differences(const inspection::StatementRunner &run, int version);
};

} // namespace rongpei
