#include "roster/CadreRecordKind.h"

#include "attachments/AttachmentRecordKind.h"
#include "roster/Cadre.h"

namespace rongpei {

RecordKind CadreRecordKind::kind()
{
    const QString organization = QStringLiteral("organization");
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
            {AttachmentRecordKind::partOf(QStringLiteral("cadre_id"))},
            QStringLiteral("cadre_id")};
}

} // namespace rongpei
