#pragma once

#include "common/RecordDialog.h"
#include "study/StudyRules.h"

#include <functional>

class QComboBox;
class QDoubleSpinBox;
class QListWidget;
class QPlainTextEdit;
class QSpinBox;

namespace rongpei {

/// Adds or edits an hour requirement (学时要求): who it applies to, over how many years,
/// the minimum hours, the kinds of session whose hours count and the regulation it comes from. Stays open
/// with the message on the field until the saver accepts the requirement.
class RequirementDialog final : public RecordDialog
{
    Q_OBJECT

public:
    /// Saves the requirement; throws ValidationError or DatabaseError to refuse it.
    using Saver = std::function<void(const HourRequirement &requirement)>;

    RequirementDialog(const HourRequirement &requirement, const QList<StudyKind> &kinds, Saver saver,
                      QWidget *parent = nullptr);

    /// The requirement as the fields now describe it.
    HourRequirement requirement() const;
    QString errorText(const QString &fieldKey) const { return errors().textFor(fieldKey); }

protected:
    void save() override;

private:
    HourRequirement m_original;
    Saver m_saver;
    QComboBox *m_category;
    QSpinBox *m_periodYears;
    QDoubleSpinBox *m_minimumHours;
    QListWidget *m_countedKinds; // one checkable item per kind, its uuid as data
    QPlainTextEdit *m_source;
};

} // namespace rongpei
