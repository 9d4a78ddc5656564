#pragma once

#include "history/RecordKind.h"

#include <QCoreApplication>

namespace rongpei {

/// The cadre as its history shows it; found by uuid or employee number.
class CadreRecordKind final
{
    Q_DECLARE_TR_FUNCTIONS(rongpei::CadreRecordKind)

public:
    static RecordKind kind();
};

} // namespace rongpei
