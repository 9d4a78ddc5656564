#include "roster/CadreRecordKind.h"

#include "attachments/AttachmentRecordKind.h"
#include "roster/Cadre.h"
#include "roster/PostHistory.h"

namespace rongpei {

RecordKind CadreRecordKind::kind()
{
    const QString organization = QStringLiteral("organization");
    RecordChildren posts{QStringLiteral("post_history"),
                         tr("Post history"),
                         QStringLiteral("cadre_id"),
                         QStringLiteral("effective_on"),
                         {{QStringLiteral("effective_on"), tr("In effect from"), {}, {}},
                          {QStringLiteral("held_branch_id"), tr("Party branch"), {}, organization},
                          {QStringLiteral("department_id"), tr("Department"), {}, organization},
                          {QStringLiteral("unit_name"), tr("Unit outside the enterprise"), {}, {}},
                          {QStringLiteral("post"), tr("Post"), {}, {}},
                          {QStringLiteral("level"), tr("Level"), enumDisplay<CadreLevel>(), {}},
                          {QStringLiteral("source"), tr("Recorded by"), enumDisplay<PostSource>(), {}},
                          {QStringLiteral("notes"), tr("Notes"), {}, {}}}};
    return {QStringLiteral("cadre"),
            QStringLiteral("cadre"),
            tr("Cadre"),
            {
                {QStringLiteral("name"), tr("Name"), {}, {}},
                {QStringLiteral("employee_number"), tr("Employee no."), {}, {}},
                {QStringLiteral("gender"), tr("Gender"), enumDisplay<Gender>(), {}},
                {QStringLiteral("birth_date"), tr("Date of birth"), {}, {}},
                {QStringLiteral("id_number"), tr("ID number"), {}, {}},
                {QStringLiteral("branch_id"), tr("Party branch"), {}, organization},
                {QStringLiteral("department_id"), tr("Department"), {}, organization},
                {QStringLiteral("post"), tr("Post"), {}, {}},
                {QStringLiteral("level"), tr("Level"), enumDisplay<CadreLevel>(), {}},
                {QStringLiteral("track"), tr("Track"), enumDisplay<Track>(), {}},
                {QStringLiteral("party_status"), tr("Party status"), enumDisplay<PartyStatus>(), {}},
                {QStringLiteral("recruitment_stage"),
                 tr("Recruitment stage"),
                 enumDisplay<RecruitmentStage>(),
                 {}},
                {QStringLiteral("party_joined_on"), tr("Joined the Party"), {}, {}},
                {QStringLiteral("party_role"), tr("Party function"), enumDisplay<PartyRole>(), {}},
                {QStringLiteral("phone"), tr("Phone"), {}, {}},
                {QStringLiteral("employment_status"), tr("Employment"), enumDisplay<EmploymentStatus>(), {}},
                {QStringLiteral("hired_on"), tr("Hire date"), {}, {}},
                {QStringLiteral("left_on"), tr("Leaving date"), {}, {}},
                {QStringLiteral("notes"), tr("Notes"), {}, {}},
            },
            QStringLiteral("employee_number"),
            {posts, AttachmentRecordKind::partOf(QStringLiteral("cadre_id"))},
            QStringLiteral("cadre_id")};
}

} // namespace rongpei
