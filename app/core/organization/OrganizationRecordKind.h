#pragma once

#include "history/RecordKind.h"

#include <QCoreApplication>

namespace rongpei {

/// A unit of the organisation (enterprise, committee, branch, department) as its history shows it.
class OrganizationRecordKind final
{
    Q_DECLARE_TR_FUNCTIONS(rongpei::OrganizationRecordKind)

public:
    static RecordKind kind();
};

} // namespace rongpei
