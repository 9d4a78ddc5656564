#pragma once

#include "rotation/Rotation.h"

#include <QCoreApplication>
#include <QHash>

namespace rongpei {

/// Rotations as `rongpei-cli rotations` prints them.
class RotationText final
{
    Q_DECLARE_TR_FUNCTIONS(rongpei::RotationText)

public:
    /// What the listing names: cadres and units by id.
    struct Names
    {
        QHash<qint64, Cadre> cadres;
        QHash<qint64, QString> units;
    };

    /// A fixed English header and the enums' codes, in every language.
    static QString csv(const QList<Rotation> &rotations, const Names &names, QDate today);
    static QString table(const QList<Rotation> &rotations, const Names &names, QDate today);
};

} // namespace rongpei
