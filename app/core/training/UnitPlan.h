#pragma once

#include "common/DomainEnum.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <array>
#include <optional>

namespace rongpei {

/// What an organisation's yearly plan sets out to hold.
enum class UnitPlanItemKind
{
    Class,    // a training class, fulfilled by the class held
    Rotation, // a job rotation (挂职、轮岗)
    Project   // a joint project
};

template <>
struct EnumTraits<UnitPlanItemKind>
{
    static constexpr std::array<EnumEntry<UnitPlanItemKind>, 3> entries{{
        {UnitPlanItemKind::Class, u"class", QT_TRANSLATE_NOOP("Labels", "Training class")},
        {UnitPlanItemKind::Rotation, u"rotation", QT_TRANSLATE_NOOP("Labels", "Job rotation")},
        {UnitPlanItemKind::Project, u"project", QT_TRANSLATE_NOOP("Labels", "Joint project")},
    }};
};

/// A planned class, rotation or project, and what fulfils it.
struct UnitPlanItem
{
    qint64 id = 0;
    QString uuid;
    UnitPlanItemKind kind = UnitPlanItemKind::Class;
    QString title;
    int quarter = 0;     // 1–4, 0 for any time of the year
    qint64 classId = 0;  // the class that fulfils a planned class, once linked
    QString fulfilledBy; // the rotation or project that took place, in words

    bool operator==(const UnitPlanItem &) const = default;
};

/// The organisation's training plan for a year (年度融合培养计划): for the enterprise, a committee
/// or a branch, what it plans to hold and the targets it sets for the cadres under it. A target
/// left unset is not measured.
struct UnitPlan
{
    qint64 id = 0;
    QString uuid;
    qint64 unitId = 0;
    int year = 0;
    std::optional<double> coveragePercent;          // cadres who complete a class, of those at work
    std::optional<double> partyHoursPerCapita;      // 学时 per party-affairs cadre
    std::optional<double> operationsHoursPerCapita; // 学时 per operations cadre
    std::optional<double> jointPercent;             // joint classes, of the classes held
    QString notes;
    QList<UnitPlanItem> items;
    QDateTime createdAt;
    QDateTime updatedAt;

    bool operator==(const UnitPlan &) const = default;
};

/// Field keys used in FieldError::field for a UnitPlan.
namespace UnitPlanField {
inline const QString unit = QStringLiteral("unit");
inline const QString year = QStringLiteral("year");
inline const QString targets = QStringLiteral("targets");
inline const QString items = QStringLiteral("items");
inline const QString notes = QStringLiteral("notes");
} // namespace UnitPlanField

} // namespace rongpei
