#pragma once

#include "history/RecordKind.h"

#include <QCoreApplication>

namespace rongpei {

/// The rotation and the exchange rule as their histories, the audit trail and the recycle bin
/// show them.
class RotationRecordKind final
{
    Q_DECLARE_TR_FUNCTIONS(rongpei::RotationRecordKind)

public:
    /// A rotation with the changes of its evaluations; named by its cadre.
    static RecordKind rotation();
    static RecordKind exchangeRule();
};

} // namespace rongpei
