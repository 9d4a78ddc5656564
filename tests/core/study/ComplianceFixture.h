#pragma once

// What the compliance tests share: a workspace with the small organisation, cadres and sessions
// made in one line each, and the rows compute() gives, each required to be there.

#include "TestSupport.h"
#include "roster/CadreRepository.h"
#include "study/HourCompliance.h"
#include "study/StudyRuleRepository.h"
#include "study/StudySessionRepository.h"

#include <QHash>

namespace rongpei::test {

struct ComplianceFixture
{
    TemporaryWorkspace temp;
    SmallOrganization org = SmallOrganization::create(temp.workspace());

    qint64 add(Cadre cadre) { return temp.workspace().cadres().add(cadre); }

    qint64 addCadre(qint64 branchId, const QString &number, const QString &name,
                    CadreLevel level = CadreLevel::Middle, PartyStatus party = PartyStatus::Member,
                    const QString &post = QStringLiteral("财务主管"))
    {
        Cadre cadre = sampleCadre(branchId, number, name);
        cadre.level = level;
        cadre.partyStatus = party;
        if (!hasJoinedParty(party))
            cadre.partyJoinedOn = QDate();
        cadre.post = post;
        return add(cadre);
    }

    /// A held session of the first branch on `date` lasting `hours`, with the given marks.
    qint64 session(QDate date, double hours, const QList<std::pair<qint64, AttendanceStatus>> &marks,
                   SessionState state = SessionState::Held, qint64 branchId = 0)
    {
        StudySession s = sampleSession(studyKind(temp.workspace(), QStringLiteral("concentrated_study")),
                                       branchId > 0 ? branchId : org.firstBranch, date);
        s.state = state;
        s.startTime = QTime(8, 0);
        s.endTime = QTime(8, 0).addSecs(static_cast<int>(hours * 3600));
        s.hours = hours;
        for (const auto &[cadreId, status] : marks)
            s.attendance.append({QString(), cadreId, status,
                                 status == AttendanceStatus::Excused ? QStringLiteral("病假") : QString()});
        return temp.workspace().studySessions().add(s);
    }

    QSet<qint64> scope; // every branch, unless fewAmongMany()

    /// Adds many cadres to the second branch and looks at the first only, so that compute()
    /// reads the roll calls of the few cadres in scope instead of every session of the period.
    void fewAmongMany()
    {
        for (int i = 0; i < 16; ++i)
            addCadre(org.secondBranch, QStringLiteral("B%1").arg(i, 3, 10, QChar(u'0')),
                     QStringLiteral("陈静"));
        scope = {org.firstBranch};
    }

    QList<ComplianceRow> compute(int year, const QSet<qint64> &branches = {})
    {
        return HourCompliance(temp.workspace().database(), temp.clock())
            .compute(year, branches.isEmpty() ? scope : branches);
    }

    QHash<qint64, ComplianceRow> byCadre(int year, const QSet<qint64> &branches = {})
    {
        QHash<qint64, ComplianceRow> rows;
        for (const ComplianceRow &row : compute(year, branches))
            rows.insert(row.cadreId, row);
        return rows;
    }

    /// The row of one cadre, which must be there: a missing row read as a default one would
    /// pass for "0 hours, on track".
    ComplianceRow rowOf(qint64 cadreId, int year)
    {
        const QHash<qint64, ComplianceRow> rows = byCadre(year);
        INFO("cadre " << cadreId << " in " << year);
        REQUIRE(rows.contains(cadreId));
        return rows.value(cadreId);
    }

    double earned(qint64 cadreId, int year) { return rowOf(cadreId, year).earned; }

    /// Leaves one requirement, so compute() shows how a cadre fares against it alone.
    void keepOnlyRequirement(CadreCategory category)
    {
        StudyRuleRepository &rules = temp.workspace().studyRules();
        for (const HourRequirement &requirement : rules.requirements())
            if (requirement.category != category)
                rules.removeRequirement(requirement.id);
    }
};

inline Cadre cadreWith(PartyStatus party, CadreLevel level, const QString &post)
{
    Cadre cadre;
    cadre.partyStatus = party;
    cadre.level = level;
    cadre.post = post;
    return cadre;
}

using Categories = QList<CadreCategory>;

constexpr double fullYear2026 = 365;
constexpr double elapsed2026 = 328; // 2026-11-24 is the 328th day of 2026

} // namespace rongpei::test
