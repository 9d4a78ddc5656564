#include "study/SessionRecordKind.h"

#include "attachments/AttachmentRecordKind.h"
#include "study/StudySession.h"

namespace rongpei {

RecordKind SessionRecordKind::kind()
{
    RecordChildren rollCall{
        QStringLiteral("attendance"),
        tr("Roll call"),
        QStringLiteral("session_id"),
        QStringLiteral("cadre_id"),
        {
            {QStringLiteral("cadre_id"), tr("Cadre"), {}, QStringLiteral("cadre")},
            {QStringLiteral("status"), tr("Attendance"), enumDisplay<AttendanceStatus>(), {}},
            {QStringLiteral("excuse"), tr("Reason for leave"), {}, {}},
            {QStringLiteral("position"), tr("Place on the list"), {}, {}},
            {QStringLiteral("branch_id"), tr("Host"), {}, QStringLiteral("organization")},
        }};
    return {QStringLiteral("session"),
            QStringLiteral("study_session"),
            tr("Study session"),
            {
                {QStringLiteral("topic"), tr("Topic"), {}, {}},
                {QStringLiteral("kind_id"), tr("Kind"), {}, QStringLiteral("session_kind")},
                {QStringLiteral("state"), tr("State"), enumDisplay<SessionState>(), {}},
                {QStringLiteral("branch_id"), tr("Host"), {}, QStringLiteral("organization")},
                {QStringLiteral("session_date"), tr("Date"), {}, {}},
                {QStringLiteral("start_time"), tr("Start"), {}, {}},
                {QStringLiteral("end_time"), tr("End"), {}, {}},
                {QStringLiteral("hours"), tr("Hours"), {}, {}},
                {QStringLiteral("speaker"), tr("Speaker"), {}, {}},
                {QStringLiteral("location"), tr("Location"), {}, {}},
                {QStringLiteral("content"), tr("Content"), {}, {}},
                {QStringLiteral("notes"), tr("Notes"), {}, {}},
            },
            {},
            {rollCall, AttachmentRecordKind::partOf(QStringLiteral("session_id"))},
            QStringLiteral("session_id")};
}

} // namespace rongpei
