#pragma once

#include "common/TaskControl.h"
#include "study/HourSource.h"
#include "study/StudyRules.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QSet>

namespace rongpei {

class Clock;
class Database;

/// Red, amber, green.
enum class ComplianceLevel
{
    OnTrack, // earned at least the pro-rata expectation (or the whole requirement)
    Behind,  // at least three quarters of it
    FarBehind
};

template <>
struct EnumTraits<ComplianceLevel>
{
    static constexpr std::array<EnumEntry<ComplianceLevel>, 3> entries{{
        {ComplianceLevel::OnTrack, u"on_track", QT_TRANSLATE_NOOP("Labels", "On track")},
        {ComplianceLevel::Behind, u"behind", QT_TRANSLATE_NOOP("Labels", "Behind")},
        {ComplianceLevel::FarBehind, u"far_behind", QT_TRANSLATE_NOOP("Labels", "Far behind")},
    }};
};

/// A cadre measured against the most pressing of the hour requirements that apply.
struct ComplianceRow
{
    qint64 cadreId = 0;
    QString name;
    QString employeeNumber;
    qint64 branchId = 0;
    QString branchName;
    HourRequirement requirement;
    QDate periodStart;
    QDate periodEnd;
    double required = 0;
    double expected = 0;     // pro rata as of today
    double earned = 0;       // from all sources, within the yearly caps
    double sessionHours = 0; // of `earned`: from study sessions
    double classHours = 0;   // from training classes (and any other module's records)
    double openingHours = 0; // earned before the records began
    ComplianceLevel level = ComplianceLevel::OnTrack;
};

/// 学时达标: hours earned from held sessions, training classes and opening balances against the
/// hour requirements, each kind within its yearly cap.
class HourCompliance final
{
    Q_DECLARE_TR_FUNCTIONS(rongpei::HourCompliance)

public:
    /// Below this share of the expectation a cadre is far behind.
    static constexpr double behindShare = 0.75;

    HourCompliance(const Database &database, const Clock &clock,
                   const QList<const HourSource *> &sources = otherHourSources());

    /// Employed and seconded cadres of the given branches (all if empty), for the periods
    /// ending with `year`, by employee number. Throws TaskCanceled if `control` asks it to stop.
    QList<ComplianceRow> compute(int year, const QSet<qint64> &branches = {},
                                 const TaskControl &control = {}) const;

    /// The expectation for a window as of `today`: the requirement times the share elapsed.
    static double proRata(double required, QDate start, QDate end, QDate today);
    static ComplianceLevel levelOf(double earned, double expected, double required);

private:
    struct Earned;
    struct CappedKey;
    /// Hours per cadre for each list of kinds in `kindSets` over [from, to], from the sessions and
    /// the other sources' `credits`.
    std::vector<QHash<qint64, Earned>> earnedFor(QDate from, QDate to, const QSet<AttendanceStatus> &earning,
                                                 const QList<qint64> &cadreIds, bool allCadres,
                                                 const std::vector<QList<qint64>> &kindSets,
                                                 const QHash<qint64, double> &caps,
                                                 const QList<HourCredit> &credits) const;
    /// Hours per cadre from held sessions dated within [from, to] with one of the `earning` marks,
    /// for the given cadres (`allCadres` when they are most of the enterprise): one sum for each
    /// list of kinds of session in `kindSets`, read in one pass over the period.
    std::vector<QHash<qint64, double>> earnedHours(QDate from, QDate to,
                                                   const QSet<AttendanceStatus> &earning,
                                                   const QList<qint64> &cadreIds, bool allCadres,
                                                   const std::vector<QList<qint64>> &kindSets) const;
    /// Hours of sessions of the `capped` kinds over [from, to], per cadre, kind and year.
    QHash<CappedKey, double> cappedSessionHours(QDate from, QDate to, const QSet<AttendanceStatus> &earning,
                                                const QList<qint64> &cadreIds, bool allCadres,
                                                const QList<qint64> &capped) const;

    const Database &m_database;
    const Clock &m_clock;
    QList<const HourSource *> m_sources;
};

} // namespace rongpei
