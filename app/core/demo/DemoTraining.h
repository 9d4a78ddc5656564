#pragma once

#include "roster/Cadre.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QMap>
#include <QString>

namespace rongpei {

class DemoRandom;
class Workspace;

/// The demo's management-skill training: a course catalogue and three years of classes per party
/// committee, most of them joint, a few one-sided, with day marks, leave in hours, and scores.
class DemoTraining final
{
public:
    DemoTraining(Workspace &workspace, DemoRandom &random);

    /// Adds the catalogue; returns the number of courses.
    int addCatalogue();
    /// Adds each committee's classes from January of `firstYear` to the end of this year, their
    /// cohorts drawn from `cadres` (by committee); returns the number of classes.
    int addClasses(const QMap<qint64, QList<Cadre>> &cadres, int firstYear);
    int participants() const { return m_participants; }

private:
    Workspace &m_workspace;
    DemoRandom &m_random;
    QDate m_today;
    QList<qint64> m_theoryCourses;
    QList<qint64> m_managementCourses;
    int m_participants = 0;
};

} // namespace rongpei
