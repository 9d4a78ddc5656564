#pragma once

#include "TestSupport.h"
#include "Workspace.h"
#include "roster/CadreRepository.h"
#include "training/CourseRepository.h"
#include "training/TrainingClassRepository.h"

namespace rongpei::test {

/// SmallOrganization with four party-affairs cadres and six operations cadres of both branches, a
/// course of the catalogue, and a class builder. Today is 2026-11-24 (FixedClock).
struct TrainingFixture
{
    TemporaryWorkspace temp;
    SmallOrganization org;
    QList<qint64> party;
    QList<qint64> operations;
    qint64 course = 0;

    TrainingFixture()
        : org(SmallOrganization::create(temp.workspace()))
    {
        for (int i = 0; i < 10; ++i) {
            Cadre cadre = sampleCadre(i % 2 == 0 ? org.firstBranch : org.secondBranch,
                                      QStringLiteral("T%1").arg(i, 3, 10, QLatin1Char('0')),
                                      QStringLiteral("学员%1").arg(i));
            cadre.track = i < 4 ? Track::Party : Track::Operations;
            (i < 4 ? party : operations).append(workspace().cadres().add(cadre));
        }
        course = workspace().courses().add(sampleCourse(QStringLiteral("财务报表分析")));
    }

    Workspace &workspace() { return temp.workspace(); }
    TrainingClassRepository &classes() { return workspace().trainingClasses(); }

    Course sampleCourse(const QString &title)
    {
        Course c;
        c.title = title;
        c.categoryId = categoryByCode(QStringLiteral("financial_analysis"));
        c.side = TrainingSide::Management;
        c.teachingMode = TeachingMode::CaseStudy;
        c.hours = 14;
        c.provider = CourseProvider::PartySchool;
        return c;
    }

    qint64 categoryByCode(const QString &code)
    {
        for (const CourseCategory &category : workspace().courses().categories())
            if (category.code == code)
                return category.id;
        return 0;
    }

    /// An off-the-job class of the committee on `days` days of 7 学时 from 2026-09-07, with `cadres`
    /// marked present every day; assessed with a pass mark of 60.
    TrainingClass sampleClass(const QList<qint64> &cadres, int days = 5)
    {
        TrainingClass c;
        c.name = QStringLiteral("2026年度经营管理能力联合培训班");
        c.kindId = studyKind(workspace(), QStringLiteral("full_time_training"));
        c.branchId = org.committee;
        c.startsOn = QDate(2026, 9, 7);
        c.endsOn = c.startsOn.addDays(days - 1);
        c.location = QStringLiteral("党校二楼报告厅");
        c.offTheJob = true;
        c.joint = true;
        c.passMark = 60;
        c.courseIds = {course};
        for (int d = 0; d < days; ++d)
            c.days.append({QString(), c.startsOn.addDays(d), 7});
        for (const qint64 cadre : cadres) {
            Enrollment participant;
            participant.cadreId = cadre;
            for (const ClassDay &day : c.days)
                participant.marks.insert(day.date, {AttendanceStatus::Present, 0, {}});
            c.enrollments.append(participant);
        }
        return c;
    }

    QList<qint64> everyone() const { return party + operations; }
};

} // namespace rongpei::test
