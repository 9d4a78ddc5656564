#pragma once

#include "common/RecordDialog.h"
#include "study/StudyRules.h"

#include <functional>

class QComboBox;
class QDoubleSpinBox;
class QLineEdit;
class QPlainTextEdit;

namespace rongpei {

/// Adds or edits an hour conversion (学时折算): a session's clock hours, or a fixed
/// number of hours whatever its length. Stays open with the message on the field until
/// the saver accepts the conversion.
class HourConversionDialog final : public RecordDialog
{
    Q_OBJECT

public:
    /// Saves the conversion; throws ValidationError or DatabaseError to refuse it.
    using Saver = std::function<void(const HourConversion &conversion)>;

    HourConversionDialog(const HourConversion &conversion, Saver saver, QWidget *parent = nullptr);

    /// The conversion as the fields now describe it.
    HourConversion conversion() const;
    QString errorText(const QString &fieldKey) const { return errors().textFor(fieldKey); }

protected:
    void save() override;

private:
    void updateHours();

    HourConversion m_original;
    Saver m_saver;
    QLineEdit *m_name;
    QComboBox *m_method;
    QDoubleSpinBox *m_hours;
    QPlainTextEdit *m_source;
};

} // namespace rongpei
