#include "organization/OrganizationRecordKind.h"

#include "organization/Organization.h"

namespace rongpei {

RecordKind OrganizationRecordKind::kind()
{
    const QString organization = QStringLiteral("organization");
    return {QStringLiteral("organization"),
            organization,
            tr("Organisation unit"),
            {
                {QStringLiteral("name"), tr("Name"), {}, {}},
                {QStringLiteral("kind"), tr("Kind"), enumDisplay<OrganizationKind>(), {}},
                {QStringLiteral("parent_id"), tr("Belongs to"), {}, organization},
                {QStringLiteral("branch_id"), tr("Party branch"), {}, organization},
                {QStringLiteral("sort_order"), tr("Place in the list"), {}, {}},
                {QStringLiteral("records_start"), tr("Records kept since"), {}, {}},
            },
            {},
            {},
            {}};
}

} // namespace rongpei
