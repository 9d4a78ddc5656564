#pragma once

#include "storage/RecordRepository.h"
#include "study/StudyGroup.h"

#include <QCoreApplication>
#include <QHash>

#include <optional>

namespace rongpei {

class Clock;

/// The study groups (中心组) of the party committees. The group is saved as a whole, so that an
/// edit is undone by saving the list as it was. Rule violations throw ValidationError, storage
/// failures DatabaseError; either way nothing is saved. Signals carry the committee's id.
class StudyGroupRepository final : public RecordRepository
{
    Q_OBJECT

public:
    static constexpr int maxMembers = 200;

    StudyGroupRepository(Database &database, const Clock &clock, QObject *parent = nullptr);

    StudyGroup group(qint64 committeeId) const;
    /// Every committee's group, read on `database`: for work off the GUI thread.
    static QHash<qint64, StudyGroup> allIn(const Database &database);
    /// Replaces the committee's group: each cadre at most once, one head at most.
    void setGroup(qint64 committeeId, const StudyGroup &group);

    /// The same as a record, for the undo commands: find() has none for a unit that is no committee.
    std::optional<CommitteeStudyGroup> find(qint64 committeeId) const;
    void update(const CommitteeStudyGroup &group) { setGroup(group.id, group.members); }

protected:
    /// A place in a study group is a change of its committee's group.
    std::optional<ConcernedRecord> concernedRecord(const JournalEntry &entry) const override;

private:
    const Clock &m_clock;
};

} // namespace rongpei
