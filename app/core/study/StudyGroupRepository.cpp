#include "study/StudyGroupRepository.h"

#include "common/Clock.h"
#include "common/ValidationError.h"
#include "storage/ChangeJournal.h"
#include "storage/Database.h"
#include "storage/RowReferences.h"
#include "storage/SqlValue.h"

#include <QSet>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>

namespace rongpei {

namespace {

QHash<qint64, StudyGroup> read(const Database &database, std::optional<qint64> committeeId)
{
    QSqlQuery query = database.prepare(
        QStringLiteral(
            "SELECT branch_id, cadre_id, role FROM study_group_member %1 ORDER BY branch_id, position")
            .arg(committeeId ? QStringLiteral("WHERE branch_id = ?") : QString()));
    if (committeeId)
        query.addBindValue(*committeeId);
    database.exec(query);
    QHash<qint64, StudyGroup> groups;
    while (query.next())
        groups[query.value(0).toLongLong()].append(
            {query.value(1).toLongLong(),
             enumFromCode<StudyGroupRole>(query.value(2).toString()).value_or(StudyGroupRole::Member)});
    return groups;
}

} // namespace

std::optional<RecordRepository::ConcernedRecord>
StudyGroupRepository::concernedRecord(const JournalEntry &entry) const
{
    if (entry.table != m_table || entry.branchId == 0)
        return std::nullopt;
    return ConcernedRecord{entry.branchId, false};
}

StudyGroupRepository::StudyGroupRepository(Database &database, const Clock &clock, QObject *parent)
    : RecordRepository(database, QStringLiteral("study_group_member"), parent)
    , m_clock(clock)
{
    m_database.references().describe(QStringLiteral("study_group_member"), [](qint64 count) {
        return tr("%n place(s) in a committee's study group", nullptr, static_cast<int>(count));
    });
}

StudyGroup StudyGroupRepository::group(qint64 committeeId) const
{
    return read(m_database, committeeId).value(committeeId);
}

std::optional<CommitteeStudyGroup> StudyGroupRepository::find(qint64 committeeId) const
{
    QSqlQuery committee = m_database.prepare(
        QStringLiteral("SELECT count(*) FROM organization WHERE id = ? AND kind = 'committee'"));
    committee.addBindValue(committeeId);
    if (m_database.scalar(committee).toInt() != 1)
        return std::nullopt;
    return CommitteeStudyGroup{committeeId, group(committeeId)};
}

QHash<qint64, StudyGroup> StudyGroupRepository::allIn(const Database &database)
{
    return read(database, std::nullopt);
}

void StudyGroupRepository::setGroup(qint64 committeeId, const StudyGroup &group)
{
    Transaction transaction(m_database);
    const std::optional<CommitteeStudyGroup> existing = find(committeeId);
    if (!existing)
        throw ValidationError(tr("Only a party committee keeps a study group; this one no longer exists."));
    if (group.size() > maxMembers)
        throw ValidationError(tr("A study group may have at most %n members.", nullptr, maxMembers));
    QSet<qint64> seen;
    for (const StudyGroupMember &member : group) {
        if (seen.contains(member.cadreId))
            throw ValidationError(tr("A cadre is in the study group once only."));
        seen.insert(member.cadreId);
    }
    if (std::count_if(group.cbegin(), group.cend(),
                      [](const StudyGroupMember &m) { return m.role == StudyGroupRole::Head; }) > 1)
        throw ValidationError(tr("A study group has one head (组长); make the others deputy heads."));
    QSqlQuery known = m_database.prepare(QStringLiteral("SELECT count(*) FROM cadre WHERE id = ?"));
    for (const StudyGroupMember &member : group) {
        known.addBindValue(member.cadreId);
        if (m_database.scalar(known).toInt() != 1)
            throw ValidationError(tr("A cadre of the study group no longer exists; reopen the list."));
    }

    // Keep each remaining member's row, so that its uuid and creation time stay.
    const StudyGroup &before = existing->members;
    QSqlQuery drop = m_database.prepare(
        QStringLiteral("DELETE FROM study_group_member WHERE branch_id = ? AND cadre_id = ?"));
    for (const StudyGroupMember &old : before) {
        if (seen.contains(old.cadreId))
            continue;
        drop.addBindValue(committeeId);
        drop.addBindValue(old.cadreId);
        m_database.exec(drop);
    }
    QSqlQuery write = m_database.prepare(QStringLiteral(
        "INSERT INTO study_group_member (uuid, branch_id, cadre_id, role, position, created_at, updated_at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (branch_id, cadre_id) DO UPDATE SET role = excluded.role, "
        "position = excluded.position, updated_at = excluded.updated_at "
        "WHERE role <> excluded.role OR position <> excluded.position"));
    const QString now = m_clock.timestamp();
    for (qsizetype position = 0; position < group.size(); ++position) {
        write.addBindValue(SqlValue::uuidOrNew({}));
        write.addBindValue(committeeId);
        write.addBindValue(group.at(position).cadreId);
        write.addBindValue(enumCode(group.at(position).role));
        write.addBindValue(position);
        write.addBindValue(now);
        write.addBindValue(now);
        m_database.exec(write);
    }
    notifyChanged(committeeId);
    transaction.commit();
}

} // namespace rongpei
