#include "demo/DemoAttachments.h"

#include "Workspace.h"
#include "attachments/AttachmentRepository.h"
#include "common/Clock.h"
#include "demo/DemoFiles.h"
#include "demo/DemoRandom.h"
#include "history/RecordKind.h"
#include "organization/OrganizationRepository.h"
#include "roster/CadreRepository.h"
#include "study/RollCall.h"
#include "study/StudyRuleRepository.h"
#include "study/StudySessionRepository.h"

#include <QSet>

namespace rongpei {

namespace {

/// The meetings whose records an inspection asks for: 三会一课.
const QSet<QString> meetingKinds{QStringLiteral("member_assembly"), QStringLiteral("committee_meeting"),
                                 QStringLiteral("group_meeting"), QStringLiteral("party_lecture")};

/// How far back the files go: the months a clerk scans what was signed on paper.
constexpr int monthsWithFiles = 4;

} // namespace

DemoAttachments::DemoAttachments(Workspace &workspace, const DemoFiles &files, DemoRandom &random)
    : m_workspace(workspace)
    , m_files(files)
    , m_random(random)
{}

int DemoAttachments::addTo(const QList<qint64> &branchIds)
{
    QHash<qint64, QString> kindNames;
    for (const StudyKind &kind : m_workspace.studyRules().kinds())
        if (meetingKinds.contains(kind.code))
            kindNames.insert(kind.id, kind.name);
    const QDate today = m_workspace.clock().today();
    const QSet<qint64> branches(branchIds.cbegin(), branchIds.cend());
    AttachmentRepository &attachments = m_workspace.attachments();
    const QString column = Workspace::recordKind(QStringLiteral("session"))->attachmentColumn;
    int added = 0;
    for (const SessionSummary &summary :
         m_workspace.studySessions().summaries(today.addMonths(-monthsWithFiles), today)) {
        if (!branches.contains(summary.branchId) || summary.state != SessionState::Held ||
            !kindNames.contains(summary.kindId))
            continue;
        const std::optional<StudySession> session = m_workspace.studySessions().find(summary.id);
        DemoMeeting meeting{m_workspace.organizations().find(summary.branchId)->name,
                            kindNames.value(summary.kindId),
                            summary.topic,
                            summary.speaker,
                            summary.location,
                            summary.date,
                            {}};
        for (const Attendance &line : session->attendance)
            if (isAttending(line.status))
                if (const std::optional<Cadre> cadre = m_workspace.cadres().find(line.cadreId))
                    meeting.attendees.append(cadre->name);
        const AttachmentOwner owner{column, summary.id};
        const auto attach = [&](const PreparedAttachment &file, AttachmentCategory category) {
            attachments.attach(owner, file, category, file.bytes.size());
            ++added;
        };
        // One meeting in eight has nothing yet: the clerk has not caught up.
        if (m_random.chance(0.125))
            continue;
        attach(m_files.minutes(meeting), AttachmentCategory::Minutes);
        if (m_random.chance(0.8))
            attach(m_files.signedSheet(meeting), AttachmentCategory::SignInSheet);
        if (m_random.chance(0.4))
            attach(m_files.photo(meeting), AttachmentCategory::Photo);
    }
    return added;
}

} // namespace rongpei
