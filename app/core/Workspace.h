#pragma once

#include "storage/Database.h"

#include <memory>
#include <vector>

namespace rongpei {

class CadreRepository;
class Clock;
class OpeningHoursRepository;
class StudyGroupRepository;
class OrganizationRepository;
class StudyRuleRepository;
class StudySessionRepository;
struct JournalEntry;
struct RecordKind;

/// An open RongPei file with its repositories: what the GUI and the CLI work on.
class Workspace final
{
public:
    Workspace(const QString &path, Database::OpenMode mode, const Clock &clock, DatabaseOptions options = {});
    ~Workspace();
    Q_DISABLE_COPY_MOVE(Workspace)

    /// Where the database lives unless --database says otherwise.
    static QString defaultDatabasePath();

    Database &database() { return *m_database; }
    const Clock &clock() const { return m_clock; }
    OrganizationRepository &organizations() { return *m_organizations; }
    CadreRepository &cadres() { return *m_cadres; }
    StudySessionRepository &studySessions() { return *m_studySessions; }
    StudyRuleRepository &studyRules() { return *m_studyRules; }
    OpeningHoursRepository &openingHours() { return *m_openingHours; }
    StudyGroupRepository &studyGroups() { return *m_studyGroups; }

    /// Tells every repository of changes written past it, from their journal rows: what another
    /// program committed (live refresh), or what the recycle bin restored.
    void announceChanges(const std::vector<JournalEntry> &entries);

    /// Every kind of record whose history can be shown, as the modules declare them.
    static const std::vector<RecordKind> &recordKinds();
    /// The kind whose code or table is `name`; nullptr if there is none.
    static const RecordKind *recordKind(const QString &name);

private:
    const Clock &m_clock;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<OrganizationRepository> m_organizations;
    std::unique_ptr<CadreRepository> m_cadres;
    std::unique_ptr<StudySessionRepository> m_studySessions;
    std::unique_ptr<StudyRuleRepository> m_studyRules;
    std::unique_ptr<OpeningHoursRepository> m_openingHours;
    std::unique_ptr<StudyGroupRepository> m_studyGroups;
};

} // namespace rongpei
