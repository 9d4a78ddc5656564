#pragma once

#include "study/HourSource.h"

#include <QCoreApplication>

namespace rongpei {

/// The 学时 of completed class participants, earned on the day their class ends, as the class's
/// kind of study.
class ClassHourSource final : public HourSource
{
    Q_DECLARE_TR_FUNCTIONS(rongpei::ClassHourSource)

public:
    QList<HourCredit> credits(const Database &database, QDate from, QDate to, QDate today) const override;
    QList<HourRecord> recordsOf(const Database &database, qint64 cadreId, QDate today) const override;
    QString name() const override;
};

} // namespace rongpei
