#pragma once

#include "storage/FileInspection.h"

#include <QStringList>

namespace rongpei {

/// The change journal's triggers, generated from the schema: for every table journal_table names,
/// one trigger each for insert, update and delete, listing the table's columns as they are now.
/// The migration runner regenerates them after every step, so a column a later step adds is
/// journalled too, and a fresh file and an upgraded one end with the same triggers.
class ChangeJournalTriggers final
{
public:
    /// The DROP and CREATE statements that bring the triggers up to date; empty before the
    /// journal exists (schema 16). Throws DatabaseError if journal_table names a table or column
    /// that is not there.
    static QStringList statements(const inspection::StatementRunner &run);

    /// The name of one of a table's triggers, for the checks that every record table has them.
    static QString triggerName(const QString &table, const QString &operation);
};

} // namespace rongpei
