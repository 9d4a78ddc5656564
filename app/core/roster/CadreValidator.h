#pragma once

#include "common/ValidationError.h"
#include "roster/Cadre.h"

#include <QCoreApplication>

namespace rongpei {

/// The rules a cadre's own fields must satisfy; references to other records are
/// checked by CadreRepository, which knows the database.
class CadreValidator final
{
    Q_DECLARE_TR_FUNCTIONS(rongpei::CadreValidator)

public:
    static constexpr int maxNameLength = 40;
    static constexpr int maxEmployeeNumberLength = 20;
    static constexpr int maxPostLength = 40;
    static constexpr int maxNotesLength = 2000;
    static constexpr int minAge = 16;
    static constexpr int maxAge = 100;
    static constexpr int minPartyAge = 18;

    /// Returns the cadre with surrounding white space trimmed from its text fields.
    static Cadre normalized(Cadre cadre);
    static QList<FieldError> validate(const Cadre &cadre, QDate today);
};

} // namespace rongpei
