#pragma once

#include "history/RecordKind.h"

#include <QCoreApplication>

namespace rongpei {

/// A user as the audit trail shows them: their own fields and the units they work for. Not in the
/// recycle bin: a removed user is added again by an administrator, with a new password.
class AccountRecordKind final
{
    Q_DECLARE_TR_FUNCTIONS(rongpei::AccountRecordKind)

public:
    static RecordKind kind();
};

} // namespace rongpei
