#pragma once

#include "roster/Cadre.h"

#include <QDate>
#include <QDateTime>
#include <QString>

#include <array>
#include <optional>

namespace rongpei {

/// 轮岗交流 and 挂职锻炼 in their forms.
enum class RotationKind
{
    Rotation,   // 轮岗
    Secondment, // 挂职
    CrossPost,  // 交叉任职
    Shadowing   // 跟班学习
};

/// Derived from the dates, except a cancellation.
enum class RotationStatus
{
    Planned,    // 计划中
    Ongoing,    // 进行中
    Completed,  // 已结束
    EndedEarly, // 提前结束
    Cancelled   // 已取消
};

/// Which way a rotation crosses the two tracks.
enum class RotationDirection
{
    PartyToOperations, // 党务→生产经营
    OperationsToParty, // 生产经营→党务
    SameTrack          // 同类别
};

enum class EvaluationStage
{
    MidTerm, // 中期考核
    Final    // 期满考核
};

/// 考核等次.
enum class EvaluationGrade
{
    Excellent,          // 优秀
    Competent,          // 称职
    BasicallyCompetent, // 基本称职
    Incompetent         // 不称职
};

template <>
struct EnumTraits<RotationKind>
{
    static constexpr std::array<EnumEntry<RotationKind>, 4> entries{{
        {RotationKind::Rotation, u"rotation", QT_TRANSLATE_NOOP("Labels", "Rotation between posts")},
        {RotationKind::Secondment, u"secondment", QT_TRANSLATE_NOOP("Labels", "Temporary posting")},
        {RotationKind::CrossPost, u"cross_post", QT_TRANSLATE_NOOP("Labels", "Cross appointment")},
        {RotationKind::Shadowing, u"shadowing", QT_TRANSLATE_NOOP("Labels", "Shadowing")},
    }};
};

template <>
struct EnumTraits<RotationStatus>
{
    static constexpr std::array<EnumEntry<RotationStatus>, 5> entries{{
        {RotationStatus::Planned, u"planned", QT_TRANSLATE_NOOP("Labels", "Planned")},
        {RotationStatus::Ongoing, u"ongoing", QT_TRANSLATE_NOOP("Labels", "Ongoing")},
        {RotationStatus::Completed, u"completed", QT_TRANSLATE_NOOP("Labels", "Finished")},
        {RotationStatus::EndedEarly, u"ended_early", QT_TRANSLATE_NOOP("Labels", "Ended early")},
        {RotationStatus::Cancelled, u"cancelled", QT_TRANSLATE_NOOP("Labels", "Cancelled")},
    }};
};

template <>
struct EnumTraits<RotationDirection>
{
    static constexpr std::array<EnumEntry<RotationDirection>, 3> entries{{
        {RotationDirection::PartyToOperations, u"party_to_operations",
         QT_TRANSLATE_NOOP("Labels", "Party affairs → operations")},
        {RotationDirection::OperationsToParty, u"operations_to_party",
         QT_TRANSLATE_NOOP("Labels", "Operations → party affairs")},
        {RotationDirection::SameTrack, u"same_track", QT_TRANSLATE_NOOP("Labels", "Within the track")},
    }};
};

template <>
struct EnumTraits<EvaluationStage>
{
    static constexpr std::array<EnumEntry<EvaluationStage>, 2> entries{{
        {EvaluationStage::MidTerm, u"mid_term", QT_TRANSLATE_NOOP("Labels", "Mid-term evaluation")},
        {EvaluationStage::Final, u"final", QT_TRANSLATE_NOOP("Labels", "Final evaluation")},
    }};
};

template <>
struct EnumTraits<EvaluationGrade>
{
    static constexpr std::array<EnumEntry<EvaluationGrade>, 4> entries{{
        {EvaluationGrade::Excellent, u"excellent", QT_TRANSLATE_NOOP("Labels", "Excellent")},
        {EvaluationGrade::Competent, u"competent", QT_TRANSLATE_NOOP("Labels", "Competent")},
        {EvaluationGrade::BasicallyCompetent, u"basically_competent",
         QT_TRANSLATE_NOOP("Labels", "Basically competent")},
        {EvaluationGrade::Incompetent, u"incompetent", QT_TRANSLATE_NOOP("Labels", "Incompetent")},
    }};
};

/// The host unit's evaluation of a rotation at one stage; ratings from 1 to 5.
struct RotationEvaluation
{
    QDate evaluatedOn;
    EvaluationGrade grade = EvaluationGrade::Competent;
    int integrity = 3;   // 德
    int ability = 3;     // 能
    int diligence = 3;   // 勤
    int performance = 3; // 绩
    int probity = 3;     // 廉
    QString hostComments;
    QString homeOpinion;

