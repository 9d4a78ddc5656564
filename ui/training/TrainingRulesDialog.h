#pragma once

#include "common/RecordDialog.h"
#include "training/TrainingRules.h"

class QSpinBox;

namespace rongpei {

class TrainingClassRepository;

/// The enterprise's rules for classes: the share of leave and absence that keeps a participant of
/// an off-the-job class from completing it, a joint class's least share per track, and when a
/// follow-up falls due.
class TrainingRulesDialog final : public RecordDialog
{
    Q_OBJECT

public:
    explicit TrainingRulesDialog(TrainingClassRepository &classes, QWidget *parent = nullptr);

    TrainingRules rules() const;

protected:
    void save() override;

private:
    TrainingClassRepository &m_classes;
    QSpinBox *m_absenceNumerator;
    QSpinBox *m_absenceDenominator;
    QSpinBox *m_jointMinPercent;
    QSpinBox *m_followUpDays;
};

} // namespace rongpei
