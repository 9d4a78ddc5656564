#include "Workspace.h"

#include "common/Clock.h"
#include "history/RecordKind.h"
#include "organization/OrganizationRecordKind.h"
#include "organization/OrganizationRepository.h"
#include "roster/CadreRecordKind.h"
#include "roster/CadreRepository.h"
#include "study/OpeningHoursRepository.h"
#include "study/SessionRecordKind.h"
#include "study/StudyGroupRepository.h"
#include "study/StudyRuleRepository.h"
#include "study/StudySessionRepository.h"

#include <QDir>
#include <QStandardPaths>

namespace rongpei {

Workspace::Workspace(const QString &path, Database::OpenMode mode, const Clock &clock,
                     DatabaseOptions options)
    : m_clock(clock)
    , m_database(std::make_unique<Database>(path, mode, options))
    , m_organizations(std::make_unique<OrganizationRepository>(*m_database, clock))
    , m_cadres(std::make_unique<CadreRepository>(*m_database, clock))
    , m_studySessions(std::make_unique<StudySessionRepository>(*m_database, clock))
    , m_studyRules(std::make_unique<StudyRuleRepository>(*m_database, clock))
    , m_openingHours(std::make_unique<OpeningHoursRepository>(*m_database, clock))
    , m_studyGroups(std::make_unique<StudyGroupRepository>(*m_database, clock))
{
    m_database->journal().setClock([&clock] { return clock.now(); });
}

Workspace::~Workspace() = default;

void Workspace::announceChanges(const std::vector<JournalEntry> &entries)
{
    // Units first: the roster and the sessions name them.
    m_organizations->announceChanges(entries);
    m_studyRules->announceChanges(entries);
    m_cadres->announceChanges(entries);
    m_studySessions->announceChanges(entries);
    m_openingHours->announceChanges(entries);
    m_studyGroups->announceChanges(entries);
}

const std::vector<RecordKind> &Workspace::recordKinds()
{
    // Built on first use, after the translators are installed: the labels are translated.
    static const std::vector<RecordKind> kinds{OrganizationRecordKind::kind(), CadreRecordKind::kind(),
                                               SessionRecordKind::kind()};
    return kinds;
}

const RecordKind *Workspace::recordKind(const QString &name)
{
    for (const RecordKind &kind : recordKinds())
        if (kind.code == name || kind.table == name)
            return &kind;
    return nullptr;
}

QString Workspace::defaultDatabasePath()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("rongpei.db"));
}

} // namespace rongpei
