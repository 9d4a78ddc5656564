#pragma once

#include <QDateTime>
#include <QString>

namespace rongpei {

/// 期初学时: hours a cadre earned in one year before RongPei's records begin (a training
/// certificate, the old paper 台账), with where they come from; counted like hours earned in sessions.
struct OpeningHours
{
    qint64 id = 0;
    QString uuid;
    qint64 cadreId = 0;
    int year = 0;
    double hours = 0;
    QString note; // required: the evidence, e.g. "2025年集中轮训结业证书"
    QDateTime createdAt;
    QDateTime updatedAt;

    bool operator==(const OpeningHours &) const = default;
};

/// Field keys used in FieldError::field for OpeningHours.
namespace OpeningHoursField {
inline const QString year = QStringLiteral("year");
inline const QString hours = QStringLiteral("hours");
inline const QString note = QStringLiteral("note");
} // namespace OpeningHoursField

} // namespace rongpei
