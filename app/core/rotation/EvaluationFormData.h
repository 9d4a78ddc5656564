#pragma once

#include "rotation/Rotation.h"

#include <QCoreApplication>
#include <QString>

namespace rongpei {

class Database;

/// What the evaluation form of a rotation (挂职/轮岗干部考核鉴定表) prints: the cadre's data, the
/// arrangement, the self-summary, the host unit's evaluations and the home unit's opinion.
struct EvaluationFormData
{
    Q_DECLARE_TR_FUNCTIONS(rongpei::EvaluationFormData)

public:
    QString name;
    QString gender;
    QDate birthDate;
    QString partyStatus;
    QString track;
    QString level;
    QString employeeNumber;
    QString homeUnit; // the unit the cadre rotates from, with the post
    QString hostUnit; // the host unit with the post
    QString kind;
    QString direction;
    QString period; // "2026年3月1日至2026年8月31日", with an extension or an early end said
    QString mentor;
    QString approvalNumber;
    QString goals;
    QString selfSummary;
    std::optional<RotationEvaluation> midTermEvaluation;
    std::optional<RotationEvaluation> finalEvaluation;
    QString hostUnitName; // who signs the host unit's evaluation
    QString homeUnitName; // who signs the home unit's opinion

    /// The form of the rotation `rotationId` read from `database`; throws ValidationError if it no
    /// longer exists.
    static EvaluationFormData of(const Database &database, qint64 rotationId);
};

} // namespace rongpei
