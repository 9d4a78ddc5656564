#pragma once

#include "common/RecordDialog.h"
#include "study/StudyRules.h"

#include <functional>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLineEdit;

namespace rongpei {

/// Adds or edits a kind of study session: its name, whether its roll call is for party
/// members, and how its hours are counted. Stays open with the message on the field until
/// the saver accepts the kind.
class StudyKindDialog final : public RecordDialog
{
    Q_OBJECT

public:
    /// Saves the kind; throws ValidationError or DatabaseError to refuse it.
    using Saver = std::function<void(const StudyKind &kind)>;

    /// `conversions`: the ways of counting hours to choose from.
    StudyKindDialog(const StudyKind &kind, const QList<HourConversion> &conversions, Saver saver,
                    QWidget *parent = nullptr);

    /// The kind as the fields now describe it.
    StudyKind kind() const;
    QString errorText(const QString &fieldKey) const { return errors().textFor(fieldKey); }

protected:
    void save() override;

private:
    StudyKind m_original;
    Saver m_saver;
    QLineEdit *m_name;
    QCheckBox *m_membersOnly;
    QComboBox *m_conversion;
    QDoubleSpinBox *m_yearlyCap;
};

} // namespace rongpei
