#pragma once

#include "common/RecordDialog.h"
#include "training/Course.h"

#include <functional>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLineEdit;
class QPlainTextEdit;

namespace rongpei {

/// Adds or edits a course of the catalogue. Stays open with the message on the field until the
/// saver accepts the course.
class CourseDialog final : public RecordDialog
{
    Q_OBJECT

public:
    /// Saves the course; throws ValidationError or DatabaseError to refuse it.
    using Saver = std::function<void(const Course &course)>;

    CourseDialog(const Course &course, const QList<CourseCategory> &categories, Saver saver,
                 QWidget *parent = nullptr);

    /// The course as the fields now describe it.
    Course course() const;
    QString errorText(const QString &fieldKey) const { return errors().textFor(fieldKey); }

protected:
    void save() override;

private:
    Course m_original;
    Saver m_saver;
    QLineEdit *m_title;
    QComboBox *m_category;
    QComboBox *m_side;
    QComboBox *m_teachingMode;
    QDoubleSpinBox *m_hours;
    QComboBox *m_provider;
    QPlainTextEdit *m_description;
    QCheckBox *m_active;
};

} // namespace rongpei
