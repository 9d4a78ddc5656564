#pragma once

// What the attachments' tests share: a team file with a held 支委会 in each branch.

#include "AccountTestSupport.h"
#include "attachments/AttachmentRepository.h"
#include "history/RecordKind.h"
#include "study/StudySessionRepository.h"

namespace rongpei::test {

/// TeamFile with a held 支委会 in each branch, the administrator signed in.
struct TeamSessions
{
    TeamFile team;
    qint64 first = 0;  // a session of the first branch
    qint64 second = 0; // of the second branch

    TeamSessions()
    {
        team.signIn(QStringLiteral("admin"));
        const qint64 kind = studyKind(workspace(), QStringLiteral("committee_meeting"));
        first =
            workspace().studySessions().add(sampleSession(kind, team.org.firstBranch, QDate(2026, 3, 12)));
        second =
            workspace().studySessions().add(sampleSession(kind, team.org.secondBranch, QDate(2026, 3, 19)));
    }
    Workspace &workspace() { return team.workspace(); }
    AttachmentRepository &files() { return workspace().attachments(); }
    static AttachmentOwner session(qint64 id)
    {
        return AttachmentRepository::ownerOf(*Workspace::recordKind(QStringLiteral("session")), id);
    }
};

} // namespace rongpei::test
