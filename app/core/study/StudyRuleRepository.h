#pragma once

#include "common/ValidationError.h"
#include "study/StudyRules.h"

#include <QHash>
#include <QObject>
#include <QSet>
#include <QVariant>

#include <optional>

namespace rongpei {

struct JournalEntry;

class Clock;
class Database;
class StudyRuleRepository;

/// One kind of rule (StudyKind, HourConversion, HourRequirement or MeetingRule) seen as a
/// list of records, in the shape the undo commands of the UI work with: add, find, update,
/// remove (returning the rule as it was) and restore (putting a removed rule back with its
/// id and uuid, and with its place in the list and creation time if it was removed here).
/// Refusals throw ValidationError and change nothing; every change emits
/// StudyRuleRepository::rulesChanged() after commit.
template <typename Rule>
class StudyRuleRecords final
{
public:
    /// Adds the rule under a new id (its own uuid if it has one); returns the id.
    qint64 add(const Rule &rule);
    std::optional<Rule> find(qint64 id) const;
    /// Saves the rule of id rule.id; refused if it no longer exists.
    void update(const Rule &rule);
    /// Deletes the rule; refused while other records use it, or if it is gone.
    Rule remove(qint64 id);
    /// Puts a removed rule back; refused if its id or uuid is taken, or the records it
    /// refers to (a kind's conversion, a meeting rule's kind or branch) are gone.
    void restore(const Rule &rule);

private:
    friend class StudyRuleRepository;
    explicit StudyRuleRecords(StudyRuleRepository &rules)
        : m_rules(rules)
    {}
    Q_DISABLE_COPY_MOVE(StudyRuleRecords)

    /// Inserts under `id` (0: a new one), after the same checks as an update.
    qint64 insert(Rule rule, qint64 id);

    StudyRuleRepository &m_rules;
};

using StudyKindRecords = StudyRuleRecords<StudyKind>;
using HourConversionRecords = StudyRuleRecords<HourConversion>;
using HourRequirementRecords = StudyRuleRecords<HourRequirement>;
using MeetingRuleRecords = StudyRuleRecords<MeetingRule>;

/// The data that study is measured by: kinds of session, hour conversions, hour
/// requirements, 三会一课 frequencies and which roll-call marks earn hours. Each save
/// adds a record with id 0 and updates any other; refusals throw ValidationError.
/// The rules form one table for their readers, so any change emits rulesChanged().
class StudyRuleRepository final : public QObject
{
    Q_OBJECT

public:
    StudyRuleRepository(Database &database, const Clock &clock, QObject *parent = nullptr);

    QList<StudyKind> kinds() const;
    static QList<StudyKind> kindsIn(const Database &database);
    qint64 saveKind(StudyKind kind);
    void removeKind(qint64 id);
    StudyKindRecords &kindRecords() { return m_kindRecords; }

    QList<HourConversion> conversions() const;
    qint64 saveConversion(HourConversion conversion);
    void removeConversion(qint64 id);
    HourConversionRecords &conversionRecords() { return m_conversionRecords; }

    QList<HourRequirement> requirements() const;
    /// The same, read by services that hold only the database.
    static QList<HourRequirement> requirementsIn(const Database &database);
    qint64 saveRequirement(HourRequirement requirement);
    void removeRequirement(qint64 id);
    HourRequirementRecords &requirementRecords() { return m_requirementRecords; }

    QList<MeetingRule> meetingRules() const;
    qint64 saveMeetingRule(MeetingRule rule);
    void removeMeetingRule(qint64 id);
    MeetingRuleRecords &meetingRuleRecords() { return m_meetingRuleRecords; }

    QSet<AttendanceStatus> earningStatuses() const;
    static QSet<AttendanceStatus> earningStatusesIn(const Database &database);
    /// The marks left out of the attendance rate (by default 请假): see RollCallCounts::rate().
    QSet<AttendanceStatus> rateLeftOutStatuses() const;
    static QSet<AttendanceStatus> rateLeftOutStatusesIn(const Database &database);
    void setRateLeftOutStatuses(const QSet<AttendanceStatus> &statuses);
    void setEarningStatuses(const QSet<AttendanceStatus> &statuses);

    /// Announces rules another program changed (rulesChanged()), from their journal rows.
    void announceChanges(const std::vector<JournalEntry> &entries);

signals:
    /// Any rule changed; pages that measure against the rules recompute.
    void rulesChanged();

private:
    template <typename Rule>
    friend class StudyRuleRecords;

    /// What a removed row had beyond its record, so that a restore puts it back in place.
    struct RemovedRow
    {
        QString createdAt;
        QVariant sortOrder; // null for tables without one
    };

    void changed();

    Database &m_database;
    const Clock &m_clock;
    StudyKindRecords m_kindRecords{*this};
    HourConversionRecords m_conversionRecords{*this};
    HourRequirementRecords m_requirementRecords{*this};
    MeetingRuleRecords m_meetingRuleRecords{*this};
    /// Rows removed since the repository opened, by table and uuid.
    QHash<QString, RemovedRow> m_removedRows;
};

} // namespace rongpei
