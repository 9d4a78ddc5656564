#pragma once

#include "rotation/Rotation.h"

#include <QGroupBox>

#include <array>
#include <optional>

class QComboBox;
class QDateEdit;
class QPlainTextEdit;
class QSpinBox;

namespace rongpei {

/// One stage's evaluation of a rotation, recorded when the box is ticked: the day, the grade, the
/// ratings on 德, 能, 勤, 绩, 廉, the host unit's comments and the home unit's opinion.
class EvaluationBox final : public QGroupBox
{
    Q_OBJECT

public:
    EvaluationBox(EvaluationStage stage, QWidget *parent = nullptr);

    void setEvaluation(const std::optional<RotationEvaluation> &evaluation, QDate defaultDay);
    std::optional<RotationEvaluation> evaluation() const;

private:
    QDateEdit *m_day;
    QComboBox *m_grade;
    std::array<QSpinBox *, 5> m_ratings{};
    QPlainTextEdit *m_hostComments;
    QPlainTextEdit *m_homeOpinion;
};

} // namespace rongpei
