#pragma once

#include "common/FieldErrorLabels.h"

#include <QDialog>

class QFormLayout;
class QLabel;

namespace rongpei {

/// Base of every dialog that edits one record: a form, a line for messages that
/// belong to no field, and Save/Cancel. Save calls save(); if that throws, the
/// dialog stays open with each message on its field and nothing is saved.
class RecordDialog : public QDialog
{
    Q_OBJECT

public:
    void accept() final;

protected:
    explicit RecordDialog(QWidget *parent = nullptr);

    /// Stores the record; throws ValidationError or DatabaseError to refuse it.
    virtual void save() = 0;

    /// Adds a form row whose field shows its validation message beneath it.
    void addCheckedRow(const QString &label, QWidget *field, const QString &fieldKey);
    QFormLayout *form() const { return m_form; }
    const FieldErrorLabels &errors() const { return m_errors; }
    FieldErrorLabels &errors() { return m_errors; }

private:
    QFormLayout *m_form;
    QLabel *m_generalError;
    FieldErrorLabels m_errors;
};

} // namespace rongpei
