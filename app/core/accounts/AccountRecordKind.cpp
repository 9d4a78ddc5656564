#include "accounts/AccountRecordKind.h"

#include "accounts/Account.h"

namespace rongpei {

RecordKind AccountRecordKind::kind()
{
    const QString account = QStringLiteral("account");
    RecordChildren units{QStringLiteral("account_unit"),
                         tr("Works for"),
                         QStringLiteral("account_id"),
                         QStringLiteral("branch_id"),
                         {
                             {QStringLiteral("account_id"), tr("User"), {}, account},
                             {QStringLiteral("branch_id"), tr("Unit"), {}, QStringLiteral("organization")},
                         }};
    return {QStringLiteral("user"),
            account,
            tr("User"),
            {
                {QStringLiteral("name"), tr("User name"), {}, {}},
                {QStringLiteral("display_name"), tr("Full name"), {}, {}},
                {QStringLiteral("role"), tr("Role"), enumDisplay<AccountRole>(), {}},
                {QStringLiteral("active"), tr("May sign in"), yesNoDisplay(), {}},
                {QStringLiteral("password_set_by"), tr("Password set by"), enumDisplay<PasswordSetter>(), {}},
                {QStringLiteral("password_changed_at"), tr("Password set on"), {}, {}},
            },
            QStringLiteral("name"),
            {units},
            {}};
}

} // namespace rongpei
