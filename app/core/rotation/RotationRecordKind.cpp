#include "rotation/RotationRecordKind.h"

#include "rotation/Rotation.h"

namespace rongpei {

RecordKind RotationRecordKind::rotation()
{
    const QString organization = QStringLiteral("organization");
    RecordChildren evaluations{QStringLiteral("rotation_evaluation"),
                               tr("Evaluations"),
                               QStringLiteral("rotation_id"),
                               QStringLiteral("stage"),
                               {{QStringLiteral("stage"), tr("Stage"), enumDisplay<EvaluationStage>(), {}},
                                {QStringLiteral("evaluated_on"), tr("Evaluated on"), {}, {}},
                                {QStringLiteral("grade"), tr("Grade"), enumDisplay<EvaluationGrade>(), {}},
                                {QStringLiteral("integrity"), tr("Integrity"), {}, {}},
                                {QStringLiteral("ability"), tr("Ability"), {}, {}},
                                {QStringLiteral("diligence"), tr("Diligence"), {}, {}},
                                {QStringLiteral("performance"), tr("Performance"), {}, {}},
                                {QStringLiteral("probity"), tr("Probity"), {}, {}},
                                {QStringLiteral("host_comments"), tr("Host unit's comments"), {}, {}},
                                {QStringLiteral("home_opinion"), tr("Home unit's opinion"), {}, {}}}};
    return {QStringLiteral("rotation"),
            QStringLiteral("rotation"),
            tr("Rotation"),
            {
                {QStringLiteral("cadre_id"), tr("Cadre"), {}, QStringLiteral("cadre")},
                {QStringLiteral("kind"), tr("Kind"), enumDisplay<RotationKind>(), {}},
                {QStringLiteral("from_unit_id"), tr("From unit"), {}, organization},
                {QStringLiteral("from_post"), tr("From post"), {}, {}},
                {QStringLiteral("from_track"), tr("From track"), enumDisplay<Track>(), {}},
                {QStringLiteral("to_unit_id"), tr("Host unit"), {}, organization},
                {QStringLiteral("to_post"), tr("Host post"), {}, {}},
                {QStringLiteral("to_track"), tr("Host post's track"), enumDisplay<Track>(), {}},
                {QStringLiteral("planned_start"), tr("Planned first day"), {}, {}},
                {QStringLiteral("planned_end"), tr("Planned last day"), {}, {}},
                {QStringLiteral("actual_start"), tr("Actual first day"), {}, {}},
                {QStringLiteral("actual_end"), tr("Actual last day"), {}, {}},
                {QStringLiteral("extended_to"), tr("Extended to"), {}, {}},
                {QStringLiteral("extension_reference"), tr("Extension approved by"), {}, {}},
                {QStringLiteral("mentor_id"), tr("Mentor"), {}, QStringLiteral("cadre")},
                {QStringLiteral("goals"), tr("Goals"), {}, {}},
                {QStringLiteral("approval_number"), tr("Approval document no."), {}, {}},
                {QStringLiteral("self_summary"), tr("Self-summary"), {}, {}},
                {QStringLiteral("cancelled"), tr("Cancelled"), yesNoDisplay(), {}},
                {QStringLiteral("notes"), tr("Notes"), {}, {}},
            },
            {},
            {evaluations},
            {}};
}

RecordKind RotationRecordKind::exchangeRule()
{
    return {QStringLiteral("exchange-rule"),
            QStringLiteral("exchange_rule"),
            tr("Exchange rule"),
            {
                {QStringLiteral("level"), tr("Level"), enumDisplay<CadreLevel>(), {}},
                {QStringLiteral("applies"), tr("Applies"), yesNoDisplay(), {}},
                {QStringLiteral("years"), tr("Years in one post"), {}, {}},
            },
            {},
            {},
            {}};
}

} // namespace rongpei
