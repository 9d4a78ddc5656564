#pragma once

#include "common/RecordDialog.h"
#include "study/StudyRules.h"

class QComboBox;
class QDoubleSpinBox;
class QLineEdit;
class QPlainTextEdit;

namespace rongpei {

class StudyRuleRepository;

/// Adds or edits an hour conversion (学时折算): a session's clock hours, or a fixed
/// number of hours whatever its length.
class HourConversionDialog final : public RecordDialog
{
    Q_OBJECT

public:
    HourConversionDialog(StudyRuleRepository &rules, const HourConversion &conversion,
                         QWidget *parent = nullptr);

    HourConversion conversion() const;
    /// The id of the saved conversion, once Save has succeeded.
    qint64 savedId() const { return m_savedId; }
    QString errorText(const QString &fieldKey) const { return errors().textFor(fieldKey); }

protected:
    void save() override;

private:
    void updateHours();

    StudyRuleRepository &m_rules;
    HourConversion m_original;
    qint64 m_savedId = 0;
    QLineEdit *m_name;
    QComboBox *m_method;
    QDoubleSpinBox *m_hours;
    QPlainTextEdit *m_source;
};

} // namespace rongpei