    bool operator==(const RotationEvaluation &) const = default;
};

/// A rotation (轮岗交流 / 挂职锻炼) of a cadre from a unit and post to another.
struct Rotation
{
    qint64 id = 0;
    QString uuid;
    qint64 cadreId = 0;
    RotationKind kind = RotationKind::Rotation;
    qint64 fromUnitId = 0; // 0: not recorded
    QString fromPost;
    Track fromTrack = Track::Operations;
    qint64 toUnitId = 0;
    QString toPost;
    /// The host post's track; unset, RongPei derives it from the post and the kind on saving.
    std::optional<Track> toTrack;
    bool trackStated = false; // the clerk stated toTrack rather than RongPei deriving it
    QDate plannedStart;
    QDate plannedEnd;
    QDate actualStart;
    QDate actualEnd;
    QDate extendedTo; // the planned end after an approved extension
    QString extensionReference;
    qint64 mentorId = 0;
    QString goals;
    QString approvalNumber; // 批准文号
    QString selfSummary;    // 个人小结
    bool cancelled = false;
    QString notes;
    std::optional<RotationEvaluation> midTermEvaluation;
    std::optional<RotationEvaluation> finalEvaluation;
    QDateTime createdAt;
    QDateTime updatedAt;

    bool operator==(const Rotation &) const = default;

    /// A rotation scheduled for at least this many days has a mid-term evaluation.
    static constexpr int midTermMinimumDays = 180;
    /// The final evaluation is due within this many days of the last day.
    static constexpr int finalEvaluationGraceDays = 30;

    /// The days the rotation covers, both inclusive: the actual dates where known, else the planned.
    QDate firstDay() const { return actualStart.isValid() ? actualStart : plannedStart; }
    QDate lastDay() const { return actualEnd.isValid() ? actualEnd : scheduledEnd(); }
    /// The planned end, or the end it was extended to.
    QDate scheduledEnd() const { return extendedTo.isValid() ? extendedTo : plannedEnd; }
    /// Whether the two rotations share a day; a cancelled one shares none.
    bool overlaps(const Rotation &other) const
    {
        return !cancelled && !other.cancelled && firstDay() <= other.lastDay() &&
               other.firstDay() <= lastDay();
    }
    RotationStatus status(QDate today) const;
    RotationDirection direction() const;
    bool crossesTracks() const { return direction() != RotationDirection::SameTrack; }
    /// Whether an evaluation of `stage` is overdue on `today`: the mid-term of a rotation scheduled
    /// for midTermMinimumDays or more once half its time has passed while it goes on, the final
    /// finalEvaluationGraceDays after the last day; neither once the final one is recorded.
    bool evaluationOverdue(EvaluationStage stage, QDate today) const;
    const std::optional<RotationEvaluation> &evaluation(EvaluationStage stage) const
    {
        return stage == EvaluationStage::MidTerm ? midTermEvaluation : finalEvaluation;
    }
};

/// Field keys used in FieldError::field for a Rotation.
namespace RotationField {
inline const QString cadre = QStringLiteral("cadre");
inline const QString fromUnit = QStringLiteral("fromUnit");
inline const QString toUnit = QStringLiteral("toUnit");
inline const QString toPost = QStringLiteral("toPost");
inline const QString toTrack = QStringLiteral("toTrack");
inline const QString plannedStart = QStringLiteral("plannedStart");
inline const QString plannedEnd = QStringLiteral("plannedEnd");
inline const QString actualStart = QStringLiteral("actualStart");
inline const QString actualEnd = QStringLiteral("actualEnd");
inline const QString extendedTo = QStringLiteral("extendedTo");
inline const QString mentor = QStringLiteral("mentor");
inline const QString text = QStringLiteral("text");
inline const QString midTermEvaluation = QStringLiteral("midTermEvaluation");
inline const QString finalEvaluation = QStringLiteral("finalEvaluation");
} // namespace RotationField

} // namespace rongpei
