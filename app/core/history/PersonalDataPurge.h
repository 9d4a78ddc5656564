#pragma once

#include <QCoreApplication>
#include <QDateTime>

namespace rongpei {

class AccessPolicy;
class Database;

/// Removes a deleted cadre's personal fields from the change journal once the retention period
/// has passed since their deletion: the values become NULL and only their digests stay, so the
/// audit chain still verifies and the audit still shows that, when and by whom they changed. With
/// secure_delete on and the write-ahead log checkpointed, the values are gone from the file. The
/// files attached to the cadre go with them.
/// Backups made before keep them until they age out.
class PersonalDataPurge final
{
    Q_DECLARE_TR_FUNCTIONS(rongpei::PersonalDataPurge)

public:
    /// Years a deleted cadre's fields are kept in the journal; a setting of this computer.
    static int retentionYears();
    static void setRetentionYears(int years);
    static constexpr int defaultRetentionYears = 5;

    /// Purges the cadre `uuid`: an administrator's decision, for a cadre deleted at least
    /// `retentionYears` before `now`. Returns how many field values were removed. Throws
    /// ValidationError if the cadre is not deleted or not long enough, DatabaseError otherwise.
    static int purgeCadre(Database &database, const AccessPolicy &access, const QString &uuid,
                          int retentionYears, const QDateTime &now);
};

} // namespace rongpei
