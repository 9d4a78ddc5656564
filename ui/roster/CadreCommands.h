#pragma once

#include "common/RecordCommands.h"
#include "roster/Cadre.h"
#include "roster/CadreRepository.h"

namespace rongpei {

inline QString undoLabel(const Cadre &cadre)
{
    return cadre.name;
}

using AddCadreCommand = AddRecordCommand<CadreRepository, Cadre>;
using EditCadreCommand = EditRecordCommand<CadreRepository, Cadre>;
using DeleteCadreCommand = DeleteRecordCommand<CadreRepository, Cadre>;

} // namespace rongpei
