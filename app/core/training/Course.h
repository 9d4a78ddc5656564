#pragma once

#include "common/DomainEnum.h"

#include <QDateTime>
#include <QString>

#include <array>

namespace rongpei {

/// What a course mainly serves: political theory (政治理论) or management skill (经营管理能力).
enum class TrainingSide
{
    Theory,
    Management
};

/// 教学方式.
enum class TeachingMode
{
    Lecture,         // 课堂讲授
    CaseStudy,       // 案例教学
    Simulation,      // 模拟演练
    CrossDepartment, // 跨部门实践
    Online,          // 网络课程
    OnSite           // 现场教学
};

/// Who teaches the course.
enum class CourseProvider
{
    InHouse,     // 企业内部
    PartySchool, // 党校
    External     // 外部机构
};

template <>
struct EnumTraits<TrainingSide>
{
    static constexpr std::array<EnumEntry<TrainingSide>, 2> entries{{
        {TrainingSide::Theory, u"theory", QT_TRANSLATE_NOOP("Labels", "Political theory")},
        {TrainingSide::Management, u"management", QT_TRANSLATE_NOOP("Labels", "Management skill")},
    }};
};

template <>
struct EnumTraits<TeachingMode>
{
    static constexpr std::array<EnumEntry<TeachingMode>, 6> entries{{
        {TeachingMode::Lecture, u"lecture", QT_TRANSLATE_NOOP("Labels", "Classroom lecture")},
        {TeachingMode::CaseStudy, u"case_study", QT_TRANSLATE_NOOP("Labels", "Case teaching")},
        {TeachingMode::Simulation, u"simulation", QT_TRANSLATE_NOOP("Labels", "Simulation exercise")},
        {TeachingMode::CrossDepartment, u"cross_department",
         QT_TRANSLATE_NOOP("Labels", "Cross-department practice")},
        {TeachingMode::Online, u"online", QT_TRANSLATE_NOOP("Labels", "Online course")},
        {TeachingMode::OnSite, u"on_site", QT_TRANSLATE_NOOP("Labels", "On-site teaching")},
    }};
};

template <>
struct EnumTraits<CourseProvider>
{
    static constexpr std::array<EnumEntry<CourseProvider>, 3> entries{{
        {CourseProvider::InHouse, u"in_house", QT_TRANSLATE_NOOP("Labels", "In-house")},
        {CourseProvider::PartySchool, u"party_school", QT_TRANSLATE_NOOP("Labels", "Party school")},
        {CourseProvider::External, u"external", QT_TRANSLATE_NOOP("Labels", "External provider")},
    }};
};

/// A category of the catalogue (精益管理, 财务分析 …); built-in ones carry a code.
struct CourseCategory
{
    qint64 id = 0;
    QString uuid;
    QString code; // empty for a category an administrator added
    QString name;
    int sortOrder = 0;

    bool operator==(const CourseCategory &) const = default;
};

/// A course of the catalogue (课程).
struct Course
{
    qint64 id = 0;
    QString uuid;
    QString title; // 名称
    qint64 categoryId = 0;
    TrainingSide side = TrainingSide::Management;
    TeachingMode teachingMode = TeachingMode::Lecture;
    double hours = 0; // 学时
    CourseProvider provider = CourseProvider::InHouse;
    QString description;
    bool active = true;
    QDateTime createdAt;
    QDateTime updatedAt;

    bool operator==(const Course &) const = default;
};

/// Field keys used in FieldError::field for a Course.
namespace CourseField {
inline const QString title = QStringLiteral("title");
inline const QString category = QStringLiteral("category");
inline const QString hours = QStringLiteral("hours");
inline const QString description = QStringLiteral("description");
} // namespace CourseField

} // namespace rongpei
