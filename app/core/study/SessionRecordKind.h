#pragma once

#include "history/RecordKind.h"

#include <QCoreApplication>

namespace rongpei {

/// The study session as its history shows it, with the changes of its roll call.
class SessionRecordKind final
{
    Q_DECLARE_TR_FUNCTIONS(rongpei::SessionRecordKind)

public:
    static RecordKind kind();
};

} // namespace rongpei
